import Extraction
import FixtureKit
import Foundation
import Testing

@Suite("blackline extract, end to end")
struct ExtractCommandTests {
    let fixtures: FixtureSet

    init() throws {
        fixtures = try FixtureSet.shared()
    }

    /// Runs `blackline extract` and parses its JSON output.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try ProcessRunner.blackline(["extract"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stderr.isEmpty, "nothing on stderr when it is not a terminal")
        let object = try JSONSerialization.jsonObject(with: result.stdout)
        return try #require(object as? [String: Any])
    }

    static func pages(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["pages"] as? [[String: Any]])
    }

    @Test("JSON has the documented fields; boxes only with --boxes, one per scalar")
    func jsonFields() throws {
        for boxes in [false, true] {
            let output = try json([fixtures.multiPage.path] + (boxes ? ["--boxes"] : []))
            #expect(output["source"] as? String == fixtures.multiPage.path)
            #expect(output["format"] as? String == "pdf")
            #expect(output["pageCount"] as? Int == 4)
            let pages = try Self.pages(output)
            #expect(pages.map { $0["number"] as? Int } == [1, 2, 3, 4])
            for page in pages {
                let text = try #require(page["text"] as? String)
                #expect((page["width"] as? Double ?? 0) > 500 && (page["height"] as? Double ?? 0) > 500)
                #expect(page["hasTextLayer"] as? Bool == true)
                #expect(page["hasFormFields"] as? Bool == false)
                #expect(page["hasAnnotations"] as? Bool == false)
                if boxes {
                    let list = try #require(page["boxes"] as? [[Double]])
                    #expect(list.count == text.unicodeScalars.count)
                    #expect(list.allSatisfy { $0.count == 4 })
                } else {
                    #expect(page["boxes"] == nil)
                }
            }
        }
    }

    @Test("JSON boxes and flags equal the library's, to the hundredth of a point")
    func jsonMatchesLibrary() throws {
        let document = try Extractor.extract(.file(fixtures.formFields), options: ExtractionOptions(includeBoxes: true))
        let page = try #require(try Self.pages(try json([fixtures.formFields.path, "--boxes"])).first)
        #expect(page["text"] as? String == document.pages[0].text)
        #expect(page["hasFormFields"] as? Bool == true && page["hasAnnotations"] as? Bool == true)
        let boxes = try #require(page["boxes"] as? [[Double]])
        for (printed, box) in zip(boxes, document.pages[0].boxes!) {
            for (value, expected) in zip(printed, [box.x, box.y, box.width, box.height]) {
                #expect(abs(value - expected) <= 0.005 + 1e-9)
            }
        }
        let scan = try Self.pages(try json([fixtures.imageOnly.path]))
        #expect(scan.map { $0["hasTextLayer"] as? Bool } == [true, false])
    }

    @Test("--format text prints the document text: pages joined by form feeds")
    func textFormat() throws {
        for url in [fixtures.multiPage, fixtures.multiScript, fixtures.imageOnly] {
            let result = try ProcessRunner.blackline(["extract", url.path])
            #expect(result.status == 0)
            let library = try Extractor.extract(.file(url)).text
            #expect(result.stdoutText == library)
            let pages = try Self.pages(try json([url.path])).compactMap { $0["text"] as? String }
            #expect(result.stdoutText == pages.joined(separator: "\u{0C}"))
        }
    }

    @Test("plain-text input prints its exact bytes; as JSON it is one page without boxes")
    func plainText() throws {
        let result = try ProcessRunner.blackline(["extract", fixtures.plainText.path])
        #expect(result.status == 0)
        #expect(result.stdout == Data(FixtureSet.plainTextContent.utf8))
        let output = try json([fixtures.plainText.path, "--boxes"])
        #expect(output["format"] as? String == "text")
        let pages = try Self.pages(output)
        #expect(pages.count == 1 && pages[0]["text"] as? String == FixtureSet.plainTextContent)
        #expect(pages[0]["boxes"] is NSNull)
        let second = try ProcessRunner.blackline(["extract", fixtures.plainText.path, "--pages", "2"])
        #expect(second.status == 64 && second.stderrText.contains("the document has 1 page"))
        let first = try ProcessRunner.blackline(["extract", fixtures.plainText.path, "--pages", "1"])
        #expect(first.status == 0 && first.stdout == Data(FixtureSet.plainTextContent.utf8))
    }

    @Test("--jobs 2 writes byte for byte what --jobs 1 writes")
    func parallelOutputIdentical() throws {
        for url in [fixtures.multiPage, Fixtures.corpus.appendingPathComponent("dev-08.pdf")] {
            let one = try ProcessRunner.blackline(["extract", url.path, "--format", "json", "--boxes", "--jobs", "1"])
            let two = try ProcessRunner.blackline(["extract", url.path, "--format", "json", "--boxes", "--jobs", "2"])
            #expect(one.status == 0 && two.status == 0)
            #expect(one.stdout == two.stdout)
            let text1 = try ProcessRunner.blackline(["extract", url.path, "-j", "1"])
            let text2 = try ProcessRunner.blackline(["extract", url.path, "-j", "2"])
            #expect(text1.stdout == text2.stdout)
        }
    }

    @Test("--pages selects pages; the JSON still reports the document's page count")
    func pageSelection() throws {
        let output = try json([fixtures.multiPage.path, "--pages", "4,2-3"])
        #expect(try Self.pages(output).map { $0["number"] as? Int } == [2, 3, 4])
        #expect(output["pageCount"] as? Int == 4)
        let text = try ProcessRunner.blackline(["extract", fixtures.multiPage.path, "--pages", "2"])
        #expect(text.stdoutText.hasPrefix("Page 2 of 4") && !text.stdoutText.contains("\u{0C}"))
    }

    @Test("bad --pages and --jobs values are usage errors (64) that explain themselves", arguments: [
        (["--pages", "0"], "\"0\""), (["--pages", "3-1"], "ends before it starts"), (["--pages", "9"], "the document has 4 pages"),
        (["--pages", "2-x"], "\"2-x\""), (["--jobs", "0"], "--jobs must be between"), (["--jobs", "two"], "--jobs expects a whole number"),
    ])
    func badOptions(options: [String], message: String) throws {
        let result = try ProcessRunner.blackline(["extract", fixtures.multiPage.path] + options)
        #expect(result.status == 64)
        #expect(result.stderrText.contains(message), "\(result.stderrText)")
        #expect(result.stdout.isEmpty)
    }

    @Test("each bad input has its own message and the right exit code, and prints nothing", arguments: [
        ("truncated.pdf", [String](), Int32(65), "damaged or truncated"), ("empty.pdf", [], 65, "the file is empty"),
        ("not-a-pdf.pdf", [], 65, "not a PDF file"), ("missing.pdf", [], 66, "no such file"),
        ("encrypted.pdf", [], 65, "give its password with --password"), ("encrypted.pdf", ["--password", "nope"], 65, "password is wrong"),
    ])
    func badInputs(name: String, options: [String], status: Int32, message: String) throws {
        let path = fixtures.folder.appendingPathComponent(name).path
        for format in ["text", "json"] {
            let result = try ProcessRunner.blackline(["extract", path, "--format", format] + options)
            #expect(result.status == status)
            #expect(result.stderrText.hasPrefix("blackline: error: \(path): "))
            #expect(result.stderrText.contains(message), "\(result.stderrText)")
            #expect(result.stdout.isEmpty, "no partial output")
        }
    }

    @Test("an encrypted PDF with its password extracts like the plain one")
    func encryptedWithPassword() throws {
        let plain = try ProcessRunner.blackline(["extract", fixtures.multiPage.path])
        let result = try ProcessRunner.blackline(["extract", fixtures.encrypted.path, "--password", FixtureSet.userPassword])
        #expect(result.status == 0)
        #expect(result.stdout == plain.stdout)
    }

    @Test("--fonts adds font runs with scalar offsets")
    func fonts() throws {
        let page = try #require(try Self.pages(try json([fixtures.multiScript.path, "--fonts"])).first)
        let runs = try #require(page["fonts"] as? [[String: Any]])
        let text = try #require(page["text"] as? String)
        #expect(!runs.isEmpty)
        #expect(runs.contains { ($0["font"] as? String ?? "").contains("WenQuanYi") })
        #expect(runs.allSatisfy { ($0["end"] as? Int ?? 0) <= text.unicodeScalars.count })
    }
}
