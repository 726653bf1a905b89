/// Every top-level subcommand of `blackline`, in the order help lists them.
///
/// To add a command: write a type conforming to `Command` (or `CommandGroup`) in `Commands/` and
/// list it here.
enum CommandRegistry {
    enum Entry {
        case command(any Command.Type)
        case group(any CommandGroup.Type)

        var name: String {
            switch self {
            case .command(let c): return c.spec.name
            case .group(let g): return g.name
            }
        }

        var abstract: String {
            switch self {
            case .command(let c): return c.spec.abstract
            case .group(let g): return g.abstract
            }
        }
    }

    static var entries: [Entry] {
        [
            .command(ExtractCommand.self),
            .command(ScanCommand.self),
            .command(RedactCommand.self),
            .command(VerifyCommand.self),
            .command(DiffCommand.self),
            .command(ReviewCommand.self),
            .command(EvalCommand.self),
            .group(PolicyCommand.self),
            .group(FOICommandGroup.self),
        ]
    }

    static func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }
}
