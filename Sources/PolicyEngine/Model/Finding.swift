/// A span of a document that a rule flagged, with everything needed to act on it and explain it.
///
/// `start` and `end` are **Unicode scalar offsets** into the document text (pages joined by `\f`,
/// see `ExtractedDocument`), end exclusive. These offsets are the contract between the policy
/// engine, the redaction operators, the manifest and every script that reads Blackline's output.
public struct Finding: Hashable, Sendable {
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int
    /// 1-based number of the page where the span starts (1 for plain text).
    public var page: Int
    /// Confidence after context adjustments, 0…1.
    public var score: Double
    /// What the redaction operators should do with it.
    public var action: Action
    /// Where the finding's other values are (see `Finding+Storage.swift`): a scan's findings share
    /// one table of them and carry only positions in it, so making a finding writes no strings.
    var storage: Storage

    /// The flagged text itself. Sensitive: never log it, never put it in an error message.
    public var text: String {
        get { storage.value(\.text) { $0.text($1.textCheckpoint, $1.textStart, $1.textEnd) } }
        set { storage.update { $0.text = newValue } }
    }
    /// What kind of data this is: "person-name", "phone", "date-of-birth", … (see `Category`).
    public var category: Category {
        get { storage.value(\.category) { $0.categories[Int($1.rule)] } }
        set { storage.update { $0.category = newValue } }
    }
    /// Id of the policy rule that produced the finding.
    public var rule: String {
        get { storage.value(\.rule) { $0.ruleIDs[Int($1.rule)] } }
        set { storage.update { $0.rule = newValue } }
    }
    /// Name of the detector that matched.
    public var detector: String {
        get { storage.value(\.detector) { $0.detectors[Int($1.rule)] } }
        set { storage.update { $0.detector = newValue } }
    }
    /// Exemption codes (legal grounds) of the rule, e.g. ["(b)(6)", "(b)(7)(C)"].
    public var exemptions: [String] {
        get { storage.value(\.exemptions) { $0.exemptions[Int($1.rule)] } }
        set { storage.update { $0.exemptions = newValue } }
    }
    /// Stable key of the person the span identifies within this document ("victim-1"), when known.
    public var party: String? {
        get { storage.value(\.party) { $1.party < 0 ? nil : $0.parties[Int($1.party)] } }
        set { storage.update { $0.party = newValue } }
    }
    /// Why the engine flagged it.
    public var explanation: Explanation {
        get { storage.value(\.explanation) { $0.explanation($1) } }
        set { storage.update { $0.explanation = newValue } }
    }

    public init(
        start: Int, end: Int, page: Int, text: String, category: Category, rule: String, detector: String,
        score: Double, action: Action, exemptions: [String], party: String?, explanation: Explanation
    ) {
        self.start = start
        self.end = end
        self.page = page
        self.score = score
        self.action = action
        self.storage = Storage(
            own: Storage.Own(
                Storage.Values(
                    text: text, category: category, rule: rule, detector: detector, exemptions: exemptions, party: party,
                    explanation: explanation)))
    }

    /// A finding whose values are in `table` (the positions are written by the caller).
    init(in table: FindingTable) {
        start = 0
        end = 0
        page = 1
        score = 0
        action = .redact
        storage = Storage(table: table)
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    public static func == (a: Finding, b: Finding) -> Bool {
        a.start == b.start && a.end == b.end && a.page == b.page && a.score == b.score && a.action == b.action
            && a.storage.values == b.storage.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(page)
        hasher.combine(score)
        hasher.combine(action)
        hasher.combine(storage.values)
    }
}

/// A category of sensitive (or deliberately kept) data, written as a short kebab-case name.
public struct Category: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }

    public static let personName: Category = "person-name"
    public static let nationalID: Category = "national-id"
    public static let passportNumber: Category = "passport-number"
    public static let phone: Category = "phone"
    public static let email: Category = "email"
    public static let streetAddress: Category = "street-address"
    public static let dateOfBirth: Category = "date-of-birth"
    public static let age: Category = "age"
    public static let bankAccount: Category = "bank-account"
    public static let vehiclePlate: Category = "vehicle-plate"
    public static let socialHandle: Category = "social-handle"
}

/// What an operator does with a finding. Detection decides *what*; the policy's rule decides the
/// action; the Redaction module's operators carry it out.
public struct Action: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        /// Black box in a PDF, █ characters in text.
        case redact
        /// A replacement label such as `[VICTIM-1]` or `(b)(6)`, the same for the same party.
        case label
        /// Keep the last `keepLast` characters, hide the rest.
        case mask
        /// Date of birth → year; age → an age band.
        case generalize
        /// Leave the text as it is (allow-listed, or a reviewer's decision).
        case keep
    }

    public var kind: Kind
    /// For `.mask`: how many trailing characters stay visible.
    public var keepLast: Int?
    /// For `.label`: the label template, e.g. "[{PARTY}]" or "(b)(6)"; nil for the default.
    public var label: String?

    public init(_ kind: Kind, keepLast: Int? = nil, label: String? = nil) {
        self.kind = kind
        self.keepLast = keepLast
        self.label = label
    }

    public static let redact = Action(.redact)
    public static let keep = Action(.keep)

    public var description: String { kind.rawValue }
}

/// Why a finding was made: which variant or pattern matched, the scores, the context that moved them.
public struct Explanation: Hashable, Sendable {
    /// The name variant or pattern that matched, e.g. "declension: genitive of 'Jelena Marković'".
    public var matched: String
    /// Score before context adjustments.
    public var baseScore: Double
    /// Context words found near the span that changed the score, with the change.
    public var context: [ContextEvidence]
    /// Score after adjustments (equals the finding's score).
    public var finalScore: Double
    /// Further notes (e.g. "JMBG checksum valid", "overlaps keep-list entry; kept").
    public var notes: [String]

    public init(matched: String, baseScore: Double, context: [ContextEvidence] = [], finalScore: Double, notes: [String] = []) {
        self.matched = matched
        self.baseScore = baseScore
        self.context = context
        self.finalScore = finalScore
        self.notes = notes
    }
}

/// A context word that changed a score.
public struct ContextEvidence: Hashable, Sendable {
    public var word: String
    public var delta: Double

    public init(word: String, delta: Double) {
        self.word = word
        self.delta = delta
    }
}
