import BlacklineCore
import FOITracker

/// `blackline foi list`: requests with filters, as a table, JSON or CSV.
enum FOIListCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "list"],
        abstract: "List requests, filtered by status, agency, tag, overdue or due soon.",
        discussion: """
            DAYS is the countdown as of --as-of: +N days left, -N days late (empty when no deadline is running).
            JSON and CSV have id, status, jurisdiction, agency, subject, filed, received, due, overdue, veryOverdue,
            daysRemaining.
            """,
        options: [
            .option("--status", value: "S", help: "Only this status.", repeating: true),
            .option("--agency", value: "A", help: "Only this agency (case-insensitive)."),
            .option("--tag", value: "T", help: "Only requests with this tag."),
            .option("--jurisdiction", value: "ID", help: "Only this jurisdiction."),
            .flag("--overdue", help: "Only requests whose running deadline has passed."),
            .option("--due-within", value: "DAYS", help: "Only requests due within this many days, e.g. 7d."),
            FOIOptions.asOf, CommonOptions.format(["table", "json", "csv"], default: "table"), FOIOptions.db,
        ],
        examples: ["blackline foi list --overdue", "blackline foi list --agency 'Ministry of Interior' --format csv"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var filter = RequestFilter(asOf: try FOIOptions.asOf(arguments))
        filter.statuses = try arguments.allValues("--status").map { try FOIOptions.status($0, command: spec.name) }
        filter.agency = arguments.value("--agency")
        filter.tag = arguments.value("--tag")
        filter.jurisdiction = arguments.value("--jurisdiction")
        filter.overdue = arguments.flag("--overdue")
        filter.dueWithin = try FOIOptions.days(arguments, "--due-within")
        let store = try FOIOptions.store(arguments, context)
        let asOf = filter.asOf
        let out = context.output
        switch arguments.value("--format") ?? "table" {
        case "json":
            try out.write("[")
            var count = 0
            try store.forEachSummary(filter) { summary in
                try out.write(count == 0 ? "\n" : ",\n")
                try out.write(json(summary, asOf: asOf).serialized())
                count += 1
            }
            try out.write(count == 0 ? "]\n" : "\n]\n")
        case "csv":
            try out.write("id,status,jurisdiction,agency,subject,filed,received,due,overdue,very_overdue,days_remaining\n")
            try store.forEachSummary(filter) { summary in
                let clock = summary.clock
                let fields = [
                    summary.id, summary.status.rawValue, summary.jurisdiction, summary.agency, summary.subject, summary.filed.description,
                    summary.received.description, clock.due?.description ?? "", String(clock.isOverdue(asOf: asOf)),
                    String(clock.isVeryOverdue(asOf: asOf)), clock.daysRemaining(asOf: asOf).map(String.init) ?? "",
                ]
                var line = ""
                for (index, field) in fields.enumerated() {
                    if index > 0 { line += "," }
                    CSV.appendField(field, to: &line)
                }
                try out.write(line + "\n")
            }
        default:
            try out.write("ID              STATUS                   JURISDICTION  DUE         DAYS  AGENCY                    SUBJECT\n")
            var bytes: [UInt8] = []
            bytes.reserveCapacity(1 << 16)
            try store.forEachSummary(filter) { summary in
                let clock = summary.clock
                let days = clock.daysRemaining(asOf: asOf).map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? (clock.pause != nil ? "paused" : "")
                for (text, width) in [(summary.id, 15), (summary.status.rawValue, 24), (summary.jurisdiction, 13), (clock.due?.description ?? "", 11),
                                      (days, 5), (summary.agency, 25), (summary.subject, 40)] {
                    FOIRendering.appendCell(text, width, to: &bytes)
                    bytes.append(0x20)
                }
                FOIRendering.endLine(&bytes)
                if bytes.count > 60_000 {
                    try bytes.withUnsafeBytes { try out.write($0) }
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            try bytes.withUnsafeBytes { try out.write($0) }
        }
        return .success
    }

    static func json(_ summary: RequestSummary, asOf: CivilDate) -> JSONValue {
        let clock = summary.clock
        return .object([
            ("id", .string(summary.id)), ("status", .string(summary.status.rawValue)), ("jurisdiction", .string(summary.jurisdiction)),
            ("agency", .string(summary.agency)), ("subject", .string(summary.subject)), ("filed", .string(summary.filed.description)),
            ("received", .string(summary.received.description)), ("due", clock.due.map { .string($0.description) } ?? .null),
            ("overdue", .bool(clock.isOverdue(asOf: asOf))), ("veryOverdue", .bool(clock.isVeryOverdue(asOf: asOf))),
            ("daysRemaining", clock.daysRemaining(asOf: asOf).map { .integer($0) } ?? .null),
        ])
    }
}
