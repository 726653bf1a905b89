import BlacklineCore

/// A redaction policy: which parties are protected or kept, which rules run, what they do and on
/// which legal grounds. Loaded from JSON (see docs/policy-format.md).
public struct Policy: Sendable {
    /// Short name, e.g. "default" or "us-foia".
    public var name: String
    /// One paragraph saying what the policy is for.
    public var description: String
    /// Language tags the policy was written for ("en", "sr-Latn", "sr-Cyrl", "bs", "hr").
    public var languages: [String]
    /// The rules, in the order the policy lists them.
    public var rules: [Rule]
    /// Findings scoring below this are dropped (0…1).
    public var threshold: Double
    /// Case-registry roles whose names and identifiers are redacted ("victim", "minor", …).
    public var protectedRoles: [String]
    /// Case-registry roles whose names must stay readable ("defendant", "judge", …).
    public var keptRoles: [String]
    /// Text that is never redacted (matched case- and diacritic-insensitively, whole words).
    public var allowList: [String]
    /// Text that is always redacted.
    public var denyList: [ListEntry]
    /// Legal exemption code sets the rules cite, by set id.
    public var exemptionSets: [ExemptionSet]
    /// SHA-256 of the policy file bytes (for manifests).
    public var sourceSHA256: String
    /// Where the policy came from: a path, or "embedded:default".
    public var sourcePath: String

    public init(
        name: String, description: String, languages: [String], rules: [Rule], threshold: Double,
        protectedRoles: [String], keptRoles: [String], allowList: [String] = [], denyList: [ListEntry] = [],
        exemptionSets: [ExemptionSet] = [], sourceSHA256: String = "", sourcePath: String = ""
    ) {
        self.name = name
        self.description = description
        self.languages = languages
        self.rules = rules
        self.threshold = threshold
        self.protectedRoles = protectedRoles
        self.keptRoles = keptRoles
        self.allowList = allowList
        self.denyList = denyList
        self.exemptionSets = exemptionSets
        self.sourceSHA256 = sourceSHA256
        self.sourcePath = sourcePath
    }

    /// The rule with the given id, or nil.
    public func rule(id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    /// The rules that use `detector`.
    public func rules(using detector: String) -> [Rule] {
        rules.filter { $0.detector == detector }
    }

    /// The meaning of an exemption code, looked up in the policy's sets.
    public func exemptionMeaning(_ code: String) -> String? {
        for set in exemptionSets { if let meaning = set.codes.first(where: { $0.code == code })?.meaning { return meaning } }
        return nil
    }
}

/// An entry of the deny list: text that is always redacted, with the category to report.
public struct ListEntry: Sendable, Hashable {
    public var text: String
    public var category: Category

    public init(text: String, category: Category = .personName) {
        self.text = text
        self.category = category
    }
}

/// A named set of legal exemption codes, e.g. US FOIA `(b)(6)`.
public struct ExemptionSet: Sendable, Hashable {
    public struct Code: Sendable, Hashable {
        public var code: String
        public var meaning: String
        public init(code: String, meaning: String) {
            self.code = code
            self.meaning = meaning
        }
    }

    /// Identifier of the set ("us-foia", "rs-zspi", …).
    public var id: String
    /// The law the codes come from.
    public var title: String
    public var codes: [Code]

    public init(id: String, title: String, codes: [Code]) {
        self.id = id
        self.title = title
        self.codes = codes
    }
}
