import BlacklineCore
import FOITracker

/// `blackline foi audit`: the audit trail, and its hash-chain check.
enum FOIAuditCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "audit"],
        abstract: "Print the audit trail, or check its hash chain with --verify (exit 1 when broken).",
        discussion: """
            Each entry's SHA-256 covers its place, time, actor, action, details and the previous entry's hash, so an
            edited, deleted or reordered entry breaks the chain; --verify names the first bad entry. Keep the printed
            head hash elsewhere to detect a later removal of the newest entries.
            """,
        arguments: [ArgumentSpec("ID", help: "Only the entries of this request.", optional: true)],
        options: [.flag("--verify", help: "Check the hash chain."), CommonOptions.format(["text", "json"], default: "text"), FOIOptions.db],
        examples: ["blackline foi audit --verify", "blackline foi audit FOI-2026-0001"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let store = try FOIOptions.store(arguments, context)
        let json = arguments.value("--format") == "json"
        if arguments.flag("--verify") {
            let result = try store.verifyAudit()
            if json {
                try context.print(JSONValue.object([
                    ("intact", .bool(result.isIntact)), ("entries", .integer(result.count)), ("headHash", .string(result.headHash)),
                    ("firstBadEntry", result.firstBadEntry.map { .integer($0) } ?? .null), ("problem", result.problem.map { .string($0) } ?? .null),
                ]).serialized(pretty: true))
            } else if let problem = result.problem {
                try context.print("audit trail BROKEN: first bad entry #\(result.firstBadEntry!): \(problem)")
            } else {
                try context.print("audit trail intact: \(result.count) entries, head \(result.headHash)")
            }
            return result.isIntact ? .success : .problemsFound
        }
        let entries = try store.auditEntries(request: arguments.argument(0))
        if json {
            try context.output.write("[")
            for (index, entry) in entries.enumerated() {
                try context.output.write(index == 0 ? "\n" : ",\n")
                try context.output.write(JSONValue.object([
                    ("seq", .integer(entry.seq)), ("at", .string(entry.at)), ("actor", .string(entry.actor)), ("action", .string(entry.action)),
                    ("request", entry.request.map { .string($0) } ?? .null), ("details", .string(entry.details)), ("hash", .string(entry.hash)),
                ]).serialized())
            }
            try context.output.write(entries.isEmpty ? "]\n" : "\n]\n")
            return .success
        }
        for entry in entries {
            try context.print("#\(entry.seq)  \(entry.at)  \(FOIRendering.cell(entry.actor, 10)) \(FOIRendering.cell(entry.action, 7)) \(entry.request ?? "-")  \(entry.details)")
        }
        return .success
    }
}
