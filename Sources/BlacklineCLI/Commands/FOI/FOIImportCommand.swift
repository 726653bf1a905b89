import BlacklineCore
import FOITracker

/// `blackline foi import`: requests from a CSV or JSON file, all or none.
enum FOIImportCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "import"],
        abstract: "Import requests from CSV or JSON (an export, or a spreadsheet): all of them or none.",
        discussion: """
            CSV needs the columns jurisdiction, agency, subject and filed; it may have any of the export's columns.
            Rows without an id get the next id of their filing year; an id already in the database is an error.
            Without a timeline column, a row's status is recorded on status_on (default: the received date).
            """,
        arguments: [ArgumentSpec("FILE", help: "A .csv or .json file.")],
        options: [CommonOptions.format(["json", "csv"], default: "by the file's extension"), FOIOptions.db, FOIOptions.actor],
        examples: ["blackline foi import requests.csv"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let url = context.url(forPath: arguments.argument(0)!)
        let store = try FOIOptions.store(arguments, context)
        let ids = try store.importFile(
            url, format: arguments.value("--format").flatMap(FOIStore.ExchangeFormat.init(rawValue:)), actor: FOIOptions.actor(arguments, context))
        try context.print("imported \(ids.count) request\(ids.count == 1 ? "" : "s")" + (ids.isEmpty ? "" : ": \(ids.first!) … \(ids.last!)"))
        return .success
    }
}
