import BlacklineCore
import Foundation

/// The parts of a case registry (`*.case.json`) that verification needs: each party's role, name,
/// aliases and identifiers. A small reader of its own until the policy engine's registry model is on
/// main (see `ProtectedTermList.load(caseFile:displayName:)`).
struct CaseRegistryTerms {
    struct Party {
        var role: String
        var name: String
        var aliases: [String]
        var identifiers: [String]
    }

    var parties: [Party]

    /// Parses a registry; errors name the file, line and column of the bad field.
    static func parse(contentsOf url: URL, displayName: String) throws -> CaseRegistryTerms {
        let root = try JSONNode.parse(contentsOf: url, displayName: displayName)
        let partyNodes = try root.required("parties", in: "the case registry").requireArray("\"parties\"")
        var parties: [Party] = []
        for (index, node) in partyNodes.enumerated() {
            let what = "parties[\(index)]"
            let role = try node.required("role", in: what).requireString("\(what).role")
            let name = try node.required("name", in: what).requireString("\(what).name")
            let aliases = try node["aliases"].map { try $0.requireStringArray("\(what).aliases") } ?? []
            let identifiers = try node["identifiers"].map { try $0.requireStringArray("\(what).identifiers") } ?? []
            parties.append(Party(role: role, name: name, aliases: aliases, identifiers: identifiers))
        }
        return CaseRegistryTerms(parties: parties)
    }

    /// Names, aliases and identifiers of the parties whose role is in `roles`, in registry order.
    func protectedStrings(roles: Set<String>) -> [String] {
        parties.filter { roles.contains($0.role) }.flatMap { [$0.name] + $0.aliases + $0.identifiers }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
