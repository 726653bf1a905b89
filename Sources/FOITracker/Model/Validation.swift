import Foundation

/// Checks of free-text fields, shared by `new`, `update` and `import`.
public enum Validation {
    /// A required one-line field: not empty, no control characters, at most `limit` characters.
    public static func text(_ value: String, field: String, limit: Int = 1000) throws -> String {
        let trimmed = trimmingSpaces(value)
        guard !trimmed.isEmpty else { throw FOIError(.badInput, "\(field) must not be empty") }
        guard trimmed.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else {
            throw FOIError(.badInput, "\(field) must be one line without control characters")
        }
        guard trimmed.utf8.count <= limit || trimmed.count <= limit else { throw FOIError(.badInput, "\(field) is longer than \(limit) characters") }
        return trimmed
    }

    /// `value` without leading and trailing spaces and tabs (most values have none: no copy then).
    static func trimmingSpaces(_ value: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isWhitespace && !$0.isNewline }
        guard let first = value.first, let last = value.last, isSpace(first) || isSpace(last) else { return value }
        return String(value.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }

    /// A tag: letters, digits and `-_.:/`, at most 64 characters.
    public static func tag(_ value: String) throws -> String {
        let ok = !value.isEmpty && value.unicodeScalars.count <= 64
            && value.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.:/".unicodeScalars.contains(scalar))
                    : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            }
        guard ok else {
            throw FOIError(.badInput, "invalid tag '\(value)': use letters, digits and - _ . : / (at most 64 characters)")
        }
        return value
    }

    /// A fee: an amount with up to two decimals and an optional ISO 4217 currency ("25.00 GBP").
    public static func fee(_ value: String) throws -> String {
        let parts = value.split(separator: " ")
        let amount = parts.first.map(String.init) ?? ""
        let amountOK: Bool = {
            let pieces = amount.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(pieces.count), !pieces[0].isEmpty, pieces[0].allSatisfy(\.isASCIIDigit) else { return false }
            return pieces.count == 1 || ((1...2).contains(pieces[1].count) && pieces[1].allSatisfy(\.isASCIIDigit))
        }()
        let currencyOK = parts.count == 1 || (parts.count == 2 && parts[1].count == 3 && parts[1].allSatisfy { $0.isASCII && $0.isUppercase })
        guard amountOK, currencyOK else {
            throw FOIError(.badInput, "invalid fee '\(value)': expected an amount like 25 or 25.00, optionally with a currency code (25.00 GBP)")
        }
        return value
    }

    /// An agency tracking number: one line, at most 200 characters.
    public static func trackingNumber(_ value: String) throws -> String {
        try text(value, field: "the tracking number", limit: 200)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
