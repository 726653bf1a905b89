/// A `blackline` subcommand: a spec for parsing and help, and a body that calls library APIs.
///
/// Commands are thin: they turn arguments into library calls and results into output. They throw
/// `BlacklineError`s; `BlacklineCLI.main` turns any error into a message and an exit code.
public protocol Command {
    static var spec: CommandSpec { get }
    /// Runs the command; returns `.success` or `.problemsFound` (errors are thrown).
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus
}

/// A command that only groups subcommands (`foi`, `policy`).
public protocol CommandGroup {
    static var name: String { get }
    static var abstract: String { get }
    static var subcommands: [any Command.Type] { get }
}
