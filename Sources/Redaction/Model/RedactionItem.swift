import Extraction
import PolicyEngine

/// One redaction of a document: a span, what to do with it, why, and the reviewer's decision.
///
/// Built from a `Finding` (fresh detection) or from a manifest entry (`--decisions`). Offsets are
/// Unicode scalar offsets into the document text (pages joined by `\f`), end exclusive.
public struct RedactionItem: Equatable, Sendable {
    /// Whether the redaction is carried out.
    public enum Decision: String, Sendable, CaseIterable {
        case redact
        case keep
    }

    /// Stable id: `r<start>-<end>`, the same for the same span of the same input.
    public var id: String
    public var start: Int
    public var end: Int
    /// 1-based page where the span starts.
    public var page: Int
    /// The covered text. Sensitive: written to a manifest only with `--manifest-include-text`.
    public var text: String
    public var category: Category
    public var rule: String
    public var detector: String
    public var score: Double
    public var action: Action
    public var exemptions: [String]
    public var party: String?
    /// The policy's justification of the rule, for the redaction log.
    public var justification: String
    public var decision: Decision

    public init(
        start: Int, end: Int, page: Int, text: String, category: Category, rule: String, detector: String = "",
        score: Double = 1, action: Action = .redact, exemptions: [String] = [], party: String? = nil,
        justification: String = "", decision: Decision = .redact, id: String? = nil
    ) {
        self.id = id ?? RedactionItem.stableID(start: start, end: end)
        self.start = start
        self.end = end
        self.page = page
        self.text = text
        self.category = category
        self.rule = rule
        self.detector = detector
        self.score = score
        self.action = action
        self.exemptions = exemptions
        self.party = party
        self.justification = justification
        self.decision = decision
    }

    /// An item for a finding; `keep` findings become items decided `keep`.
    public init(_ finding: Finding, justification: String = "") {
        self.init(
            start: finding.start, end: finding.end, page: finding.page, text: finding.text, category: finding.category,
            rule: finding.rule, detector: finding.detector, score: finding.score, action: finding.action,
            exemptions: finding.exemptions, party: finding.party, justification: justification,
            decision: finding.action.kind == .keep ? .keep : .redact)
    }

    /// The id of the span `start..<end`.
    public static func stableID(start: Int, end: Int) -> String { "r\(start)-\(end)" }

    /// True when the item changes the output.
    public var isApplied: Bool { decision == .redact && action.kind != .keep }
}

/// A rectangle to black out regardless of text: a signature, a photo, a form field.
public struct AreaRedaction: Equatable, Sendable {
    public var id: String
    /// 1-based page number.
    public var page: Int
    /// Points, origin at the top-left corner of the page as rendered (rotation applied).
    public var box: TextBox
    public var exemptions: [String]
    /// Why: "signature", "photo", "form field", free text from the reviewer (not document text).
    public var reason: String
    public var decision: RedactionItem.Decision

    public init(id: String, page: Int, box: TextBox, exemptions: [String] = [], reason: String = "", decision: RedactionItem.Decision = .redact) {
        self.id = id
        self.page = page
        self.box = box
        self.exemptions = exemptions
        self.reason = reason
        self.decision = decision
    }
}
