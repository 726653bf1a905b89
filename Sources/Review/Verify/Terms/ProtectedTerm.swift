/// One protected string (a name, an alias, an identifier) prepared for searching.
public struct ProtectedTerm: Sendable, Hashable {
    /// The term as given (shown only with --show-text).
    public let text: String
    /// 1-based position in the term list, used to refer to the term without printing it.
    public let number: Int
    /// The folded form searched for, in the form chosen for this term.
    let needle: [Unicode.Scalar]
    /// Identifiers (terms with four or more digits) are matched on letters and digits only, so any
    /// grouping of the digits matches; other terms word by word.
    let form: NormalizedText.Form

    /// Prepares `text`; nil when nothing searchable is left after folding (only punctuation).
    public init?(_ text: String, number: Int) {
        let digits = text.unicodeScalars.filter { $0.properties.numericType == .decimal }.count
        let form: NormalizedText.Form = digits >= 4 ? .dense : .spaced
        let needle = NormalizedText(text, form: form).scalars
        guard !needle.isEmpty else { return nil }
        self.text = text
        self.number = number
        self.needle = needle
        self.form = form
    }

    public static func == (a: ProtectedTerm, b: ProtectedTerm) -> Bool { a.needle == b.needle && a.form == b.form }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(needle.count)
        for s in needle { hasher.combine(s.value) }
    }
}
