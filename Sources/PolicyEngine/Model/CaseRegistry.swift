import Foundation

/// The parties of one case as a clerk typed them in: exactly the corpus `*.case.json` format,
/// `{"case": "...", "language": "...", "parties": [{"role", "name", "aliases", "identifiers"}]}`.
public struct CaseRegistry: Sendable {
    /// The case number ("KT 45/24"), when given.
    public var caseNumber: String?
    /// Main language of the case's documents, when given.
    public var language: String?
    public var parties: [Party]
    /// SHA-256 of the case file bytes (for manifests); empty for registries built in code.
    public var sourceSHA256: String

    public init(caseNumber: String? = nil, language: String? = nil, parties: [Party], sourceSHA256: String = "") {
        self.caseNumber = caseNumber
        self.language = language
        self.parties = parties
        self.sourceSHA256 = sourceSHA256
    }

    /// The roles a case file may use.
    public static let knownRoles = [
        "victim", "protected-witness", "minor", "relative", "defendant", "official", "witness", "lawyer", "judge",
        "prosecutor",
    ]
}

/// A person in a case registry.
public struct Party: Sendable, Hashable {
    /// "victim", "minor", "defendant", … (see `CaseRegistry.knownRoles`).
    public var role: String
    /// The name as registered, in any script ("WANG Fang", "Зора Јанковић").
    public var name: String
    /// Other spellings, nicknames, Hanzi, initials.
    public var aliases: [String]
    /// Identity numbers, passports, phones… exactly as they may be printed.
    public var identifiers: [String]

    public init(role: String, name: String, aliases: [String] = [], identifiers: [String] = []) {
        self.role = role
        self.name = name
        self.aliases = aliases
        self.identifiers = identifiers
    }
}
