import BlacklineCore
import Foundation

extension CaseRegistry {
    /// Reads a `*.case.json` file. Bad input is a `LocatedError` naming the file, line:col and field.
    public static func load(from url: URL) throws -> CaseRegistry {
        try load(from: url, displayName: url.path)
    }

    /// Reads a case file, naming it `displayName` in errors.
    public static func load(from url: URL, displayName: String) throws -> CaseRegistry {
        guard let data = try? Data(contentsOf: url) else {
            throw GeneralError(.missingInput, "cannot read case file \(displayName): no such file or not readable")
        }
        return try parse(data, file: displayName)
    }

    /// Parses case-file bytes; `file` names the source in error messages.
    public static func parse(_ data: Data, file: String) throws -> CaseRegistry {
        guard let text = String(data: data, encoding: .utf8) else {
            throw LocatedError(file: file, location: nil, reason: "not valid UTF-8 text")
        }
        let root = try JSONNode.parse(text, file: file)
        try root.rejectUnknownKeys(["case", "language", "parties"], in: "the case file")
        let caseNumber = try root["case"].flatMap { node -> String? in
            if case .null = node.kind { return nil }
            return try node.requireString("\"case\"")
        }
        let language = try root["language"].flatMap { node -> String? in
            if case .null = node.kind { return nil }
            return try node.requireString("\"language\"")
        }
        var parties: [Party] = []
        for (index, node) in try root.required("parties", in: "the case file").requireArray("\"parties\"").enumerated() {
            let what = "parties[\(index)]"
            try node.rejectUnknownKeys(["role", "name", "aliases", "identifiers"], in: what)
            let roleNode = try node.required("role", in: what)
            let role = try roleNode.requireString("\(what).role")
            guard knownRoles.contains(role) else {
                throw roleNode.error("unknown role \"\(role)\" in \(what); valid roles: \(knownRoles.joined(separator: ", "))")
            }
            let nameNode = try node.required("name", in: what)
            let name = try nameNode.requireString("\(what).name")
            guard name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
                throw nameNode.error("\(what).name must contain letters")
            }
            let aliases = try node["aliases"]?.requireStringArray("\(what).aliases") ?? []
            for (n, alias) in aliases.enumerated() where alias.trimmingCharacters(in: .whitespaces).isEmpty {
                throw (try node["aliases"]!.requireArray("")[n]).error("\(what).aliases[\(n)] is empty")
            }
            let identifiers = try node["identifiers"]?.requireStringArray("\(what).identifiers") ?? []
            for (n, identifier) in identifiers.enumerated()
            where !identifier.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) {
                throw (try node["identifiers"]!.requireArray("")[n]).error("\(what).identifiers[\(n)] has no letters or digits")
            }
            parties.append(Party(role: role, name: name, aliases: aliases, identifiers: identifiers))
        }
        return CaseRegistry(caseNumber: caseNumber, language: language, parties: parties, sourceSHA256: SHA256.hex(of: data))
    }
}
