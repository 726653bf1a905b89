/// A possible finding before scoring and overlap resolution, in folded-byte offsets.
///
/// A plain value without references (no ARC traffic when detectors build, sort and split
/// candidates): what matched, the context evidence and the notes are compact codes; their text is
/// written only for the findings that survive (`Candidate+Explanation.swift`).
struct Candidate: Sendable {
    enum Kind: UInt8, Sendable {
        /// To be acted on (the rule's action).
        case redact
        /// Must stay readable: a kept party, an allow-list entry.
        case keep
        /// Always redacted: a deny-list entry.
        case deny
    }

    // Offsets, rule and person take 32 bits each (a scan holds millions of candidates).
    @Compact32 var start: Int
    @Compact32 var end: Int
    /// Index of the policy rule, or -1 for the allow and deny lists. The rule names the detector
    /// and the category.
    @Compact32 var rule: Int
    /// Index of the tracked person the span identifies.
    @CompactOptional32 var person: Int?
    var baseScore: Double
    var score: Double
    /// What matched (the explanation's first line).
    var matched: Match
    /// Context evidence, a list in `ScanContext.evidence` (first and last node, -1 when empty).
    var context: EvidenceList = EvidenceList()
    var kind: Kind
    var notes: Notes = []

    init(start: Int, end: Int, kind: Kind = .redact, rule: Int, score: Double, matched: Match, notes: Notes = [], person: Int? = nil) {
        self.start = start
        self.end = end
        self.kind = kind
        self.rule = rule
        self.baseScore = score
        self.score = score
        self.matched = matched
        self.notes = notes
        self.person = person
    }

    var length: Int { end - start }

    /// What matched, as a code; `ScanContext.describe(_:)` writes it out.
    enum Match: Sendable {
        /// A fixed description ("JMBG", "e-mail address", "age in brackets").
        case literal(StaticString)
        /// "date (STYLE)".
        case date(StaticString)
        /// "international phone number (+CODE)", by index into `PhoneDetector.countriesLongestCodeFirst`.
        case internationalPhone(country: Int)
        /// "registered ROLE (LABEL)" of a mention.
        case registeredParty(mention: Int)
        /// "registered ROLE, kept".
        case keptParty(person: Int)
        /// "ROLE found from a role cue (LABEL)" of a mention.
        case discoveredPerson(mention: Int)
        /// "alias of a registered ROLE found in the text".
        case foundAlias(person: Int)
        /// "identifier registered for KEY".
        case registeredIdentifier(person: Int)
        /// "pattern of rule ID".
        case pattern(rule: Int)
        /// "allow-list entry N" / "deny-list entry N" (0-based here).
        case allowEntry(Int)
        case denyEntry(Int)
        /// "age after 'WORD'" (folded word).
        case ageAfterWord(start: Int, end: Int)
        /// "age after a protected name and 'WORD'".
        case ageAfterNameAndWord(start: Int, end: Int)
    }

    /// The word of a piece of context evidence, as a code.
    enum EvidenceWord: Sendable {
        case literal(StaticString)
        /// The folded text of a range (a cue word, a context word).
        case folded(start: Int, end: Int)
        /// "near the name of a kept ROLE".
        case nearKeptParty(person: Int)
        /// "after the institutional word 'WORD'".
        case afterInstitutionalWord(start: Int, end: Int)
    }

    /// One piece of context evidence, a node of a candidate's list.
    struct Evidence: Sendable {
        var word: EvidenceWord
        var delta: Double
        var next: Int32 = -1
    }

    struct EvidenceList: Sendable {
        var first: Int32 = -1
        var last: Int32 = -1
        var isEmpty: Bool { first < 0 }
    }

    /// Notes of an explanation, written in this order.
    struct Notes: OptionSet, Sendable {
        let rawValue: UInt8
        init(rawValue: UInt8) { self.rawValue = rawValue }
        static let jmbgValid = Notes(rawValue: 1)
        static let chineseIDValid = Notes(rawValue: 2)
        static let ibanValid = Notes(rawValue: 4)
        static let luhnValid = Notes(rawValue: 8)
        static let serbianAccountValid = Notes(rawValue: 16)
        static let treasury = Notes(rawValue: 32)
        static let trimmed = Notes(rawValue: 64)

        static let texts: [(Notes, String)] = [
            (.jmbgValid, "control digit, birth date and region valid"),
            (.chineseIDValid, "ISO 7064 MOD 11-2 check valid"),
            (.ibanValid, "mod-97 check digits valid"),
            (.luhnValid, "Luhn check valid"),
            (.serbianAccountValid, "mod-97 control number valid"),
            (.treasury, "bank 840 is the Treasury: a public institution's account"),
            (.trimmed, "trimmed where a stronger finding overlaps"),
        ]
    }
}
