import Extraction
import FixtureKit
import Foundation
import Testing

@Suite("FixtureKit's PDFComposer, checked through extraction")
struct PDFComposerTests {
    func extract(_ data: Data) throws -> ExtractedDocument {
        try Extractor.extract(.data(data, name: "composed.pdf"), options: ExtractionOptions(includeBoxes: true))
    }

    @Test("paragraphs wrap inside the margins and flow onto new pages")
    func wrappingAndFlow() throws {
        let sentence = "Svedok Radoslav Ilić je izjavio da je vozilo bilo parkirano ispred zgrade. "
        let margins = Margins.standard
        let document = try extract(
            try PDFComposer.make { page in
                try page.heading("Zapisnik", level: 1)
                try page.paragraph(String(repeating: sentence, count: 60))
            })
        #expect(document.pageCount >= 2)
        for page in document.pages {
            for box in page.boxes! where !box.isEmpty {
                #expect(box.x >= margins.left - 0.5 && box.maxX <= page.width - margins.right + 0.5)
                #expect(box.y >= margins.top - 1 && box.maxY <= page.height - margins.bottom + 3)
            }
        }
        let words = document.text.split(whereSeparator: \.isWhitespace)
        #expect(words.filter { $0 == "Radoslav" }.count == 60, "no word lost or split by wrapping")
    }

    @Test("a soft hyphen breaks a word only at a line end, drawn as a hyphen")
    func softHyphens() throws {
        // About 95 pt of line: "Ime: Karađorđević" does not fit, "Ime: Karađor-" does.
        let document = try extract(
            try PDFComposer.make(pageSize: PageSize(width: Margins.standard.left + Margins.standard.right + 95, height: 400)) { page in
                try page.paragraph("Ime: Kara\u{AD}đor\u{AD}đević")
                try page.paragraph("Kara\u{AD}đor\u{AD}đević")
            })
        let text = document.text
        #expect(!text.unicodeScalars.contains("\u{AD}"))
        #expect(text.hasPrefix("Ime: Karađor-\nđević\n"))
        #expect(text.hasSuffix("\nKarađorđević"))
    }

    @Test("table cells keep their text; CJK runs use the CJK font")
    func tablesAndFonts() throws {
        let data = try PDFComposer.make { page in
            try page.table([["Ime", "Pasoš"], ["吴静 (WU Jing)", "E70214563"], ["Hoàng Thị Mai", "C1094827"]], columnWidths: [2, 1])
        }
        let document = try Extractor.extract(.data(data, name: "t.pdf"), options: ExtractionOptions(includeFontRuns: true))
        #expect(document.text == "Ime Pasoš\n吴静 (WU Jing) E70214563\nHoàng Thị Mai C1094827")
        let runs = document.pages[0].fontRuns!
        let han = document.text.unicodeScalars.firstIndex(of: "吴").map { document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: $0) }!
        #expect(runs.contains { $0.start <= han && han < $0.end && $0.fontName.contains("WenQuanYi") })
    }

    @Test("a character no fixture font has is an error, not an empty box")
    func missingGlyph() {
        #expect(throws: FixtureError.self) {
            try PDFComposer.make { page in try page.paragraph("private use: \u{E000}") }
        }
    }

    @Test("new pages take any size; the same input gives the same bytes")
    func pageSizesAndReproducibility() throws {
        func build() throws -> Data {
            try PDFComposer.make(pageSize: PageSize(width: 300, height: 400)) { page in
                try page.paragraph("small")
                try page.newPage(size: .a4Landscape)
                try page.paragraph("wide")
            }
        }
        let data = try build()
        #expect(try build() == data)
        let pages = try extract(data).pages
        let expected = [(300.0, 400.0), (PageSize.a4Landscape.width, PageSize.a4Landscape.height)]
        #expect(pages.count == 2)
        for (page, size) in zip(pages, expected) {
            #expect(abs(page.width - size.0) < 0.01 && abs(page.height - size.1) < 0.01)
        }
    }
}
