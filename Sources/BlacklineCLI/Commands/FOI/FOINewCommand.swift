import BlacklineCore
import FOITracker

/// `blackline foi new`: records a request and prints its id.
enum FOINewCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "new"],
        abstract: "Record a new request; prints its id (FOI-YYYY-NNNN).",
        discussion: """
            The request starts as 'submitted'. Day 0 of the clock is the received date (default: the filed date).
            --urgent uses the law's urgent period where it has one (Serbia: 48 hours).
            """,
        options: [
            .option("--jurisdiction", value: "ID", help: "Jurisdiction id (see 'blackline foi jurisdictions'), e.g. rs-zspi."),
            .option("--agency", value: "A", help: "The authority the request went to."),
            .option("--subject", value: "S", help: "What was asked for."),
            .option("--filed", value: "DATE", help: "Day the request was sent, YYYY-MM-DD."),
            .option("--received", value: "DATE", help: "Day the authority received it (default: the filed date)."),
            .flag("--urgent", help: "Ask for the law's urgent period."),
            .option("--tag", value: "T", help: "A tag.", repeating: true),
            .option("--requester", value: "NAME", help: "Who asked."),
            .option("--channel", value: "C", help: "How it was sent.", choices: Channel.allCases.map(\.rawValue)),
            .option("--tracking", value: "N", help: "The agency's tracking number."),
            .option("--fee", value: "AMOUNT", help: "A fee, e.g. '25.00 GBP'."),
            .option("--embargo", value: "DATE", help: "Not to be published before this day."),
            .option("--note", value: "TEXT", help: "A note on the first timeline entry."),
            FOIOptions.db, FOIOptions.actor,
        ],
        examples: [
            "blackline foi new --jurisdiction rs-zspi --agency 'Ministry of Interior' --subject 'Police overtime 2025' --filed 2026-01-30",
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        func required(_ name: String) throws -> String {
            guard let value = arguments.value(name) else { throw UsageError("missing \(name)", command: spec.name) }
            return value
        }
        let jurisdictionID = try required("--jurisdiction")
        let new = NewRequest(
            jurisdiction: jurisdictionID, agency: try required("--agency"), subject: try required("--subject"),
            filed: try FOIError.parseDate(try required("--filed"), field: "--filed"), received: try FOIOptions.date(arguments, "--received"),
            urgent: arguments.flag("--urgent"), tags: arguments.allValues("--tag"), requester: arguments.value("--requester"),
            channel: arguments.value("--channel").flatMap(Channel.init(rawValue:)), trackingNumber: arguments.value("--tracking"),
            fee: arguments.value("--fee"), embargo: try FOIOptions.date(arguments, "--embargo"), note: arguments.value("--note"))
        // Check the jurisdiction before creating a database for nothing.
        let catalog = FOIOptions.catalog(context)
        let jurisdiction = try catalog.jurisdiction(jurisdictionID)
        let store = try FOIOptions.store(arguments, context, catalog: catalog)
        let id = try store.create(new, actor: FOIOptions.actor(arguments, context))
        if new.urgent && jurisdiction.urgent == nil {
            context.warn("\(jurisdiction.id) has no urgent period; the normal period applies")
        }
        try context.print(id)
        return .success
    }
}
