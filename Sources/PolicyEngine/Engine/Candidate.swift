/// A possible finding before scoring and overlap resolution, in folded-byte offsets.
struct Candidate: Sendable {
    enum Kind: UInt8, Sendable {
        /// To be acted on (the rule's action).
        case redact
        /// Must stay readable: a kept party, an allow-list entry.
        case keep
        /// Always redacted: a deny-list entry.
        case deny
    }

    var start: Int
    var end: Int
    var kind: Kind
    var category: Category
    /// Index of the policy rule, or -1 for the allow and deny lists.
    var rule: Int
    var detector: String
    var baseScore: Double
    var score: Double
    var matched: String
    var context: [ContextEvidence] = []
    var notes: [String] = []
    /// Index of the tracked person the span identifies.
    var person: Int?

    init(
        start: Int, end: Int, kind: Kind = .redact, category: Category, rule: Int, detector: String, score: Double,
        matched: String, notes: [String] = [], person: Int? = nil
    ) {
        self.start = start
        self.end = end
        self.kind = kind
        self.category = category
        self.rule = rule
        self.detector = detector
        self.baseScore = score
        self.score = score
        self.matched = matched
        self.notes = notes
        self.person = person
    }

    var length: Int { end - start }
}
