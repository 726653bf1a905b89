import FixtureKit
import Foundation
import PolicyEngine
import Review
import Testing

@Suite("verify --case reads page texts with the policy engine")
struct ProtectedTextCheckTests {
    static let caseFile = Fixtures.corpus.appendingPathComponent("dev-01.case.json")

    static func verify(_ sentence: String) throws -> VerificationReport {
        let protection = try ProtectedTermList.loadCase(caseFile, displayName: "dev-01.case.json")
        let pdf = try PDFComposer.make { try $0.paragraph(sentence) }
        let options = VerifyOptions(
            terms: ProtectedTermList.prepare(protection.terms), dpi: 72, workers: 1, engine: protection.engine)
        return try Verifier(options: options).verify(.data(pdf, name: "generated.pdf"))
    }

    @Test("a victim the registry does not list is found from a role cue")
    func unregisteredVictim() throws {
        let report = try Self.verify("Oštećena Milica Jovanović, rođena 03.03.1996. godine, izjavila je da je radila u klubu.")
        let leaks = report.problems.filter { $0.severity == .leak && $0.hint.contains("policy engine") }
        #expect(leaks.contains { $0.hint.contains("person-name") })
        #expect(leaks.contains { $0.hint.contains("date-of-birth") })
        #expect(leaks.allSatisfy { $0.page == 1 && $0.box != nil })
        #expect(report.verdict == .unsafe)
    }

    @Test("kept parties and public facts are no leak")
    func keptTextIsClean() throws {
        let report = try Self.verify("Okrivljeni Dejan Ranković je 12.04.2024. godine izveden pred Viši sud u Zaječaru u predmetu KT 45/24.")
        #expect(report.count(.leak) == 0)
    }
}
