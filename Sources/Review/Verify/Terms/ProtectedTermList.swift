import BlacklineCore
import Foundation
import PolicyEngine

/// Loads the protected terms a verification searches for: from a plain list (`--terms`) or from a
/// case registry (`--case`).
public enum ProtectedTermList {
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

    /// The protected surface forms of a case registry (`*.case.json`); see `loadCase`.
    public static func load(caseFile url: URL, displayName: String) throws -> [String] {
        try loadCase(url, displayName: displayName).terms
    }

    /// What a case registry gives verification: the protected terms, and the policy engine (default
    /// policy with the registry) that reads page texts for protected people in context.
    ///
    /// The terms are the registry's own strings for every party whose role the default policy
    /// protects (names, aliases, identifiers as written, Hanzi included), plus every form the engine
    /// generates for them: declensions, possessives, transliterations, transcriptions and initials,
    /// in the engine's folded spelling (`TextFolding` folds text the same way before searching).
    public static func loadCase(_ url: URL, displayName: String) throws -> (terms: [String], engine: PolicyEngine) {
        let registry = try CaseRegistry.load(from: url, displayName: displayName)
        let policy = try Policy.default()
        let roles = Set(policy.protectedRoles)
        let written = registry.parties.filter { roles.contains($0.role) }
            .flatMap { [$0.name] + $0.aliases + $0.identifiers }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let engine = try PolicyEngine(policy: policy, registry: registry)
        return (written + engine.protectedTerms(), engine)
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
