import CPoppler
import Extraction
import FixtureKit
import Foundation
import Testing
@testable import Review

/// PDFs made at test time with each classic redaction failure (redaction-threats.md), and their
/// harmless look-alikes, which must not be reported.
@Suite("verify catches the classic failures in generated PDFs")
struct ClassicFailureTests {
    static let name = "Jelena Marković"
    static let sentence = "The witness Jelena Marković testified on 3 May."

    /// One line of text; `decorate` draws over (or under) the name, given its box.
    static func page(
        textRed: Double = 0, under: ((LeakyPDF.Page, (x: Double, y: Double, width: Double, height: Double)) -> Void)? = nil,
        over: ((LeakyPDF.Page, (x: Double, y: Double, width: Double, height: Double)) -> Void)? = nil
    ) throws -> Data {
        try LeakyPDF.drawn(pages: [
            { page in
                let prefix = "The witness "
                let x = 72.0
                let y = 200.0
                let nameX = x + page.width(of: prefix)
                let nameBox = (x: nameX, y: y - 11.2, width: page.width(of: name), height: 14.2)
                under?(page, nameBox)
                page.text(prefix, x: x, y: y)
                page.text(name, x: nameX, y: y, red: textRed, green: textRed, blue: textRed)
                page.text(" testified on 3 May.", x: nameX + page.width(of: name), y: y)
                page.text("A second, ordinary line of the statement follows here.", x: x, y: y + 18)
                over?(page, nameBox)
            }
        ])
    }

    @Test("a black box over live text is a text-under-box leak")
    func boxOverLiveText() throws {
        let data = try Self.page(over: { page, b in page.box(x: b.x - 1, y: b.y, width: b.width + 2, height: b.height) })
        let report = try VerifyTestSupport.verify(data)
        let leaks = report.problems(.textUnderBox, .leak)
        #expect(leaks.count == 1)
        #expect(leaks.first?.text == Self.name)
        #expect(leaks.first?.page == 1)
        #expect(report.verdict == .unsafe)
    }

    @Test("cross-hatched and grey boxes over live text are leaks too")
    func otherBoxes() throws {
        let hatched = try Self.page(over: { page, b in page.hatchedBox(x: b.x - 1, y: b.y, width: b.width + 2, height: b.height) })
        #expect(try VerifyTestSupport.verify(hatched).leakedText(.textUnderBox) == Self.name)
        let grey = try Self.page(over: { page, b in page.box(x: b.x - 1, y: b.y, width: b.width + 2, height: b.height, red: 0.55, green: 0.55, blue: 0.6) })
        #expect(try VerifyTestSupport.verify(grey).leakedText(.textUnderBox) == Self.name)
    }

    @Test("text drawn on top of a box, a box under the text and a thin bar are not leaks")
    func lookAlikes() throws {
        // White text on a black bar: visible.
        let onTop = try Self.page(textRed: 1, under: { page, b in page.box(x: b.x - 1, y: b.y, width: b.width + 2, height: b.height) })
        // A light highlight behind the text: visible.
        let highlight = try Self.page(under: { page, b in page.box(x: b.x, y: b.y, width: b.width, height: b.height, red: 1, green: 0.9, blue: 0.3) })
        // A bar over the lower third of the line only (strike-through-like): the letters still show.
        let bar = try Self.page(over: { page, b in page.box(x: b.x, y: b.y + b.height * 0.62, width: b.width, height: b.height * 0.38) })
        for data in [onTop, highlight, bar] {
            let report = try VerifyTestSupport.verify(data)
            #expect(report.problems(.textUnderBox).isEmpty)
            #expect(report.problems(.invisibleText).isEmpty)
            #expect(report.count(.leak) == 0)
        }
    }

    @Test("a placeholder under a box is not a leak")
    func placeholderUnderBox() throws {
        let data = try LeakyPDF.drawn(pages: [
            { page in
                let prefix = "The witness "
                page.text(prefix, x: 72, y: 200)
                let x = 72 + page.width(of: prefix)
                let box = page.text("[REDACTED] XXXXXX", x: x, y: 200)
                page.text(" testified.", x: x + box.width, y: 200)
                page.box(x: box.x - 1, y: box.y, width: box.width + 2, height: box.height)
            }
        ])
        #expect(try VerifyTestSupport.verify(data).problems(.textUnderBox).isEmpty)
    }

    @Test("white text is an invisible-text leak")
    func whiteText() throws {
        let report = try VerifyTestSupport.verify(try Self.page(textRed: 1))
        #expect(report.leakedText(.invisibleText) == Self.name)
        #expect(report.problems(.textUnderBox).isEmpty)
    }

    @Test("invisible text (render mode 3) over a blank area and over a black box")
    func invisibleRenderMode() throws {
        let content = """
            BT /F1 12 Tf 72 700 Td (Visible opening words of the line) Tj ET
            BT /F1 12 Tf 3 Tr 72 682 Td (Petar Petrovic) Tj ET
            0 0 0 rg 70 640 120 18 re f
            BT /F1 12 Tf 3 Tr 72 645 Td (Ana Jovanovic) Tj ET
            BT /F1 12 Tf 0 Tr 72 625 Td (Closing visible words of the page) Tj ET
            """
        let report = try VerifyTestSupport.verify(LeakyPDF.objects(LeakyPDF.onePage(content: content)))
        #expect(report.leakedText(.invisibleText) == "Petar Petrovic")
        #expect(report.leakedText(.textUnderBox) == "Ana Jovanovic")
    }

    @Test("text outside the crop box is found, although viewers and poppler's text ignore it")
    func outsideCropBox() throws {
        let content = """
            BT /F1 12 Tf 72 700 Td (Visible words inside the crop box) Tj ET
            BT /F1 12 Tf 72 760 Td (Milica Ilic) Tj ET
            """
        let data = LeakyPDF.objects(LeakyPDF.onePage(content: content, extraPage: "/CropBox [0 0 612 740]"))
        #expect(!(try Extractor.extract(.data(data, name: "x.pdf")).text.contains("Milica")))
        let report = try VerifyTestSupport.verify(data)
        let outside = report.problems(.invisibleText).filter { $0.location == "outside the crop box" }
        #expect(outside.map(\.text) == ["Milica Ilic"])
        #expect(outside.first?.severity == .warning)
        let withTerms = try VerifyTestSupport.verify(data, terms: ["Milica Ilić"])
        #expect(withTerms.problems(.term, .leak).contains { $0.location == "text outside the crop box" })
    }

    @Test("metadata with a name is a warning, and a leak with the name as a term")
    func metadataWithName() throws {
        let data = try LeakyPDF.drawn(
            metadata: [(CAIRO_PDF_METADATA_TITLE, "Statement of \(Self.name)"), (CAIRO_PDF_METADATA_AUTHOR, "Clerk Petra Nikolić")],
            pages: [{ page in page.text("Statement of the witness (name withheld).", x: 72, y: 200) }])
        let plain = try VerifyTestSupport.verify(data)
        #expect(plain.problems(.metadata, .warning).contains { $0.location == "Info Title" && $0.text == "Statement of \(Self.name)" })
        #expect(plain.problems(.metadata, .warning).contains { $0.location == "Info Author" })
        #expect(plain.verdict == .review)
        let withTerms = try VerifyTestSupport.verify(data, terms: ["Jelena Markovic"])
        #expect(withTerms.problems(.term, .leak).contains { $0.location == "Info Title" })
        #expect(withTerms.verdict == .unsafe)
    }

    @Test("a bookmark with a name that the pages do not show is hidden content, a leak with terms")
    func bookmarkWithName() throws {
        let data = try LeakyPDF.drawn(
            bookmarks: [("Statement", 1), ("Testimony of \(Self.name)", 1)],
            pages: [{ page in
                page.text("Statement", x: 72, y: 100)
                page.text("Testimony of the witness (name withheld).", x: 72, y: 200)
            }])
        let report = try VerifyTestSupport.verify(data)
        let bookmarks = report.problems(.hiddenContent, .warning).filter { $0.location?.hasPrefix("bookmark") == true }
        #expect(bookmarks.count == 1)
        #expect(bookmarks.first?.text == "Testimony of \(Self.name)")
        let withTerms = try VerifyTestSupport.verify(data, terms: ["JELENA MARKOVIĆ"])
        #expect(withTerms.problems(.term, .leak).contains { $0.location == "bookmark 2" })
    }

    @Test("an unapplied redaction annotation over text is an annotation leak")
    func unappliedRedaction() throws {
        let content = "BT /F1 12 Tf 72 700 Td (The victim Ana Petrovic was present.) Tj ET"
        let objects = LeakyPDF.onePage(
            content: content, annotations: "[6 0 R]",
            more: ["<< /Type /Annot /Subtype /Redact /Rect [130 695 205 713] /IC [0 0 0] /QuadPoints [130 713 205 713 130 695 205 695] >>"])
        let report = try VerifyTestSupport.verify(LeakyPDF.objects(objects))
        let leaks = report.problems(.annotation, .leak)
        #expect(leaks.count == 1)
        #expect(leaks.first?.text?.contains("Petrovic") == true)
        #expect(leaks.first?.location == "Redact annotation")
    }

    @Test("an incremental update that removed a name leaks it from the earlier revision")
    func incrementalUpdate() throws {
        let original = "BT /F1 12 Tf 72 700 Td (The victim Ana Petrovic was present.) Tj ET"
        let base = LeakyPDF.objects(LeakyPDF.onePage(content: original), info: nil)
        let redacted = """
            BT /F1 12 Tf 72 700 Td (The victim ) Tj ET
            0 0 0 rg 130 695 75 18 re f
            BT /F1 12 Tf 210 700 Td (was present.) Tj ET
            """
        let updated = LeakyPDF.appendingUpdate(to: base, objects: [4: LeakyPDF.stream(redacted)], size: 6)
        let report = try VerifyTestSupport.verify(updated)
        #expect(report.revisionCount == 2)
        let leaks = report.problems(.earlierRevision, .leak)
        #expect(leaks.count == 1)
        #expect(leaks.first?.text == "Ana Petrovic")
        #expect(leaks.first?.revision == 1)
        #expect(report.problems(.textUnderBox).isEmpty)
        // qpdf agrees that the file is well formed.
        let url = try LeakyPDF.write(updated, name: "updated.pdf")
        let check = try ProcessRunner.tool("qpdf", ["--check", url.path])
        #expect(check.status == 0)
        // With the name as a term it is found in revision 1 only.
        let withTerms = try VerifyTestSupport.verify(updated, terms: ["Ana Petrović"])
        #expect(withTerms.problems(.term, .leak).allSatisfy { $0.revision == 1 })
        #expect(!withTerms.problems(.term, .leak).isEmpty)
    }

    @Test("comments, form values, attachments, scripts and hidden layers are reported")
    func hiddenContent() throws {
        let content = "BT /F1 12 Tf 72 700 Td (An ordinary page.) Tj ET"
        let embedded = "Notes about Ana Petrovic, born 1990."
        let objects = LeakyPDF.onePage(
            content: content, annotations: "[6 0 R 7 0 R]",
            extraCatalog: "/AcroForm << /Fields [7 0 R] >> /Names << /EmbeddedFiles << /Names [(notes.txt) 8 0 R] >> /JavaScript << /Names [(init) 10 0 R] >> >> /OCProperties << /OCGs [11 0 R] /D << /OFF [11 0 R] >> >>",
            more: [
                "<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /Contents (Check the name Ana Petrovic) /T (Reviewer) >>",
                "<< /Type /Annot /Subtype /Widget /FT /Tx /T (victim) /V (Ana Petrovic) /Rect [72 600 300 620] /P 3 0 R >>",
                "<< /Type /Filespec /F (notes.txt) /UF (notes.txt) /EF << /F 9 0 R >> >>",
                LeakyPDF.stream(embedded, dictionary: "/Type /EmbeddedFile"),
                "<< /S /JavaScript /JS (app.alert\\('hello'\\);) >>",
                "<< /Type /OCG /Name (Unredacted names) >>",
            ])
        let data = LeakyPDF.objects(objects)
        let report = try VerifyTestSupport.verify(data)
        let hidden = report.problems(.hiddenContent)
        #expect(hidden.contains { $0.location == "Text annotation contents" && $0.severity == .warning })
        #expect(hidden.contains { $0.location == "form field value" && $0.text == "Ana Petrovic" })
        #expect(hidden.contains { $0.location == "attachment 1" && $0.text?.hasPrefix("notes.txt") == true })
        #expect(hidden.contains { $0.location?.contains("JavaScript") == true || $0.location?.contains("script") == true })
        #expect(hidden.contains { $0.location == "hidden layer" && $0.text == "Unredacted names" })
        #expect(report.count(.leak) == 0)
        // With the name as a term: found in the comment, the form field and the attachment's contents.
        let withTerms = try VerifyTestSupport.verify(data, terms: ["Ana Petrović"])
        let locations = Set(withTerms.problems(.term, .leak).compactMap(\.location))
        #expect(locations.contains("contents of a Text annotation"))
        #expect(locations.contains("form field"))
        #expect(locations.contains("attachment 1 contents"))
    }

    @Test("a name only in an unreferenced object is found by the raw scan")
    func unreferencedObject() throws {
        let content = "BT /F1 12 Tf 72 700 Td (The victim was present.) Tj ET"
        let objects = LeakyPDF.onePage(content: content, more: [LeakyPDF.stream("BT /F1 12 Tf 72 700 Td (The victim Ana Petrovic was present.) Tj ET")])
        let data = LeakyPDF.objects(objects)
        #expect(try VerifyTestSupport.verify(data).count(.leak) == 0)
        let report = try VerifyTestSupport.verify(data, terms: ["Ana Petrović"])
        let raw = report.problems(.term, .leak)
        #expect(raw.count == 1)
        #expect(raw.first?.location == "raw file objects")
    }

    @Test("a page without a text layer is a notice, not a pass and not a failure")
    func imageOnlyPage() throws {
        let data = try LeakyPDF.drawn(pages: [{ page in page.box(x: 72, y: 72, width: 200, height: 20) }])
        let report = try VerifyTestSupport.verify(data)
        #expect(report.pagesWithoutText == [1])
        #expect(report.verdict == .incomplete)
        #expect(!report.verdict.fails(strict: false))
        #expect(report.verdict.fails(strict: true))
    }
}
