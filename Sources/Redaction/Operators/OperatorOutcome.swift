/// What an operator makes of one span.
public struct OperatorOutcome: Equatable, Sendable {
    /// The text that replaces the span in text output.
    public var replacement: String
    /// The scalars of the span (relative to its start, end exclusive) that are hidden: blacked out
    /// in a PDF, replaced in text. `mask` leaves the last characters visible.
    public var hidden: Range<Int>
    /// Text printed inside the span's first box in a PDF (white on black), or nil.
    public var boxText: String?
    /// A note for the manifest when the operator could not do what was asked and fell back to
    /// a plain redaction (fail closed), e.g. "generalize: no year found; redacted".
    public var note: String?

    public init(replacement: String, hidden: Range<Int>, boxText: String? = nil, note: String? = nil) {
        self.replacement = replacement
        self.hidden = hidden
        self.boxText = boxText
        self.note = note
    }
}

/// Carries out one kind of action on a span's text. Operators never detect anything: they get a
/// span that detection (or a reviewer) chose, and only decide what replaces it.
public protocol RedactionOperator: Sendable {
    func apply(to item: RedactionItem, options: RedactionOptions) throws -> OperatorOutcome
}
