import BlacklineCore
import Foundation

/// The `blackline` command-line tool: dispatches to subcommands and turns every error into a
/// message on standard error and an exit code, in one place.
public enum BlacklineCLI {
    public static let version = BlacklineVersion.current

    /// Runs the tool with the process's arguments and exits.
    public static func main() -> Never {
        let context = CommandContext.current()
        let status = run(Array(CommandLine.arguments.dropFirst()), context: context)
        exit(status.rawValue)
    }

    /// Runs the tool with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], context: CommandContext) -> ExitStatus {
        let status: ExitStatus
        do {
            status = try dispatch(arguments, context: context)
        } catch let error as UsageError {
            StandardError.write("blackline: error: \(error.message)\n")
            if let command = error.command, let spec = spec(named: command) {
                StandardError.write("Usage: \(HelpFormatter.usageLine(spec))\nSee 'blackline help \(command)'.\n")
            } else {
                StandardError.write("See 'blackline --help'.\n")
            }
            status = .usage
        } catch let error as LocatedError {
            StandardError.write("blackline: error: \(error.diagnostic)\n")
            status = ExitStatus(error.kind)
        } catch let error as any BlacklineError {
            StandardError.write("blackline: error: \(error.message)\n")
            status = ExitStatus(error.kind)
        } catch {
            // Foundation and other errors: their messages are about files, not document text.
            StandardError.write("blackline: internal error: \(type(of: error)): \(error.localizedDescription)\n")
            status = .internalError
        }
        do {
            try context.output.flush()
        } catch {
            StandardError.write("blackline: error: cannot write to standard output\n")
            return status == .success ? .ioError : status
        }
        return status
    }

    private static func dispatch(_ arguments: [String], context: CommandContext) throws -> ExitStatus {
        guard let first = arguments.first else {
            try context.output.write(HelpFormatter.overview(entries: CommandRegistry.entries))
            return .success
        }
        switch first {
        case "--help", "-h":
            try context.output.write(HelpFormatter.overview(entries: CommandRegistry.entries))
            return .success
        case "--version":
            try context.print("blackline \(version)")
            return .success
        case "help":
            return try help(Array(arguments.dropFirst()), context: context)
        default:
            break
        }
        guard let entry = CommandRegistry.entry(named: first) else {
            var message = "unknown subcommand '\(first)'"
            if let suggestion = ParsedArguments.closest(to: first, in: CommandRegistry.entries.map(\.name)) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw UsageError(message)
        }
        let rest = Array(arguments.dropFirst())
        switch entry {
        case .command(let command):
            return try run(command, rest, context: context)
        case .group(let group):
            guard let name = rest.first, !name.hasPrefix("-") else {
                if rest.first == "--help" || rest.first == "-h" || rest.isEmpty {
                    try context.output.write(HelpFormatter.help(forGroup: group))
                    return rest.isEmpty ? .usage : .success
                }
                throw UsageError("'\(group.name)' needs a subcommand")
            }
            guard let command = group.subcommands.first(where: { $0.spec.path.last == name }) else {
                var message = "unknown subcommand '\(group.name) \(name)'"
                if let suggestion = ParsedArguments.closest(to: name, in: group.subcommands.compactMap { $0.spec.path.last }) {
                    message += "; did you mean '\(group.name) \(suggestion)'?"
                }
                throw UsageError(message)
            }
            return try run(command, Array(rest.dropFirst()), context: context)
        }
    }

    private static func run(_ command: any Command.Type, _ arguments: [String], context: CommandContext) throws -> ExitStatus {
        let beforeSeparator = arguments.prefix { $0 != "--" }
        if beforeSeparator.contains("--help") || beforeSeparator.contains("-h") {
            try context.output.write(HelpFormatter.help(for: command.spec))
            return .success
        }
        let parsed = try ParsedArguments(arguments, spec: command.spec)
        return try command.run(parsed, context: context)
    }

    private static func help(_ words: [String], context: CommandContext) throws -> ExitStatus {
        guard let first = words.first else {
            try context.output.write(HelpFormatter.overview(entries: CommandRegistry.entries))
            return .success
        }
        guard let entry = CommandRegistry.entry(named: first) else { throw UsageError("no help for unknown subcommand '\(first)'") }
        switch entry {
        case .command(let command):
            try context.output.write(HelpFormatter.help(for: command.spec))
        case .group(let group):
            if words.count > 1 {
                guard let command = group.subcommands.first(where: { $0.spec.path.last == words[1] }) else {
                    throw UsageError("no help for unknown subcommand '\(group.name) \(words[1])'")
                }
                try context.output.write(HelpFormatter.help(for: command.spec))
            } else {
                try context.output.write(HelpFormatter.help(forGroup: group))
            }
        }
        return .success
    }

    /// The spec of a command by its full name ("extract", "foi new"), for usage messages.
    static func spec(named name: String) -> CommandSpec? {
        for entry in CommandRegistry.entries {
            switch entry {
            case .command(let command) where command.spec.name == name: return command.spec
            case .group(let group):
                if let command = group.subcommands.first(where: { $0.spec.name == name }) { return command.spec }
            default: continue
            }
        }
        return nil
    }
}
