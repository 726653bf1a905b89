import BlacklineCore
import Foundation
import Testing
@testable import PolicyEngine

@Suite("Policy rules: patterns, context words, lists, overlaps")
struct EngineRulesTests {
    static func policy(rules: String, allow: [String] = [], deny: [String] = []) throws -> Policy {
        let json = """
            {"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"], "kept": ["defendant"]},
             "allow": \(String(decoding: try JSONSerialization.data(withJSONObject: allow), as: UTF8.self)),
             "deny": \(String(decoding: try JSONSerialization.data(withJSONObject: deny), as: UTF8.self)),
             "rules": [\(rules)]}
            """
        return try Policy.parse(Data(json.utf8), file: "t.json")
    }

    static let ssnRule = #"""
        {"id": "ssn", "detector": "pattern", "category": "national-id", "score": 0.4,
         "context": [{"words": ["ssn", "social security"], "boost": 0.3, "window": 20}],
         "parameters": {"pattern": "\\b\\d{3}-\\d{2}-\\d{4}\\b"}}
        """#

    @Test("a pattern rule scores by its context words (Presidio-style enhancer)")
    func patternContext() throws {
        let policy = try Self.policy(rules: Self.ssnRule)
        let text = "Her SSN is 123-45-6789. Order number 987-65-4321 shipped."
        let findings = try TestScan.findings(text, policy: policy)
        #expect(TestScan.covered("123-45-6789", in: text, by: findings))
        #expect(!TestScan.touched("987-65-4321", in: text, by: findings))
        let finding = try #require(TestScan.finding(for: "123-45-6789", in: text, findings))
        #expect(finding.rule == "ssn" && finding.explanation.baseScore == 0.4 && abs(finding.score - 0.7) < 1e-9)
        #expect(finding.explanation.context.first?.word == "ssn")
    }

    @Test("a pathological pattern stops with an error naming the rule, quickly")
    func catastrophicBacktracking() throws {
        let rule = #"{"id": "evil", "detector": "pattern", "category": "x", "parameters": {"pattern": "(x+x+)+y", "workBudget": 30}}"#
        let engine = try PolicyEngine(policy: try Self.policy(rules: rule), registry: nil)
        let text = String(repeating: "x", count: 40)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: PatternRuleError.self) { try engine.scan(text: text) }
        do { _ = try engine.scan(text: text) } catch let error as PatternRuleError {
            #expect(error.ruleID == "evil" && error.message.hasPrefix("rule evil:"))
            #expect(!error.message.contains("xxxx"))  // no document text in errors
        }
        #expect(clock.now - start < .seconds(10))
    }

    @Test("allow list keeps, deny list redacts, both case- and diacritic-insensitive")
    func lists() throws {
        let names = #"{"id": "n", "detector": "role-cue", "category": "person-name"}"#
        let policy = try Self.policy(rules: names, allow: ["Sigurna Kuća"], deny: ["Operacija Sever"])
        let text = "Oštećena Sigurna Kuća? Ne: oštećenu je primila SIGURNA KUCA. Akcija operacija sever je uspela."
        let findings = try TestScan.findings(text, policy: policy)
        #expect(!TestScan.touched("Sigurna Kuća", in: text, by: findings))
        #expect(TestScan.covered("operacija sever", in: text, by: findings))
        #expect(TestScan.finding(for: "operacija sever", in: text, findings)?.rule == "deny-list")
    }

    @Test("overlaps: the stronger finding stays whole, the weaker keeps only its outside parts")
    func overlapRule() {
        func c(_ s: Int, _ e: Int, _ score: Double, _ rule: Int, kind: Candidate.Kind = .redact) -> Candidate {
            Candidate(start: s, end: e, kind: kind, rule: rule, score: score, matched: .literal(""))
        }
        let resolved = OverlapResolver.resolve([c(0, 10, 0.6, 0), c(5, 15, 0.9, 1), c(20, 25, 0.4, 2)], threshold: 0.5)
        #expect(resolved.map { [$0.start, $0.end, $0.rule] } == [[0, 5, 0], [5, 15, 1]])
        // A keep span removes what lies inside it; a longer protected span wins over a kept part of it.
        let kept = OverlapResolver.resolve([c(0, 8, 1, -1, kind: .keep), c(2, 6, 0.9, 0), c(10, 30, 0.9, 0), c(20, 26, 1, -1, kind: .keep)], threshold: 0.5)
        #expect(kept.map { [$0.start, $0.end] } == [[10, 30]])
        // Deny wins over everything; equal scores: longer, then earlier, then lower rule index.
        let deny = OverlapResolver.resolve([c(0, 10, 0.99, 0), c(4, 6, 1, -1, kind: .deny)], threshold: 0.5)
        #expect(deny.map { [$0.start, $0.end] } == [[0, 4], [4, 6], [6, 10]])
        let tie = OverlapResolver.resolve([c(0, 4, 0.8, 3), c(0, 4, 0.8, 1)], threshold: 0.5)
        #expect(tie.map(\.rule) == [1])
    }

    @Test("findings carry pages from the document's page offsets, sorted and non-overlapping")
    func pagesAndOrder() throws {
        let engine = try PolicyEngine(policy: TestScan.policy, registry: CaseRegistry(parties: [Party(role: "victim", name: "Vesna Lazić")]))
        let text = "Oštećena Vesna Lazić, tel. 064 123 4567.\u{0C}Strana dva: Vesni Lazić je vraćen pasoš."
        let findings = try engine.scan(text: text, pageStartOffsets: [0, 41])
        #expect(findings.map(\.page) == [1, 1, 2])
        #expect(zip(findings, findings.dropFirst()).allSatisfy { $0.end <= $1.start })
        #expect(findings.allSatisfy { Array(text.unicodeScalars)[$0.start..<$0.end].map(String.init).joined() == $0.text })
    }
}
