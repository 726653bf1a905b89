import FixtureKit
import Foundation
import Testing
@testable import PolicyEngine

@Suite("The gold corpus (Tests/Fixtures/corpus)")
struct CorpusEvaluationTests {
    @Test("with case files: full-cover recall ≥ 0.99 in every language, no keep violations")
    func withCaseFiles() throws {
        let report = try Evaluator.evaluate(folder: Fixtures.corpus, policy: try Policy.default(), useCaseFiles: true)
        #expect(report.documents.count == 10)
        for (language, tally) in report.byLanguage {
            #expect(tally.recall >= 0.99, "\(language): recall \(tally.recall)")
        }
        #expect(report.overall.keepViolations == 0, "\(report.problems.filter { $0.kind == "keep-violation" }.map { "\($0.document) \($0.start)-\($0.end) \($0.category)" })")
        #expect(report.overall.protectSpans == 217 && report.overall.keepSpans == 354)
    }

    @Test("without case files the role cues still find most, and keep every decoy")
    func withoutCaseFiles() throws {
        let report = try Evaluator.evaluate(folder: Fixtures.corpus, policy: try Policy.default(), useCaseFiles: false)
        #expect(report.overall.recall >= 0.95, "recall \(report.overall.recall)")
        #expect(report.overall.keepViolations == 0)
    }

    @Test("scoring counts full cover, partial cover, violations and extra characters")
    func scoring() {
        let text = "Ana Ilić i sud u Nišu."
        let gold = GoldDocument(
            id: "t", language: "sr-Latn",
            protect: [.init(start: 0, end: 8, category: "person-name", who: "victim-1")],
            keep: [.init(start: 11, end: 14, category: "court", who: nil)], optional: [])
        func finding(_ s: Int, _ e: Int) -> Finding {
            Finding(start: s, end: e, page: 1, text: "", category: .personName, rule: "r", detector: "d", score: 1, action: .redact,
                    exemptions: [], party: nil, explanation: Explanation(matched: "", baseScore: 1, finalScore: 1))
        }
        let (partial, problems) = Evaluator.score(id: "t", gold: gold, text: text, findings: [finding(0, 3), finding(12, 13), finding(17, 21)])
        #expect(partial.tally.fullyCovered == 0 && partial.tally.partiallyCovered == 1)
        #expect(partial.tally.keepViolations == 1 && partial.tally.extraCharacters == 5)
        #expect(problems.map(\.kind) == ["partial", "keep-violation"])
        let (full, _) = Evaluator.score(id: "t", gold: gold, text: text, findings: [finding(0, 8)])
        #expect(full.tally.recall == 1 && full.tally.keepViolations == 0 && full.tally.extraCharacters == 0)
    }
}
