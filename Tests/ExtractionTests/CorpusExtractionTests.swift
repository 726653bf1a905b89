import Extraction
import FixtureKit
import Foundation
import Testing

@Suite("Extraction of the development corpus")
struct CorpusExtractionTests {
    static let pdfs = Fixtures.corpusIDs.map { Fixtures.corpus.appendingPathComponent("\($0).pdf") }

    @Test("one box per Unicode scalar, every box inside the page", arguments: pdfs)
    func boxesMatchScalars(pdf: URL) throws {
        let document = try Extractor.extract(.file(pdf), options: ExtractionOptions(includeBoxes: true))
        #expect(document.pages.count == document.pageCount)
        for page in document.pages {
            let boxes = try #require(page.boxes)
            #expect(boxes.count == page.text.unicodeScalars.count)
            for box in boxes where !box.isEmpty {
                #expect(box.x >= -0.5 && box.y >= -0.5 && box.maxX <= page.width + 0.5 && box.maxY <= page.height + 0.5)
            }
        }
    }

    @Test("text matches pdftotext, whitespace-normalised", arguments: pdfs)
    func matchesPdftotext(pdf: URL) throws {
        let ours = try Extractor.extract(.file(pdf)).text
        let reference = try ProcessRunner.tool("pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        #expect(reference.status == 0)
        // pdftotext joins words hyphenated at a line end; we keep the hyphen (it has a box).
        #expect(normalise(ours.replacingOccurrences(of: "-\n", with: "")) == normalise(reference.stdoutText))
    }

    private func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
