import BlacklineCore
import FOITracker
import Foundation

/// `blackline foi show`: one request with its deadlines, timeline and documents.
enum FOIShowCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "show"],
        abstract: "Show a request: deadlines, timeline, documents.",
        discussion: """
            JSON has the stored fields (id, status, jurisdiction, agency, subject, filed, received, tags, tracking, timeline,
            documents…) and the derived ones as of --as-of: due (YYYY-MM-DD), initialDue, extendedDue, overdue, veryOverdue,
            daysRemaining (calendar days, negative when late), daysLate, paused, appealDeadline, remedy, unconfirmed, warnings.
            """,
        arguments: [ArgumentSpec("ID", help: "A request id, e.g. FOI-2026-0001.")],
        options: [CommonOptions.format(["text", "json"], default: "text"), FOIOptions.asOf, FOIOptions.db],
        examples: ["blackline foi show FOI-2026-0001 --format json"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let asOf = try FOIOptions.asOf(arguments)
        let store = try FOIOptions.store(arguments, context)
        let record = try store.record(arguments.argument(0)!)
        let jurisdiction = try store.catalog.jurisdiction(record.jurisdiction)
        let clock = try store.clock(for: record)
        if arguments.value("--format") == "json" {
            guard case .object(var members) = record.jsonValue else { return .internalError }
            members.insert(contentsOf: FOIRendering.clockMembers(clock, asOf: asOf), at: 10)
            try context.print(JSONValue.object(members).serialized(pretty: true))
            return .success
        }
        var lines: [String] = []
        func row(_ label: String, _ value: String) { lines.append(FOIRendering.cell(label + ":", 15) + value) }
        lines.append("\(record.id)  \(record.status.rawValue)")
        row("Subject", record.subject)
        row("Agency", record.agency)
        row("Jurisdiction", "\(jurisdiction.id) — \(jurisdiction.name)")
        row("Filed", record.filed.description + (record.received != record.filed ? "   received \(record.received)" : "") + (record.urgent ? "   urgent" : ""))
        if let due = clock.due {
            var text = "\(due) (\(due.weekday.abbreviation))"
            let countdown = FOIRendering.countdown(clock, asOf: asOf)
            if !countdown.isEmpty { text += " — \(countdown)" }
            if clock.isVeryOverdue(asOf: asOf) { text += ", very overdue" }
            if clock.stage != .request && clock.stage != .none { text += " [\(clock.stage.rawValue) decision]" }
            row("Due", text)
        } else if clock.pause != nil {
            row("Due", FOIRendering.countdown(clock, asOf: asOf))
        }
        if let initial = clock.initialDue, initial != clock.due { row("Initially due", initial.description) }
        if let appeal = clock.appealDeadline(asOf: asOf) {
            row("Appeal by", "\(appeal) (\(clock.remedyName ?? clock.silenceRemedyOpen(asOf: asOf)?.name ?? "appeal"))")
        } else if let remedy = clock.silenceRemedyOpen(asOf: asOf), remedy.afterSilence == .anytime {
            row("Remedy", "\(remedy.name), open now (no answer by the deadline)")
        }
        if let answer = clock.firstAnswer { row("First answer", "\(answer)" + (clock.answeredOnTime.map { $0 ? " (on time)" : " (late)" } ?? "")) }
        if !record.tags.isEmpty { row("Tags", record.tags.joined(separator: ", ")) }
        if let requester = record.requester { row("Requester", requester) }
        if let channel = record.channel { row("Channel", channel.rawValue) }
        if !record.tracking.isEmpty {
            row("Tracking", record.tracking.map { "\($0.number) (\($0.assignedOn))" }.reversed().joined(separator: ", previously "))
        }
        if let fee = record.fee { row("Fee", fee) }
        if let embargo = record.embargo { row("Embargo", embargo.description) }
        lines.append("Timeline:")
        for event in record.timeline {
            var what = event.kind == .status ? (event.status?.rawValue ?? "") : event.kind.rawValue
            if let days = event.days { what += " +\(days)d" }
            lines.append("  \(event.date)  \(FOIRendering.cell(what, 24)) \(FOIRendering.cell(event.actor, 10)) \(event.note)")
        }
        if !record.documents.isEmpty {
            lines.append("Documents:")
            for document in record.documents {
                let kept = document.purgedAt.map { "copy purged \($0.prefix(10))" } ?? (document.storedPath == nil ? "no copy kept" : "kept")
                lines.append("  \(document.name) (\(document.kind), \(document.size) bytes, sha256 \(document.sha256.prefix(12))…, \(kept))")
            }
        }
        if !clock.unconfirmed.isEmpty {
            let cwd = FileManager.default.currentDirectoryPath + "/"
            let origin = jurisdiction.origin.hasPrefix(cwd) ? String(jurisdiction.origin.dropFirst(cwd.count)) : jurisdiction.origin
            lines.append("Unconfirmed facts used: \(clock.unconfirmed.joined(separator: ", ")) (see \(origin))")
        }
        for warning in clock.warnings { lines.append("Warning: \(warning)") }
        try context.print(lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }.joined(separator: "\n"))
        return .success
    }
}
