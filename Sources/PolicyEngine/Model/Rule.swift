import BlacklineCore

/// One rule of a policy: a detector with its parameters, the category it reports, what to do with
/// its findings and on which legal ground.
public struct Rule: Sendable {
    /// Unique id within the policy, e.g. "victim-names". Findings carry it.
    public var id: String
    /// Name of the detector (see `DetectorRegistry.names`).
    public var detector: String
    /// The category findings of this rule report.
    public var category: Category
    /// What the redaction operators do with the findings.
    public var action: Action
    /// Exemption codes cited for the findings, e.g. ["(b)(6)", "(b)(7)(C)"].
    public var exemptions: [String]
    /// Why this is withheld, in words a requester can read.
    public var justification: String
    /// Score of a match before context adjustments (nil: the detector's own base score).
    public var score: Double?
    /// Context words that raise (or, with a negative boost, lower) the score of a match.
    public var context: [ContextRule]
    /// Detector parameters, e.g. {"pattern": "...", "maxLength": 64} for "pattern".
    public var parameters: [String: JSONValue]
    /// Whether the rule runs.
    public var enabled: Bool

    public init(
        id: String, detector: String, category: Category, action: Action = .redact, exemptions: [String] = [],
        justification: String = "", score: Double? = nil, context: [ContextRule] = [], parameters: [String: JSONValue] = [:],
        enabled: Bool = true
    ) {
        self.id = id
        self.detector = detector
        self.category = category
        self.action = action
        self.exemptions = exemptions
        self.justification = justification
        self.score = score
        self.context = context
        self.parameters = parameters
        self.enabled = enabled
    }
}

/// Words near a match that change its score (Presidio's context enhancer, Google DLP hotwords).
public struct ContextRule: Sendable, Hashable {
    /// The words (matched case- and diacritic-insensitively as word prefixes).
    public var words: [String]
    /// Added to the score when one of the words is near (negative to lower it).
    public var boost: Double
    /// How many characters before the match are searched.
    public var windowBefore: Int
    /// How many characters after the match are searched.
    public var windowAfter: Int

    public init(words: [String], boost: Double, windowBefore: Int = 48, windowAfter: Int = 0) {
        self.words = words
        self.boost = boost
        self.windowBefore = windowBefore
        self.windowAfter = windowAfter
    }
}
