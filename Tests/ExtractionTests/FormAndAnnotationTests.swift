import Extraction
import FixtureKit
import Foundation
import Testing

@Suite("Form fields and annotations: flags and places")
struct FormAndAnnotationTests {
    let fixtures: FixtureSet
    let form = FixtureSet.form

    init() throws {
        fixtures = try FixtureSet.shared()
    }

    static func close(_ a: TextBox, _ b: TextBox, tolerance: Double = 0.01) -> Bool {
        abs(a.x - b.x) <= tolerance && abs(a.y - b.y) <= tolerance && abs(a.width - b.width) <= tolerance
            && abs(a.height - b.height) <= tolerance
    }

    @Test("the form page is flagged; the field value is drawn but not in the text")
    func formPageFlags() throws {
        let page = try Extractor.extract(.file(fixtures.formFields)).pages[0]
        #expect(page.hasFormFields && page.hasAnnotations && page.hasTextLayer)
        #expect(page.text == form.pageText)
        #expect(!page.text.contains("Fieldvalue"))
        let plain = try Extractor.extract(.file(fixtures.multiScript)).pages[0]
        #expect(!plain.hasFormFields && !plain.hasAnnotations)
    }

    @Test("field and note areas are where the PDF puts them, on upright and turned pages", arguments: [0, 90, 270])
    func areas(degrees: Int) throws {
        let url = [0: fixtures.formFields, 90: fixtures.formFieldsRotated90, 270: fixtures.formFieldsRotated270][degrees]!
        let document = try PDFDocument.open(.file(url))
        let page = try document.page(1)
        let fields = page.formFieldAreas()
        let expectedField = form.rotated(form.fieldArea, degrees: degrees)
        #expect(fields.count == 1)
        #expect(fields.allSatisfy { Self.close($0, expectedField) }, "field at \(fields), expected \(expectedField)")
        let notes = page.annotations()
        // A sticky note keeps its upright size and turns only its corner (NoRotate).
        let expectedNote = form.rotatedKeepingUpright(form.noteArea, degrees: degrees)
        #expect(notes.map(\.type) == ["Text"])
        #expect(notes.allSatisfy { Self.close($0.area, expectedNote) }, "note at \(notes.map(\.area)), expected \(expectedNote)")
    }

    @Test("the field's value, as pdftotext places it, lies inside the reported field area", arguments: [0, 90, 270])
    func fieldValueInsideArea(degrees: Int) throws {
        let url = [0: fixtures.formFields, 90: fixtures.formFieldsRotated90, 270: fixtures.formFieldsRotated270][degrees]!
        let field = try #require(try PDFDocument.open(.file(url)).page(1).formFieldAreas().first)
        // pdftotext draws widget appearances, so it reports the value's words with their boxes.
        let result = try ProcessRunner.tool("pdftotext", ["-bbox", url.path, "-"])
        let words = Self.wordBoxes(result.stdoutText)
        let valueWords = words.filter { form.fieldValue.split(separator: " ").map(String.init).contains($0.word) }
        #expect(valueWords.count == 2)
        for (word, box) in valueWords {
            #expect(field.intersection(box).map { Self.close($0, box) } == true, "\(word) at \(box) is outside the field \(field)")
        }
    }

    /// `<word xMin=".." yMin=".." xMax=".." yMax="..">text</word>` lines of `pdftotext -bbox`.
    static func wordBoxes(_ html: String) -> [(word: String, box: TextBox)] {
        html.split(separator: "\n").compactMap { line -> (String, TextBox)? in
            guard line.contains("<word ") else { return nil }
            func value(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let x1 = value("xMin"), let y1 = value("yMin"), let x2 = value("xMax"), let y2 = value("yMax"),
                let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>")
            else { return nil }
            return (String(line[line.index(after: open)..<close.lowerBound]), TextBox(x: x1, y: y1, width: x2 - x1, height: y2 - y1))
        }
    }
}
