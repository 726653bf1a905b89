import FixtureKit
import Foundation
import Testing

/// `blackline verify` end to end: the built binary on the committed corpus and on generated files.
@Suite("blackline verify")
struct VerifyCommandTests {
    static let badRedactions = Fixtures.corpus.appendingPathComponent("bad-redactions")

    func verify(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.blackline(["verify", "--dpi", "72"] + arguments, environment: ["NO_COLOR": "1"])
    }

    func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    func problems(_ document: [String: Any]) -> [[String: Any]] {
        document["problems"] as? [[String: Any]] ?? []
    }

    @Test("overlay boxes: exit 1, JSON problems with type, page, box, severity and hint, no text")
    func overlayJSON() throws {
        let result = try verify([Self.badRedactions.appendingPathComponent("overlay-boxes.pdf").path, "--format", "json"])
        #expect(result.status == 1)
        let document = try json(result)
        #expect(document["verdict"] as? String == "unsafe")
        let underBox = problems(document).filter { $0["type"] as? String == "text-under-box" }
        #expect(!underBox.isEmpty)
        for problem in underBox {
            #expect(problem["severity"] as? String == "leak")
            #expect(problem["page"] as? Int != nil)
            #expect((problem["box"] as? [Double])?.count == 4)
            #expect((problem["length"] as? Int ?? 0) > 0)
            #expect(problem["masked"] as? String != nil)
            #expect(problem["text"] == nil)
            #expect(!(problem["hint"] as? String ?? "").isEmpty)
        }
        // No protected string appears anywhere in the output or on stderr without --show-text.
        for leaked in ["WANG Fang", "Jelena", "0303996755129", "王芳"] {
            #expect(!result.stdoutText.contains(leaked))
            #expect(!result.stderrText.contains(leaked))
        }
    }

    @Test("--show-text prints the recovered text")
    func showText() throws {
        let path = Self.badRedactions.appendingPathComponent("overlay-boxes.pdf").path
        let text = try verify([path, "--show-text"])
        #expect(text.status == 1)
        #expect(text.stdoutText.contains("WANG Fang"))
        let json = try verify([path, "--show-text", "--format", "json"])
        let texts = problems(try self.json(json)).compactMap { $0["text"] as? String }
        #expect(texts.contains { $0.contains("Jelenu Marković") })
    }

    @Test("exit codes: leaks 1; warnings and unchecked pages 0 unless --strict", arguments: [
        ("overlay-boxes.pdf", Int32(1), Int32(1)), ("white-text.pdf", 1, 1), ("incremental-update.pdf", 1, 1),
        ("metadata-leak.pdf", 1, 1), ("clean-redacted.pdf", 0, 1),
    ])
    func exitCodes(file: String, plain: Int32, strict: Int32) throws {
        let path = Self.badRedactions.appendingPathComponent(file).path
        #expect(try verify([path]).status == plain)
        #expect(try verify([path, "--strict"]).status == strict)
    }

    @Test("the clean control passes and says its page could not be checked for hidden text")
    func cleanControl() throws {
        let result = try verify([Self.badRedactions.appendingPathComponent("clean-redacted.pdf").path, "--format", "json"])
        #expect(result.status == 0)
        let document = try json(result)
        #expect(document["pagesWithoutText"] as? [Int] == [1])
        #expect(problems(document).contains { $0["type"] as? String == "not-checkable" })
        #expect(!problems(document).contains { $0["severity"] as? String == "leak" })
    }

    @Test("with its case registry the metadata leak fails, with the term located in the metadata")
    func caseRegistry() throws {
        let result = try verify([
            Self.badRedactions.appendingPathComponent("metadata-leak.pdf").path, "--case",
            Fixtures.corpus.appendingPathComponent("dev-05.case.json").path, "--format", "json",
        ])
        #expect(result.status == 1)
        let terms = problems(try json(result)).filter { $0["type"] as? String == "term" }
        #expect(terms.contains { $0["location"] as? String == "Info Title" })
        #expect(!result.stdoutText.contains("Vũ Thị Mai"))
    }

    @Test("--terms reads one term per line and finds them in the earlier revision")
    func termsFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let terms = folder.appendingPathComponent("terms.txt")
        try "# victims\nLi Na\n\n370202198806124525\n".write(to: terms, atomically: true, encoding: .utf8)
        let result = try verify([
            Self.badRedactions.appendingPathComponent("incremental-update.pdf").path, "--terms", terms.path, "--format", "json",
        ])
        #expect(result.status == 1)
        let document = try json(result)
        #expect(document["terms"] as? Int == 2)
        let found = problems(document).filter { $0["type"] as? String == "term" }
        #expect(!found.isEmpty && found.allSatisfy { $0["revision"] as? Int == 1 })
    }

    @Test("a folder: every PDF verified, a summary, exit 1 when any file leaks")
    func folder() throws {
        let result = try verify([Self.badRedactions.path, "--jobs", "2"])
        #expect(result.status == 1)
        let summary = try #require(result.stdoutText.split(separator: "\n").last)
        #expect(summary.contains("5 PDF files"))
        #expect(summary.contains("4 unsafe"))
        let json = try verify([Self.badRedactions.path, "--format", "json"])
        let document = try self.json(json)
        #expect((document["files"] as? [[String: Any]])?.count == 5)
        #expect((document["summary"] as? [String: Any])?["unsafe"] as? Int == 4)
    }

    @Test("a folder of clean files passes; a damaged file in it fails with its own code")
    func folderWithDamage() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(
            at: Self.badRedactions.appendingPathComponent("clean-redacted.pdf"), to: folder.appendingPathComponent("a.pdf"))
        #expect(try verify([folder.path]).status == 0)
        try Data("%PDF-1.4\n1 0 obj garbage".utf8).write(to: folder.appendingPathComponent("b.pdf"))
        let result = try verify([folder.path])
        #expect(result.status == 65)
        #expect(result.stderrText.contains("b.pdf"))
    }

    @Test("input errors: missing file 66, bad options 64", arguments: [
        (["/nonexistent/released.pdf"] as [String], Int32(66)), (["--dpi", "10", "x.pdf"], Int32(64)),
        (["x.pdf", "--format", "xml"], Int32(64)),
    ])
    func inputErrors(arguments: [String], status: Int32) throws {
        let result = try ProcessRunner.blackline(["verify"] + arguments)
        #expect(result.status == status)
        #expect(result.stderrText.hasPrefix("blackline: error: "))
    }

    @Test("a damaged PDF and an empty folder are errors")
    func damaged() throws {
        let folder = try Fixtures.temporaryFolder()
        let damaged = folder.appendingPathComponent("damaged.pdf")
        try Data("%PDF-1.7\nthis is not a PDF body".utf8).write(to: damaged)
        #expect(try verify([damaged.path]).status == 65)
        let empty = try Fixtures.temporaryFolder()
        #expect(try verify([empty.path]).status == 66)
    }

    @Test("an encrypted PDF needs its password")
    func encrypted() throws {
        let folder = try Fixtures.temporaryFolder()
        let encrypted = folder.appendingPathComponent("encrypted.pdf")
        let qpdf = try ProcessRunner.tool("qpdf", [
            "--encrypt", "secret", "owner", "256", "--",
            Self.badRedactions.appendingPathComponent("overlay-boxes.pdf").path, encrypted.path,
        ])
        #expect(qpdf.status == 0)
        #expect(try verify([encrypted.path]).status == 65)
        #expect(try verify([encrypted.path, "--password", "secret"]).status == 1)
    }

    @Test("a generated box over live text is caught end to end")
    func generated() throws {
        let data = LeakyPDF.objects(LeakyPDF.onePage(content: """
            BT /F1 12 Tf 72 700 Td (The victim Ana Petrovic was present.) Tj ET
            0 0 0 rg 128 694 76 18 re f
            """))
        let url = try LeakyPDF.write(data, name: "boxed.pdf")
        let result = try verify([url.path, "--show-text"])
        #expect(result.status == 1)
        #expect(result.stdoutText.contains("Ana Petrovic"))
        #expect(result.stdoutText.contains("text-under-box"))
    }
}
