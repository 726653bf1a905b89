import BlacklineCore
import FOITracker

/// `blackline foi jurisdictions`: the laws known, or one law's rules and holidays.
enum FOIJurisdictionsCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "jurisdictions"],
        abstract: "List the jurisdictions, or show one's periods and holidays for a year.",
        discussion: """
            Jurisdictions are files policies/foi/<id>.json, searched in $BLACKLINE_POLICIES/foi, policies/foi next to the
            executable, ../share/blackline/policies/foi, the source tree, then the built-in copies. Add a file to add a law.
            """,
        arguments: [ArgumentSpec("ID", help: "A jurisdiction to show.", optional: true)],
        options: [.option("--year", value: "Y", help: "Year of the holidays to list (default: this year).")],
        examples: ["blackline foi jurisdictions", "blackline foi jurisdictions rs-zspi --year 2026"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let catalog = FOIOptions.catalog(context)
        guard let id = arguments.argument(0) else {
            var malformed = false
            for id in catalog.availableIDs() {
                do {
                    let jurisdiction = try catalog.jurisdiction(id)
                    try context.print(FOIRendering.cell(id, 10) + " " + FOIRendering.cell(jurisdiction.response.summary, 58) + " " + jurisdiction.name)
                } catch let error as LocatedError {
                    context.warn(error.diagnostic)
                    malformed = true
                }
            }
            return malformed ? .dataError : .success
        }
        let jurisdiction = try catalog.jurisdiction(id)
        let year = try arguments.integer("--year", default: CivilDate.today().year, in: 1900...2200)!
        func mark(_ fact: LegalFact) -> String { fact.confirmed ? "" : " [unconfirmed]" }
        var lines = ["\(jurisdiction.id): \(jurisdiction.name)", "Law: \(jurisdiction.law)", "Defined in: \(jurisdiction.origin)"]
        lines.append("Answer due: \(jurisdiction.response.summary)\(mark(jurisdiction.response.fact))")
        if let urgent = jurisdiction.urgent { lines.append("Urgent: \(urgent.summary)\(mark(urgent.fact))") }
        if let rule = jurisdiction.extensionRule {
            lines.append("Extension: +\(rule.days) days\(rule.maxDays.map { " (at most \($0))" } ?? "") — \(rule.condition)\(mark(rule.fact))")
        }
        for rule in jurisdiction.clockRules { lines.append("\(rule.status.rawValue): clock \(rule.effect.rawValue)\(rule.limit.map { " (at most \($0)×)" } ?? "")\(mark(rule.fact))") }
        for remedy in [jurisdiction.appeal, jurisdiction.complaint].compactMap({ $0 }) {
            var text = "Remedy: \(remedy.name)"
            if let window = remedy.window { text += " within \(window.summary)" }
            if let decision = remedy.decision { text += ", decided in \(decision.summary)" }
            lines.append(text + mark(remedy.fact))
        }
        lines.append("Holidays known until \(jurisdiction.knownUntil)\(year > jurisdiction.knownUntil ? " — \(year) is past it: check the list" : "")\(mark(jurisdiction.calendar.fact)); \(year):")
        for (date, name) in jurisdiction.calendar.holidays(in: year) {
            lines.append("  \(date) \(date.weekday.abbreviation)  \(name)")
        }
        try context.print(lines.joined(separator: "\n"))
        return .success
    }
}
