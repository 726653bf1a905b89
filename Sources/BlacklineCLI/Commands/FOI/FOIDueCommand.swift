import BlacklineCore
import FOITracker

/// `blackline foi due`: the countdown view — what is late, what is due soon, what waits on the requester.
enum FOIDueCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "due"],
        abstract: "Countdown: overdue requests, those due soon, stopped clocks and appeal deadlines.",
        options: [
            .option("--within", value: "DAYS", help: "How far ahead to look (default: 14d)."),
            FOIOptions.asOf, CommonOptions.format(["text", "json"], default: "text"), FOIOptions.db,
        ],
        examples: ["blackline foi due", "blackline foi due --within 7d --as-of 2026-02-01"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let asOf = try FOIOptions.asOf(arguments)
        let window = try FOIOptions.days(arguments, "--within") ?? 14
        let store = try FOIOptions.store(arguments, context)
        var filter = RequestFilter(asOf: asOf)
        filter.statuses = FOIStatus.allCases.filter { !$0.isTerminal && $0 != .draft }
        let all = try store.summaries(filter)
        let overdue = all.filter { $0.clock.isOverdue(asOf: asOf) }
            .sorted { ($0.clock.daysRemaining(asOf: asOf) ?? 0, $0.id) < ($1.clock.daysRemaining(asOf: asOf) ?? 0, $1.id) }
        let soon = all.filter { ($0.clock.daysRemaining(asOf: asOf)).map { (0...window).contains($0) } ?? false }
            .sorted { ($0.clock.due!, $0.id) < ($1.clock.due!, $1.id) }
        let stopped = all.filter { $0.clock.pause != nil }
        let appeals = all.compactMap { summary -> (RequestSummary, CivilDate)? in
            guard let deadline = summary.clock.appealDeadline(asOf: asOf), deadline >= asOf, asOf.days(to: deadline) <= window else { return nil }
            return (summary, deadline)
        }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }

        if arguments.value("--format") == "json" {
            func list(_ items: [RequestSummary]) -> JSONValue { .array(items.map { FOIListCommand.json($0, asOf: asOf) }) }
            let value = JSONValue.object([
                ("asOf", .string(asOf.description)), ("withinDays", .integer(window)), ("overdue", list(overdue)), ("dueSoon", list(soon)),
                ("waitingOnRequester", list(stopped)),
                ("appealDeadlines", .array(appeals.map { .object([("id", .string($0.0.id)), ("appealDeadline", .string($0.1.description)),
                                                                   ("remedy", ($0.0.clock.remedyName ?? $0.0.clock.silenceRemedyOpen(asOf: asOf)?.name).map { .string($0) } ?? .null)]) })),
            ])
            try context.print(value.serialized(pretty: true))
            return .success
        }
        var lines = ["As of \(asOf) (\(asOf.weekday.abbreviation)):"]
        func line(_ summary: RequestSummary, _ detail: String) -> String {
            "  " + FOIRendering.cell(summary.id, 15) + " " + FOIRendering.cell(detail, 38) + " " + FOIRendering.cell(summary.agency, 25) + " "
                + FOIRendering.cell(summary.subject, 36)
        }
        lines.append("Overdue (\(overdue.count)):")
        for summary in overdue {
            var detail = "\(FOIRendering.countdown(summary.clock, asOf: asOf)), due \(summary.clock.due!)"
            if summary.clock.isVeryOverdue(asOf: asOf) { detail = "!! " + detail }
            lines.append(line(summary, detail))
        }
        lines.append("Due within \(window) days (\(soon.count)):")
        for summary in soon { lines.append(line(summary, "\(FOIRendering.countdown(summary.clock, asOf: asOf)), due \(summary.clock.due!)")) }
        lines.append("Clock stopped, waiting on the requester (\(stopped.count)):")
        for summary in stopped { lines.append(line(summary, FOIRendering.countdown(summary.clock, asOf: asOf))) }
        lines.append("Appeal deadlines within \(window) days (\(appeals.count)):")
        for (summary, deadline) in appeals { lines.append(line(summary, "\(summary.clock.remedyName ?? "appeal") by \(deadline)")) }
        try context.print(lines.map { var l = $0; while l.hasSuffix(" ") { l.removeLast() }; return l }.joined(separator: "\n"))
        return .success
    }
}
