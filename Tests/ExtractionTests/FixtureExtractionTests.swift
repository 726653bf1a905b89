import Extraction
import FixtureKit
import Foundation
import Testing

@Suite("Extraction of generated fixture PDFs")
struct FixtureExtractionTests {
    let fixtures: FixtureSet

    init() throws {
        fixtures = try FixtureSet.shared()
    }

    static let pdfNames = [
        "multi-script.pdf", "ligatures.pdf", "multi-page.pdf", "rotated-90.pdf", "form-fields.pdf", "form-fields-90.pdf",
        "form-fields-270.pdf", "image-only.pdf", "owner-only.pdf",
    ]

    @Test("one box per Unicode scalar and every box inside its page", arguments: pdfNames)
    func boxesMatchScalarsAndStayOnThePage(name: String) throws {
        let document = try Extractor.extract(.file(fixtures.folder.appendingPathComponent(name)), options: ExtractionOptions(includeBoxes: true))
        #expect(!document.pages.isEmpty)
        for page in document.pages {
            let boxes = try #require(page.boxes)
            #expect(boxes.count == page.text.unicodeScalars.count)
            for box in boxes {
                #expect(box.x >= -0.5 && box.y >= -0.5, "page \(page.number): box \(box) starts outside the page")
                #expect(box.maxX <= page.width + 0.5 && box.maxY <= page.height + 0.5, "page \(page.number): box \(box) ends outside")
            }
        }
    }

    @Test("Latin with č ć š ž đ, Cyrillic, Chinese and Vietnamese round-trip exactly")
    func multiScriptRoundTrip() throws {
        let document = try Extractor.extract(.file(fixtures.multiScript), options: ExtractionOptions(includeBoxes: true))
        #expect(document.text == FixtureSet.multiScriptLines.joined(separator: "\n"))
        // Line breaks have zero-area boxes; every other scalar has a real box.
        let page = document.pages[0]
        for (scalar, box) in zip(page.text.unicodeScalars, page.boxes!) {
            #expect(box.isEmpty == (scalar == "\n"), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("the same bytes from memory give the same text and boxes as from the file")
    func dataSourceMatchesFile() throws {
        let options = ExtractionOptions(includeBoxes: true)
        let fromFile = try Extractor.extract(.file(fixtures.multiScript), options: options)
        let fromData = try Extractor.extract(.data(try Data(contentsOf: fixtures.multiScript), name: "in-memory.pdf"), options: options)
        #expect(fromData.text == fromFile.text)
        #expect(fromData.pages[0].boxes == fromFile.pages[0].boxes)
        #expect(fromData.source == "in-memory.pdf")
    }

    @Test("font runs name the CJK font for Chinese and carry scalar offsets")
    func fontRunsFollowScripts() throws {
        let document = try Extractor.extract(.file(fixtures.multiScript), options: ExtractionOptions(includeFontRuns: true))
        let page = document.pages[0]
        let runs = try #require(page.fontRuns)
        let scalars = Array(page.text.unicodeScalars)
        let chinese = try #require(scalars.firstIndex(of: "陈"))
        let run = try #require(runs.first { $0.start <= chinese && chinese < $0.end })
        #expect(run.fontName.contains("WenQuanYi"))
        let latin = try #require(runs.first { $0.start == 0 })
        #expect(latin.fontName.contains("DejaVuSerif"))
        #expect(runs.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= scalars.count })
    }

    @Test("ligature glyphs come out as their letters, each letter with its share of the glyph")
    func ligatures() throws {
        let page = try Extractor.extract(.file(fixtures.ligatures), options: ExtractionOptions(includeBoxes: true)).pages[0]
        let lines = page.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == FixtureSet.ligatureLines[0])
        // "fi" of "filed" is one glyph: poppler splits its width between the two letters.
        let scalars = Array(page.text.unicodeScalars)
        let boxes = try #require(page.boxes)
        let f = try #require(page.text.range(of: "filed").map { page.text.unicodeScalars.distance(from: page.text.unicodeScalars.startIndex, to: $0.lowerBound) })
        #expect(scalars[f] == "f" && scalars[f + 1] == "i")
        #expect(abs(boxes[f].width - boxes[f + 1].width) < 0.01)
        #expect(abs(boxes[f].maxX - boxes[f + 1].x) < 0.01)
        // Presentation forms typed into the text layer stay as they are (one scalar, one box).
        #expect(lines.last == FixtureSet.ligatureLines[1])
    }

    @Test("a page shown rotated by 90° has swapped size, unsplit text and boxes in the turned page")
    func rotatedPage() throws {
        let page = try Extractor.extract(.file(fixtures.rotated), options: ExtractionOptions(includeBoxes: true)).pages[0]
        #expect(abs(page.width - PageSize.a4.height) < 0.01 && abs(page.height - PageSize.a4.width) < 0.01)
        #expect(page.text == FixtureSet.rotatedText)
        // Turned clockwise, the text runs down the page: its left edge (x = 72 before turning)
        // is now at y = 72, and the baseline (100 pt from the top) is 100 pt from the right edge.
        let first = try #require(page.boxes?.first)
        let origin = FixtureSet.rotatedTextOrigin
        #expect(abs(first.y - origin.x) < 0.5)
        #expect(first.x < page.width - origin.baseline && page.width - origin.baseline < first.maxX)
        let last = try #require(page.boxes?.last)
        #expect(last.y > first.y + 100, "later letters are further down")
    }

    @Test("turning every page by 90°, 180° or 270° neither glues nor splits words", arguments: [90, 180, 270])
    func rotationInvariantText(degrees: Int) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let turned = folder.appendingPathComponent("turned.pdf")
        try QPDF.rotate(fixtures.multiPage, to: turned, degrees: degrees)
        let upright = try Extractor.extract(.file(fixtures.multiPage))
        let document = try Extractor.extract(.file(turned), options: ExtractionOptions(includeBoxes: true))
        // poppler may order table cells differently on a turned page; the words must be the same.
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace).sorted() }
        #expect(words(document.text) == words(upright.text))
        #expect(document.text.contains("Paragraph 2 of page 1. The court received the file on 12 March 2024; the clerk Ivana\nLukić"))
        for (page, original) in zip(document.pages, upright.pages) {
            let swapped = degrees != 180
            #expect(abs(page.width - (swapped ? original.height : original.width)) < 0.01)
            for box in page.boxes! {
                #expect(box.x >= -0.5 && box.y >= -0.5 && box.maxX <= page.width + 0.5 && box.maxY <= page.height + 0.5)
            }
        }
    }

    @Test("an image-only page has no text layer; the document lists it")
    func imageOnlyPage() throws {
        let document = try Extractor.extract(.file(fixtures.imageOnly), options: ExtractionOptions(includeBoxes: true))
        #expect(document.pages.map(\.hasTextLayer) == [true, false])
        #expect(document.pages[1].text.isEmpty && document.pages[1].boxes == [])
        #expect(document.pagesWithoutText == [2])
    }

    @Test("four pages of different sizes keep the document text contract")
    func multiPageContract() throws {
        let document = try Extractor.extract(.file(fixtures.multiPage), options: ExtractionOptions(includeBoxes: true))
        #expect(document.pageCount == FixtureSet.multiPageCount && document.pages.map(\.number) == [1, 2, 3, 4])
        #expect(document.pages[2].width > document.pages[2].height, "page 3 is landscape")
        #expect(document.text == document.pages.map(\.text).joined(separator: "\u{0C}"))
        let scalars = Array(document.text.unicodeScalars)
        for (index, page) in document.pages.enumerated() {
            let start = document.pageStartOffsets[index]
            #expect(String(String.UnicodeScalarView(scalars[start..<start + page.scalarCount])) == page.text)
            #expect(page.text.hasPrefix("Page \(page.number) of 4"))
            #expect(document.pageIndex(containingOffset: start) == index)
            #expect(document.pageIndex(containingOffset: start + page.scalarCount - 1) == index)
            if index > 0 {
                #expect(scalars[start - 1] == "\u{0C}")
                #expect(document.pageIndex(containingOffset: start - 1) == index - 1, "a form feed belongs to the page before it")
            }
        }
    }

    @Test("table cells glued by poppler are separated by a space whose box is the gap")
    func tableCellsAreSeparated() throws {
        let page = try Extractor.extract(.file(fixtures.multiPage), options: ExtractionOptions(includeBoxes: true)).pages[0]
        let line = try #require(page.text.split(separator: "\n").first { $0.contains("Ognjen") })
        #expect(line == "Ognjen Vasić witness Kraljevo")
        let raw = try PDFDocument.open(.file(fixtures.multiPage)).page(1).text()
        #expect(raw.contains("Ognjen Vasićwitness"), "poppler itself glues the cells (else this test tests nothing)")
        let scalars = Array(page.text.unicodeScalars)
        let boxes = try #require(page.boxes)
        let c = try #require(scalars.indices.first { scalars[$0] == "ć" && scalars[$0 + 1] == " " && scalars[$0 + 2] == "w" })
        #expect(abs(boxes[c + 1].x - boxes[c].maxX) < 0.01 && abs(boxes[c + 1].maxX - boxes[c + 2].x) < 0.01)
        #expect(boxes[c + 1].width > 3, "the gap between the cells")
    }

    @Test("several workers give exactly what one worker gives")
    func parallelMatchesSerial() throws {
        for url in [fixtures.multiPage, fixtures.imageOnly, Fixtures.corpus.appendingPathComponent("dev-08.pdf")] {
            let one = try Extractor.extract(.file(url), options: ExtractionOptions(includeBoxes: true, workers: 1))
            let three = try Extractor.extract(.file(url), options: ExtractionOptions(includeBoxes: true, workers: 3))
            #expect(one.text == three.text)
            #expect(one.pages.map(\.boxes) == three.pages.map(\.boxes))
            #expect(one.pages.map(\.number) == three.pages.map(\.number))
        }
    }

    @Test("a page selection extracts just those pages, in document order")
    func pageSelection() throws {
        let options = ExtractionOptions(pages: try PageSelection(parsing: "4,2-3"))
        let document = try Extractor.extract(.file(fixtures.multiPage), options: options)
        let all = try Extractor.extract(.file(fixtures.multiPage))
        #expect(document.pageCount == 4)
        #expect(document.pages.map(\.number) == [2, 3, 4])
        #expect(document.text == all.pages[1...].map(\.text).joined(separator: "\u{0C}"))
        #expect(throws: ExtractionError(.pageOutOfRange, source: fixtures.multiPage.path, detail: "--pages 5: the document has 4 pages")) {
            try Extractor.extract(.file(fixtures.multiPage), options: ExtractionOptions(pages: try PageSelection(parsing: "5")))
        }
    }

    @Test("plain text is one page holding the file's content exactly")
    func plainText() throws {
        let document = try Extractor.extract(.file(fixtures.plainText), options: ExtractionOptions(includeBoxes: true))
        #expect(document.format == .plainText && document.pageCount == 1)
        #expect(document.text == FixtureSet.plainTextContent)
        #expect(Array(document.text.utf8) == Array(FixtureSet.plainTextContent.utf8), "CRLF and the form feed survive")
        #expect(document.pages[0].boxes == nil && document.metadata == nil)
        let fromData = try Extractor.extract(.data(Data(FixtureSet.plainTextContent.utf8), name: "notes.txt"))
        #expect(fromData.text == FixtureSet.plainTextContent)
    }

    @Test("metadata: the fixed creation date and creator cairo wrote")
    func metadata() throws {
        let metadata = try #require(try Extractor.extract(.file(fixtures.multiScript)).metadata)
        #expect(metadata.creator == "Blackline FixtureKit")
        #expect(metadata.creationDate == 1_705_309_200)  // 2024-01-15T09:00:00Z
        #expect(metadata.title == nil && !metadata.hasJavaScript && !metadata.hasAttachments)
    }
}
