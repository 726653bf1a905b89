/// Finds protected terms in any text, however it is written: case, diacritics, Serbian Cyrillic or
/// Latin, whitespace, line breaks and hyphenation do not matter (see `NormalizedText`).
public struct TermMatcher: Sendable {
    /// One occurrence of a term: which term, and where in the searched text (scalar offsets).
    public struct Match: Sendable, Equatable {
        public let term: ProtectedTerm
        public let range: Range<Int>
    }

    public let terms: [ProtectedTerm]
    private let needsSpaced: Bool
    private let needsDense: Bool

    public init(terms: [ProtectedTerm]) {
        self.terms = terms
        needsSpaced = terms.contains { $0.form == .spaced }
        needsDense = terms.contains { $0.form == .dense }
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Every occurrence of every term in `text`, ordered by position.
    public func matches(in text: String) -> [Match] {
        matches(in: Array(text.unicodeScalars))
    }

    /// Every occurrence of every term in the scalars of a text, ordered by position; an occurrence
    /// that lies inside a longer one is left out.
    public func matches(in scalars: [Unicode.Scalar]) -> [Match] {
        guard !terms.isEmpty, !scalars.isEmpty else { return [] }
        let spaced = needsSpaced ? NormalizedText(scalars, form: .spaced) : nil
        let dense = needsDense ? NormalizedText(scalars, form: .dense) : nil
        var found: [Match] = []
        for term in terms {
            guard let haystack = term.form == .spaced ? spaced : dense else { continue }
            for range in haystack.occurrences(of: term.needle) { found.append(Match(term: term, range: range)) }
        }
        // Longest first, then drop occurrences inside a longer one ("Mai" inside "Vũ Thị Mai").
        found.sort { $0.range.count > $1.range.count || ($0.range.count == $1.range.count && $0.term.number < $1.term.number) }
        var kept: [Match] = []
        for match in found where !kept.contains(where: { $0.range.contains(match.range.lowerBound) && $0.range.upperBound >= match.range.upperBound }) {
            kept.append(match)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound || ($0.range.lowerBound == $1.range.lowerBound && $0.term.number < $1.term.number) }
    }

    /// True when any term occurs in `text`.
    public func containsAny(_ text: String) -> Bool {
        !matches(in: text).isEmpty
    }
}
