import BlacklineCore
import FixtureKit
import Foundation
import Testing
@testable import Review

/// The committed bad-redactions set: four broken redactions and a clean control, each with a JSON
/// sidecar naming the defect and the strings that leak.
@Suite("verify on the bad-redactions corpus")
struct BadRedactionCorpusTests {
    static let folder = Fixtures.corpus.appendingPathComponent("bad-redactions")

    struct Sidecar {
        let file: String
        let defect: String
        let expectedVerdict: String
        let leakedStrings: [String]

        init(_ url: URL) throws {
            let node = try JSONNode.parse(contentsOf: url)
            file = try node.required("file", in: "sidecar").requireString("file")
            defect = try node.required("defect", in: "sidecar").requireString("defect")
            expectedVerdict = try node.required("expected_verdict", in: "sidecar").requireString("expected_verdict")
            leakedStrings = try node.required("leaked_strings", in: "sidecar").requireStringArray("leaked_strings")
        }
    }

    static var sidecars: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The problem type each defect must be reported as.
    static let kindForDefect: [String: ProblemKind] = [
        "overlay-boxes": .textUnderBox, "white-text": .invisibleText, "incremental-update": .earlierRevision,
        "metadata-leak": .metadata,
    ]

    @Test("the corpus has the five expected files")
    func corpusIsComplete() {
        #expect(Self.sidecars.count == 5)
    }

    @Test("each broken file is flagged with the right problem type, covering every leaked string", arguments: sidecars)
    func flagged(sidecarName: String) throws {
        let sidecar = try Sidecar(Self.folder.appendingPathComponent(sidecarName))
        let report = try VerifyTestSupport.verify(Self.folder.appendingPathComponent(sidecar.file))
        guard sidecar.expectedVerdict == "unsafe" else {
            // The clean control: image-only pages, neutral metadata, one revision.
            #expect(!report.verdict.fails(strict: false))
            #expect(report.count(.leak) == 0)
            #expect(!report.pagesWithoutText.isEmpty)
            #expect(report.problems.contains { $0.kind == .notCheckable })
            #expect(report.revisionCount == 1)
            return
        }
        let kind = try #require(Self.kindForDefect[sidecar.defect])
        if kind == .metadata {
            // Every descriptive field is a warning (real filings carry ordinary metadata); what the
            // policy engine reads in them without any case registry (a victim named after "Victim:",
            // her age) makes them leaks.
            let fields = Set(report.problems(.metadata, .warning).compactMap(\.location))
            #expect(fields.isSuperset(of: ["Info Title", "Info Subject", "Info Keywords", "XMP dc:title", "XMP pdf:Keywords"]))
            #expect(report.verdict == .unsafe)
            let leakFields = Set(report.problems(.metadata, .leak).compactMap(\.location))
            #expect(leakFields.isSuperset(of: ["Info Title", "Info Subject", "Info Keywords", "XMP dc:title"]))
            let inMetadata = report.problems(.metadata).compactMap(\.text).joined(separator: " ")
            for leaked in sidecar.leakedStrings { #expect(inMetadata.contains(leaked), "\(leaked)") }
            return
        }
        #expect(report.verdict == .unsafe)
        #expect(!report.problems(kind, .leak).isEmpty)
        let recovered = report.leakedText(kind)
        for leaked in sidecar.leakedStrings {
            #expect(recovered.contains(leaked.collapsingWhitespace), "not reported: \(leaked)")
        }
        // Nothing else on these pages is reported as hidden.
        if kind == .textUnderBox { #expect(report.problems(.invisibleText, .leak).isEmpty) }
        if kind == .invisibleText { #expect(report.problems(.textUnderBox, .leak).isEmpty) }
    }

    @Test("the incremental update has two revisions and the first one leaks")
    func incrementalUpdate() throws {
        let report = try VerifyTestSupport.verify(Self.folder.appendingPathComponent("incremental-update.pdf"))
        #expect(report.revisionCount == 2)
        let revisionLeaks = report.problems(.earlierRevision, .leak)
        #expect(revisionLeaks.allSatisfy { $0.revision == 1 && $0.page != nil && $0.box != nil })
        // The current version itself shows none of it: no text under its boxes.
        #expect(report.problems(.textUnderBox, .leak).isEmpty)
    }

    @Test("with the leaked strings as terms, every broken file leaks every string in some searched place", arguments: sidecars)
    func termsFoundEverywhere(sidecarName: String) throws {
        let sidecar = try Sidecar(Self.folder.appendingPathComponent(sidecarName))
        guard !sidecar.leakedStrings.isEmpty else { return }
        let report = try VerifyTestSupport.verify(Self.folder.appendingPathComponent(sidecar.file), terms: sidecar.leakedStrings)
        #expect(report.verdict == .unsafe)
        // Each term occurs in some reported text (a short term may be reported as part of a longer one).
        let reported = report.problems(.term, .leak).compactMap(\.text)
        for term in ProtectedTermList.prepare(sidecar.leakedStrings) {
            let matcher = TermMatcher(terms: [term])
            #expect(reported.contains { !matcher.matches(in: $0).isEmpty }, "term not found: \(term.text)")
        }
    }

    @Test("the metadata leak is a leak with its case registry")
    func metadataWithCase() throws {
        let strings = try ProtectedTermList.load(
            caseFile: Fixtures.corpus.appendingPathComponent("dev-05.case.json"), displayName: "dev-05.case.json")
        #expect(strings.contains("Vũ Thị Mai"))
        #expect(!strings.contains("Hope Bridge Balkans"))
        let report = try VerifyTestSupport.verify(Self.folder.appendingPathComponent("metadata-leak.pdf"), terms: strings)
        #expect(report.verdict == .unsafe)
        let locations = Set(report.problems(.term, .leak).compactMap(\.location))
        #expect(locations.contains("Info Title") && locations.contains("Info Keywords") && locations.contains("XMP metadata"))
    }

    @Test("the clean control stays clean with its case registry")
    func cleanWithCase() throws {
        let strings = try ProtectedTermList.load(
            caseFile: Fixtures.corpus.appendingPathComponent("dev-03.case.json"), displayName: "dev-03.case.json")
        let report = try VerifyTestSupport.verify(Self.folder.appendingPathComponent("clean-redacted.pdf"), terms: strings)
        #expect(report.count(.leak) == 0)
        #expect(report.termCount == ProtectedTermList.prepare(strings).count)
    }

    @Test("a case registry's terms include the forms the policy engine generates", arguments: [
        "pretnja da će fotografije Jelene Marković objaviti",  // genitive, not in the registry
        "оштећена Јелена Марковић је изјавила",  // Cyrillic transliteration
        "oštećena Vang Fang je doputovala",  // Serbian transcription given as an alias
        "the injured party, Jelena Markovic, said",  // without diacritics
    ])
    func engineFormsFromCase(sentence: String) throws {
        let strings = try ProtectedTermList.load(
            caseFile: Fixtures.corpus.appendingPathComponent("dev-01.case.json"), displayName: "dev-01.case.json")
        let pdf = try PDFComposer.make { try $0.paragraph(sentence) }
        let report = try VerifyTestSupport.verify(pdf, terms: strings)
        #expect(report.verdict == .unsafe)
        #expect(!report.problems(.term, .leak).isEmpty)
        // Kept parties are not protected terms: the defendant's name alone is no leak.
        let defendant = try PDFComposer.make { try $0.paragraph("okrivljeni Dejan Ranković je uhapšen") }
        #expect(try VerifyTestSupport.verify(defendant, terms: strings).count(.leak) == 0)
    }
}
