import BlacklineCore
import FOITracker

/// `blackline foi purge`: retention for attached copies.
enum FOIPurgeCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "purge"],
        abstract: "Remove attached copies older than a retention period; keep their metadata; record the purge.",
        options: [
            .option("--older-than", value: "DAYS", help: "Retention period, e.g. 30d (by when the copy was attached)."),
            .flag("--dry-run", help: "Only list what would be removed."), FOIOptions.db, FOIOptions.actor,
        ],
        examples: ["blackline foi purge --older-than 30d --dry-run"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        guard let days = try FOIOptions.days(arguments, "--older-than") else { throw UsageError("missing --older-than (e.g. 30d)", command: spec.name) }
        let store = try FOIOptions.store(arguments, context)
        let result = try store.purge(olderThan: days, dryRun: arguments.flag("--dry-run"), actor: FOIOptions.actor(arguments, context))
        for (request, document) in result.documents {
            try context.print("\(result.dryRun ? "would remove" : "removed") \(request)  \(document.name) (\(document.size) bytes, attached \(document.attachedAt.prefix(10)))")
        }
        try context.print("\(result.dryRun ? "would remove" : "removed") \(result.documents.count) cop\(result.documents.count == 1 ? "y" : "ies"), \(result.bytes) bytes")
        return .success
    }
}
