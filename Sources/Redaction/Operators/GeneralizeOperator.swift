import PolicyEngine

/// `generalize`: a date of birth becomes its year, an age becomes an age band. What cannot be
/// generalised safely (no year found, another category) is redacted instead, with a note.
public struct GeneralizeOperator: RedactionOperator {
    /// Age bands, lower bounds inclusive; the last is open-ended.
    public static let ageBands: [(lower: Int, label: String)] = [
        (0, "under 14"), (14, "14–17"), (18, "18–24"), (25, "25–34"), (35, "35–44"), (45, "45–54"), (55, "55–64"),
        (65, "65+"),
    ]

    public init() {}

    public func apply(to item: RedactionItem, options: RedactionOptions) throws -> OperatorOutcome {
        let all = 0..<item.text.unicodeScalars.count
        switch item.category {
        case .dateOfBirth:
            if let year = GeneralizeOperator.year(in: item.text) {
                return OperatorOutcome(replacement: year, hidden: all, boxText: year)
            }
            return fallback(item, options, "generalize: no four-digit year in the date; redacted")
        case .age:
            if let age = GeneralizeOperator.firstNumber(in: item.text), age < 130 {
                let band = GeneralizeOperator.band(forAge: age)
                return OperatorOutcome(replacement: band, hidden: all, boxText: band)
            }
            return fallback(item, options, "generalize: no age in the span; redacted")
        default:
            return fallback(item, options, "generalize: not defined for \(item.category); redacted")
        }
    }

    private func fallback(_ item: RedactionItem, _ options: RedactionOptions, _ note: String) -> OperatorOutcome {
        var outcome = (try? RedactOperator().apply(to: item, options: options))
            ?? OperatorOutcome(replacement: RedactOperator.textMark, hidden: 0..<item.text.unicodeScalars.count)
        outcome.note = note
        return outcome
    }

    /// The age band of `age`.
    public static func band(forAge age: Int) -> String {
        ageBands.last { age >= $0.lower }?.label ?? ageBands[0].label
    }

    /// A year 1800–2099 written as four digits not inside a longer number.
    static func year(in text: String) -> String? {
        for run in digitRuns(text) where run.count == 4 {
            if let value = Int(run), (1800...2099).contains(value) { return run }
        }
        return nil
    }

    static func firstNumber(in text: String) -> Int? {
        digitRuns(text).first.flatMap { $0.count <= 3 ? Int($0) : nil }
    }

    private static func digitRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
