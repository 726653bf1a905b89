import BlacklineCore
import FOITracker

/// `blackline foi update`: changes a request's fields, tags and tracking number.
enum FOIUpdateCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "update"],
        abstract: "Change a request's fields, tags or agency tracking number (history kept).",
        arguments: [ArgumentSpec("ID", help: "A request id.")],
        options: [
            .option("--subject", value: "S", help: "New subject."), .option("--agency", value: "A", help: "New agency."),
            .option("--requester", value: "NAME", help: "New requester."),
            .option("--channel", value: "C", help: "New channel.", choices: Channel.allCases.map(\.rawValue)),
            .option("--fee", value: "AMOUNT", help: "Fee, e.g. '25.00 GBP'."), .option("--embargo", value: "DATE", help: "Embargo day."),
            .option("--tag", value: "T", help: "Add a tag.", repeating: true), .option("--untag", value: "T", help: "Remove a tag.", repeating: true),
            .option("--tracking", value: "N", help: "A new agency tracking number (the old ones stay in the history)."),
            .option("--on", value: "DATE", help: "The day for the timeline (default: today)."), FOIOptions.db, FOIOptions.actor,
        ],
        examples: ["blackline foi update FOI-2026-0001 --tracking 07-123/26 --tag police"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let update = RequestUpdate(
            subject: arguments.value("--subject"), agency: arguments.value("--agency"), requester: arguments.value("--requester"),
            channel: arguments.value("--channel").flatMap(Channel.init(rawValue:)), fee: arguments.value("--fee"),
            embargo: try FOIOptions.date(arguments, "--embargo"), addTags: arguments.allValues("--tag"), removeTags: arguments.allValues("--untag"),
            trackingNumber: arguments.value("--tracking"), on: try FOIOptions.date(arguments, "--on"))
        if update.isEmpty { throw UsageError("nothing to update: give at least one field", command: spec.name) }
        let store = try FOIOptions.store(arguments, context)
        try store.update(arguments.argument(0)!, update, actor: FOIOptions.actor(arguments, context))
        return .success
    }
}
