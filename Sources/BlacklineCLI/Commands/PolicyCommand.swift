import BlacklineCore
import Foundation
import PolicyEngine

/// `blackline policy …`: work with policy and case files.
enum PolicyCommand: CommandGroup {
    static let name = "policy"
    static let abstract = "Check policy and case files."
    static var subcommands: [any Command.Type] { [PolicyLintCommand.self] }
}

/// `blackline policy lint`: validates policies and case registries with located errors.
enum PolicyLintCommand: Command {
    static let spec = CommandSpec(
        path: ["policy", "lint"],
        abstract: "Check policy files and case files (*.case.json) for mistakes.",
        discussion: """
            Reads each FILE (a policy, a policy name from the policies folder, or a case file) and reports
            the first mistake as file:line:col with what is wrong: an unknown detector lists the valid
            ones, a bad regular expression names the rule and the reason. Exits 0 when every file is
            valid, 65 otherwise.
            """,
        arguments: [ArgumentSpec("FILE", help: "Policy or case files.", repeating: true)],
        options: [],
        examples: ["blackline policy lint policies/default.json", "blackline policy lint dev-01.case.json"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var firstError: (any Error)?
        for path in arguments.positionals {
            do {
                try context.print(try lint(path))
            } catch let error as LocatedError {
                StandardError.write("blackline: error: \(error.diagnostic)\n")
                firstError = firstError ?? error
            } catch let error as any BlacklineError {
                StandardError.write("blackline: error: \(error.message)\n")
                firstError = firstError ?? error
            }
        }
        if let firstError { throw LintFailed(kind: (firstError as? any BlacklineError)?.kind ?? .badInput) }
        return .success
    }

    static func lint(_ path: String) throws -> String {
        let isCase = path.hasSuffix(".case.json") || looksLikeCaseFile(path)
        if isCase {
            let registry = try CaseRegistry.load(from: URL(fileURLWithPath: path), displayName: path)
            let roles = Dictionary(grouping: registry.parties, by: \.role).map { "\($0.value.count) \($0.key)" }.sorted()
            return "\(path): ok (case file, \(registry.parties.count) parties: \(roles.joined(separator: ", ")))"
        }
        let policy = try Policy.load(path)
        _ = try PolicyEngine(policy: policy, registry: nil)
        return "\(policy.sourcePath): ok (policy \"\(policy.name)\", \(policy.rules.count) rules, threshold \(policy.threshold))"
    }

    private static func looksLikeCaseFile(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return false }
        return text.contains("\"parties\"") && !text.contains("\"rules\"")
    }

    /// Reported after the per-file messages; carries the exit code of the first failure.
    struct LintFailed: BlacklineError {
        let kind: FailureKind
        var message: String { "lint found problems" }
    }
}
