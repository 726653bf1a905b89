import BlacklineCore

/// A failure of the FOI tracker that a person can act on: an invalid date, an unknown id, a
/// transition the status model does not allow, a file that cannot be imported.
///
/// Messages name ids, fields, dates and files; never a request's subject or notes.
public struct FOIError: BlacklineError, Equatable {
    public let kind: FailureKind
    public let message: String

    public init(_ kind: FailureKind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A date that is not `YYYY-MM-DD` or does not exist.
    public static func invalidDate(_ text: String, field: String) -> FOIError {
        var reason = "expected YYYY-MM-DD"
        if text.count == 10, text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (48...57).contains($0) }) {
            reason = "no such day in the calendar"
        }
        return FOIError(.badInput, "invalid date '\(text)' for \(field): \(reason)")
    }

    /// Parses a strict `YYYY-MM-DD` date or throws `invalidDate`.
    public static func parseDate(_ text: String, field: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else { throw invalidDate(text, field: field) }
        return date
    }

    public static func unknownRequest(_ id: String) -> FOIError {
        FOIError(.badInput, "unknown request id '\(id)'")
    }
}
