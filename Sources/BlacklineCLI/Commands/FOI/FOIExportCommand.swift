import BlacklineCore
import FOITracker
import Foundation

/// `blackline foi export`: every request, losslessly, as JSON or CSV.
enum FOIExportCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "export"],
        abstract: "Export every request with its timeline, tracking numbers and documents (JSON or CSV).",
        discussion: """
            CSV has one row per request; the tracking, timeline and documents columns hold JSON arrays so that
            'foi import' restores everything. 'due' is derived and ignored on import. Attached copies are not exported.
            """,
        options: [CommonOptions.format(["json", "csv"], default: "json"), CommonOptions.output, FOIOptions.db],
        examples: ["blackline foi export --format csv -o requests.csv"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let format = FOIStore.ExchangeFormat(rawValue: arguments.value("--format") ?? "json") ?? .json
        let store = try FOIOptions.store(arguments, context)
        if let output = arguments.value("--output"), output != "-" {
            try AtomicFile.write(to: context.url(forPath: output)) { try store.export(format: format, to: $0) }
        } else {
            try store.export(format: format, to: context.output)
        }
        return .success
    }
}
