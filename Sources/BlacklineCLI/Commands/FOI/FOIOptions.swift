import BlacklineCore
import FOITracker
import Foundation

/// Options and helpers shared by the `foi` subcommands.
enum FOIOptions {
    static let db = OptionSpec.option(
        "--db", value: "PATH", help: "The tracker database (default: $BLACKLINE_DB, else $XDG_DATA_HOME/blackline/foi.sqlite, created on first use).")
    static let actor = OptionSpec.option("--actor", value: "NAME", help: "Who makes the change, for the audit trail (default: $BLACKLINE_ACTOR, else $USER).")
    static let asOf = OptionSpec.option("--as-of", value: "DATE", help: "Judge deadlines as of this day, YYYY-MM-DD (default: today).")

    /// Opens the store named by --db / $BLACKLINE_DB / the XDG default.
    static func store(_ arguments: ParsedArguments, _ context: CommandContext, catalog: JurisdictionCatalog? = nil) throws -> FOIStore {
        let path = FOIStore.resolvePath(explicit: arguments.value("--db"), environment: context.environment)
        return try FOIStore(path: path, catalog: catalog ?? self.catalog(context))
    }

    static func catalog(_ context: CommandContext) -> JurisdictionCatalog {
        JurisdictionCatalog.standard(environment: context.environment)
    }

    static func actor(_ arguments: ParsedArguments, _ context: CommandContext) -> String {
        FOIStore.resolveActor(explicit: arguments.value("--actor"), environment: context.environment)
    }

    /// A strict YYYY-MM-DD option value.
    static func date(_ arguments: ParsedArguments, _ name: String) throws -> CivilDate? {
        guard let text = arguments.value(name) else { return nil }
        return try FOIError.parseDate(text, field: name)
    }

    /// --as-of, else today.
    static func asOf(_ arguments: ParsedArguments) throws -> CivilDate {
        try date(arguments, "--as-of") ?? CivilDate.today()
    }

    /// A number of days written "30d" or "30".
    static func days(_ arguments: ParsedArguments, _ name: String) throws -> Int? {
        guard let text = arguments.value(name) else { return nil }
        let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
        guard let value = Int(digits), value >= 0, value <= 36_500 else {
            throw UsageError("\(name) expects a number of days like 30d, got '\(text)'", command: arguments.spec.name)
        }
        return value
    }

    /// A status name from the command line.
    static func status(_ text: String, command: String) throws -> FOIStatus {
        guard let status = FOIStatus(name: text) else {
            throw UsageError("unknown status '\(text)'; valid statuses: \(FOIStatus.allNames)", command: command)
        }
        return status
    }
}

/// How requests, clocks and timelines are shown.
enum FOIRendering {
    /// "in 3 days", "today", "2 days late", "paused".
    static func countdown(_ clock: ClockReport, asOf: CivilDate) -> String {
        if let pause = clock.pause {
            let kept = pause.remainingDays.map { ", \($0) days kept" } ?? ", restarts on the answer"
            return "paused since \(pause.since) (\(pause.status.rawValue)\(kept))"
        }
        guard let remaining = clock.daysRemaining(asOf: asOf) else { return "" }
        switch remaining {
        case 0: return "due today"
        case 1: return "1 day left"
        case 2...: return "\(remaining) days left"
        case -1: return "1 day late"
        default: return "\(-remaining) days late"
        }
    }

    /// The derived fields of a request as JSON members.
    static func clockMembers(_ clock: ClockReport, asOf: CivilDate) -> [(String, JSONValue)] {
        func date(_ value: CivilDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }
        let pause: JSONValue = clock.pause.map {
            .object([
                ("since", .string($0.since.description)), ("status", .string($0.status.rawValue)), ("effect", .string($0.effect.rawValue)),
                ("remainingDays", $0.remainingDays.map { .integer($0) } ?? .null),
            ])
        } ?? .null
        let silence = clock.silenceRemedyOpen(asOf: asOf)
        return [
            ("asOf", .string(asOf.description)), ("stage", .string(clock.stage.rawValue)), ("due", date(clock.due)),
            ("initialDue", date(clock.initialDue)), ("extendedDue", date(clock.extendedDue)), ("overdue", .bool(clock.isOverdue(asOf: asOf))),
            ("veryOverdue", .bool(clock.isVeryOverdue(asOf: asOf))), ("daysRemaining", clock.daysRemaining(asOf: asOf).map { .integer($0) } ?? .null),
            ("daysLate", clock.daysLate(asOf: asOf).map { .integer($0) } ?? .null), ("paused", pause),
            ("firstAnswer", date(clock.firstAnswer)), ("answeredOnTime", clock.answeredOnTime.map { .bool($0) } ?? .null),
            ("appealDeadline", date(clock.appealDeadline(asOf: asOf))),
            ("remedy", (clock.remedyName ?? silence?.name).map { .string($0) } ?? .null),
            ("unconfirmed", .array(clock.unconfirmed.map { .string($0) })), ("warnings", .array(clock.warnings.map { .string($0) })),
        ]
    }

    /// Pads or cuts `text` to `width` characters.
    static func cell(_ text: String, _ width: Int) -> String {
        var out = ""
        appendCell(text, width, to: &out)
        return out
    }

    /// Appends `text` as UTF-8 padded or cut to `width` characters, for tables of many rows.
    static func appendCell(_ text: String, _ width: Int, to bytes: inout [UInt8]) {
        var text = text
        let ascii = text.withUTF8 { buffer -> Bool in
            guard buffer.count <= width, !buffer.contains(where: { $0 >= 0x80 }) else { return false }
            bytes.append(contentsOf: buffer)
            return true
        }
        if ascii {
            bytes.append(contentsOf: repeatElement(0x20, count: width - text.utf8.count))
        } else {
            bytes.append(contentsOf: cell(text, width).utf8)
        }
    }

    /// Removes trailing spaces and ends the line.
    static func endLine(_ bytes: inout [UInt8]) {
        while bytes.last == 0x20 { bytes.removeLast() }
        bytes.append(0x0A)
    }

    /// Appends `text` padded or cut to `width` characters (fast for ASCII, which most cells are).
    static func appendCell(_ text: String, _ width: Int, to out: inout String) {
        let utf8Count = text.utf8.count
        let count = utf8Count <= width || text.utf8.contains(where: { $0 >= 0x80 }) ? text.count : utf8Count
        if count > width {
            out += text.prefix(max(0, width - 1))
            out += "…"
            return
        }
        out += text
        for _ in count..<width { out += " " }
    }
}
