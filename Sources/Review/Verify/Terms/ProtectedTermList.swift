import BlacklineCore
import Foundation

/// Loads the protected terms a verification searches for: from a plain list (`--terms`) or from a
/// case registry (`--case`).
public enum ProtectedTermList {
    /// Roles whose people must not be identifiable in a released document.
    public static let protectedRoles: Set<String> = ["victim", "protected-witness", "minor", "relative"]

    /// Reads a term file: UTF-8, one term per line; blank lines and lines starting with `#` are
    /// skipped, surrounding whitespace is ignored.
    public static func load(termsFile url: URL, displayName: String) throws -> [String] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GeneralError(.missingInput, "\(displayName): no such file or not readable")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw GeneralError(.badInput, "\(displayName): the term list is not valid UTF-8")
        }
        var terms: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let term = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if term.isEmpty || term.hasPrefix("#") { continue }
            if term.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw GeneralError(.badInput, "\(displayName):\(number + 1): a term contains a control character")
            }
            terms.append(term)
        }
        return terms
    }

    /// The protected surface forms of a case registry (`*.case.json`).
    ///
    /// POLICY-ENGINE PLUG-IN POINT — this is the one place to change when the policy engine lands on
    /// main: replace the body with
    /// `PolicyEngine(policy: policy, registry: registry).protectedTerms()`, which also generates
    /// inflected forms, initials and transliterations. Until then the registry's own strings are
    /// used as written: the name, aliases and identifiers of every party whose role is protected.
    /// Verify never declines names itself.
    public static func load(caseFile url: URL, displayName: String) throws -> [String] {
        let registry = try CaseRegistryTerms.parse(contentsOf: url, displayName: displayName)
        return registry.protectedStrings(roles: protectedRoles)
    }

    /// Prepares terms for matching, dropping duplicates (after folding) and unsearchable entries.
    public static func prepare(_ strings: [String]) -> [ProtectedTerm] {
        var seen = Set<ProtectedTerm>()
        var terms: [ProtectedTerm] = []
        for string in strings {
            guard let term = ProtectedTerm(string, number: terms.count + 1), seen.insert(term).inserted else { continue }
            terms.append(term)
        }
        return terms
    }
}
