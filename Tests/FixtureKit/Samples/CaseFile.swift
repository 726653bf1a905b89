import Foundation

/// A case registry (`ID.case.json`) in the gold corpus format: `{"case", "language", "parties":
/// [{"role", "name", "aliases", "identifiers"}]}`, written exactly as the corpus writes it
/// (one-space indentation, keys in that order, non-ASCII characters unescaped, final newline).
public struct CaseFile: Equatable, Sendable {
    public struct Party: Equatable, Sendable {
        /// victim, protected-witness, minor, relative, defendant, official, witness, lawyer, judge, prosecutor.
        public var role: String
        public var name: String
        public var aliases: [String]
        public var identifiers: [String]

        public init(role: String, name: String, aliases: [String], identifiers: [String]) {
            self.role = role
            self.name = name
            self.aliases = aliases
            self.identifiers = identifiers
        }
    }

    public var caseNumber: String
    /// en, sr-Latn, sr-Cyrl, bs or mixed.
    public var language: String
    public var parties: [Party]

    public init(caseNumber: String, language: String, parties: [Party]) {
        self.caseNumber = caseNumber
        self.language = language
        self.parties = parties
    }

    /// Reads a case file (any JSON layout).
    public init(contentsOf url: URL) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
            let caseNumber = object["case"] as? String, let language = object["language"] as? String,
            let parties = object["parties"] as? [[String: Any]]
        else { throw FixtureError("\(url.path): not a case file") }
        self.caseNumber = caseNumber
        self.language = language
        self.parties = try parties.map { party in
            guard let role = party["role"] as? String, let name = party["name"] as? String,
                let aliases = party["aliases"] as? [String], let identifiers = party["identifiers"] as? [String]
            else { throw FixtureError("\(url.path): a party lacks role, name, aliases or identifiers") }
            return Party(role: role, name: name, aliases: aliases, identifiers: identifiers)
        }
    }

    /// The file's text, byte for byte as the corpus generator writes it.
    public func serialized() -> String {
        var out = "{\n \"case\": \(Self.quoted(caseNumber)),\n \"language\": \(Self.quoted(language)),\n \"parties\": ["
        for (index, party) in parties.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "  {\n   \"role\": \(Self.quoted(party.role)),\n   \"name\": \(Self.quoted(party.name)),\n"
            out += "   \"aliases\": \(Self.list(party.aliases)),\n   \"identifiers\": \(Self.list(party.identifiers))\n  }"
        }
        out += parties.isEmpty ? "]\n}\n" : "\n ]\n}\n"
        return out
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { "    " + quoted($0) }.joined(separator: ",\n") + "\n   ]"
    }

    /// A JSON string as Python's `json.dumps(..., ensure_ascii=False)` writes it.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
