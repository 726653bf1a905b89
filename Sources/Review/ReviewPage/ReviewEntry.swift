import PolicyEngine
import Redaction

/// One proposed redaction as the review page shows it: the item (with its text, for the
/// reviewer), why it was found, where `redact` will black it out, and what replaces it.
public struct ReviewEntry: Sendable {
    public var item: RedactionItem
    /// The policy engine's explanation (fresh detection, or a findings file written with `--explain`).
    public var explanation: Explanation?
    /// The rectangles `blackline redact` draws for the span (PDF only), padding included.
    public var boxes: [PageBox]
    /// What the output shows instead when the redaction is applied (`█████`, `[VICTIM-1]`, `1996`).
    public var replacement: String?
    /// The keyed fingerprint of the span's text (see `SpanCheck`), exported with the decisions.
    public var check: String
}
