import BlacklineCore
import FOITracker

/// `blackline foi attach`: keeps a copy of a file with a request.
enum FOIAttachCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "attach"],
        abstract: "Attach a file (copied next to the database with its SHA-256), a redaction manifest or a verify report.",
        discussion: "The copy lives in <database>.documents/ under its SHA-256; 'foi purge' removes copies past retention.",
        arguments: [ArgumentSpec("ID", help: "A request id."), ArgumentSpec("FILE", help: "The file to attach.")],
        options: [
            .option("--kind", value: "K", help: "What the file is (default: document).", choices: DocumentRecord.kinds),
            .option("--on", value: "DATE", help: "The day for the timeline (default: today)."), FOIOptions.db, FOIOptions.actor,
        ],
        examples: ["blackline foi attach FOI-2026-0001 answer.pdf --kind response"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let date = try FOIOptions.date(arguments, "--on") ?? CivilDate.today()
        let file = context.url(forPath: arguments.argument(1)!)
        let store = try FOIOptions.store(arguments, context)
        let document = try store.attach(
            arguments.argument(0)!, file: file, kind: arguments.value("--kind") ?? "document", on: date, actor: FOIOptions.actor(arguments, context))
        try context.print("\(document.sha256)  \(document.name) (\(document.size) bytes)")
        return .success
    }
}
