import BlacklineCore
import FOITracker

/// `blackline foi stats`: response times, on-time shares and outcomes.
enum FOIStatsCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "stats"],
        abstract: "Statistics: median days to first answer, share answered on time, outcome shares.",
        discussion: """
            Median days: calendar days from receipt to the first decision (granted, partially granted, refused, not held).
            On time: first decisions by the deadline then in force, out of all first decisions plus requests still unanswered
            past their deadline. Outcomes: each request's latest decision; a partial grant counts as its own outcome and in
            'granted in full or part', never as a full grant or a refusal.
            """,
        options: [
            .option("--by", value: "GROUP", help: "Group by agency or jurisdiction (default: totals only).", choices: ["agency", "jurisdiction"]),
            FOIOptions.asOf, CommonOptions.format(["text", "json"], default: "text"), FOIOptions.db,
        ],
        examples: ["blackline foi stats --by agency"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let asOf = try FOIOptions.asOf(arguments)
        let grouping = FOIStatistics.Grouping(rawValue: arguments.value("--by") ?? "all") ?? .all
        let store = try FOIOptions.store(arguments, context)
        var statistics = FOIStatistics(by: grouping, asOf: asOf)
        try store.forEachSummary(RequestFilter(asOf: asOf), includeText: false) { statistics.add($0) }
        let groups = grouping == .all ? [statistics.total] : statistics.groups + [statistics.total]
        if arguments.value("--format") == "json" {
            func share(_ value: Double?) -> JSONValue { value.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .null }
            let value = JSONValue.object([
                ("asOf", .string(asOf.description)), ("by", .string(grouping.rawValue)),
                ("groups", .array(groups.map { group in
                    .object([
                        ("name", .string(group.name)), ("requests", .integer(group.requests)), ("answered", .integer(group.answered)),
                        ("overdue", .integer(group.overdue)), ("medianDaysToFirstAnswer", group.medianDaysToFirstAnswer.map { .number($0) } ?? .null),
                        ("onTimeShare", share(group.onTimeShare)), ("decided", .integer(group.decided)),
                        ("outcomes", .object([FOIStatus.granted, .partiallyGranted, .refused, .notHeld].map { ($0.rawValue, .integer(group.outcomes[$0, default: 0])) })),
                        ("outcomeShares", .object([FOIStatus.granted, .partiallyGranted, .refused, .notHeld].map { ($0.rawValue, share(group.share($0))) })),
                        ("grantedInFullOrPartShare", share(group.grantedInFullOrPartShare)),
                    ])
                })),
            ])
            try context.print(value.serialized(pretty: true))
            return .success
        }
        func percent(_ value: Double?) -> String { value.map { NumberFormatting.fixed($0 * 100, decimals: 1) + "%" } ?? "–" }
        var lines = ["As of \(asOf):"]
        lines.append(
            FOIRendering.cell(grouping == .all ? "" : grouping.rawValue.uppercased(), 26) + " REQUESTS  ANSWERED  MEDIAN DAYS  ON TIME  GRANTED  PARTIAL  REFUSED  NOT HELD  FULL/PART  OVERDUE")
        for group in groups {
            var line = FOIRendering.cell(group.name, 26)
            line += " " + FOIRendering.cell(String(group.requests), 9) + " " + FOIRendering.cell(String(group.answered), 9)
            line += " " + FOIRendering.cell(group.medianDaysToFirstAnswer.map { NumberFormatting.fixed($0, decimals: 1) } ?? "–", 12)
            line += " " + FOIRendering.cell(percent(group.onTimeShare), 8)
            for status in [FOIStatus.granted, .partiallyGranted, .refused, .notHeld] {
                line += " " + FOIRendering.cell(percent(group.share(status)), status == .notHeld ? 9 : 8)
            }
            line += " " + FOIRendering.cell(percent(group.grantedInFullOrPartShare), 10) + " " + String(group.overdue)
            lines.append(line)
        }
        try context.print(lines.joined(separator: "\n"))
        return .success
    }
}
