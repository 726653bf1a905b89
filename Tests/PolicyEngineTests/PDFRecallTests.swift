import Extraction
import FixtureKit
import Foundation
import PolicyEngine
import Testing

/// The engine on the PDFs' text layers, not on the clean `.txt` files: line breaks, hyphenation,
/// page breaks, running headers and table layout all differ, and this is what `blackline redact`
/// actually scans.
@Suite("Policy engine on the corpus PDFs")
struct PDFRecallTests {
    static let ids = Fixtures.corpusIDs.filter { $0 != "dev-10" }  // dev-10 has no text layer

    @Test("every gold protect span, aligned onto the PDF text, is covered by findings", arguments: ids)
    func pdfRecall(id: String) throws {
        let gold = try CorpusDocument.load(id)
        let document = try Extractor.extract(.file(gold.pdf))
        let registry = try CaseRegistry.load(from: gold.caseFile, displayName: "\(id).case.json")
        let findings = try PolicyEngine(policy: Policy.default(), registry: registry).scan(document)
            .filter { $0.action.kind != .keep }
        let (aligned, unmatched) = GoldAligner.align(gold.protect, txt: gold.text, pdfText: document.text)
        #expect(unmatched.isEmpty, "gold spans not found in the PDF text: \(unmatched.count)")
        var covered = [Bool](repeating: false, count: document.text.unicodeScalars.count)
        for finding in findings {
            for offset in finding.start..<finding.end { covered[offset] = true }
        }
        let scalars = Array(document.text.unicodeScalars)
        var missed: [String] = []
        for alignment in aligned {
            for range in alignment.ranges {
                // Line breaks and hyphens inside a broken span need no box.
                let uncovered = range.filter { !covered[$0] && !scalars[$0].properties.isWhitespace && scalars[$0] != "-" }
                if !uncovered.isEmpty { missed.append("\(alignment.span.category) \(alignment.span.who ?? "")") }
            }
        }
        #expect(missed.isEmpty, "\(id): \(missed.count) protect spans not fully covered: \(missed)")
    }
}
