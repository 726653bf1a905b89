import BlacklineCore
import Extraction
import FixtureKit
import Foundation
import Testing

@Suite("Opening documents: passwords and bad inputs give typed errors")
struct OpeningErrorTests {
    let fixtures: FixtureSet

    init() throws {
        fixtures = try FixtureSet.shared()
    }

    /// The error code `body` throws, or nil when it throws none.
    static func code(_ body: () throws -> Void) -> ExtractionError.Code? {
        do {
            try body()
            return nil
        } catch let error as ExtractionError {
            return error.code
        } catch {
            Issue.record("not an ExtractionError: \(error)")
            return nil
        }
    }

    @Test("an encrypted PDF: no password, a wrong one, the user's and the owner's (file and memory)")
    func encrypted() throws {
        let bytes = try Data(contentsOf: fixtures.encrypted)
        for source in [DocumentSource.file(fixtures.encrypted), .data(bytes, name: "encrypted.pdf")] {
            #expect(Self.code { _ = try PDFDocument.open(source) } == .passwordRequired)
            // A wrong password through the in-memory path crashes poppler_document_new_from_bytes;
            // the stream path must return an error instead.
            for wrong in ["", "wrong", FixtureSet.userPassword.uppercased()] {
                #expect(Self.code { _ = try PDFDocument.open(source, password: wrong) } == .wrongPassword)
            }
            let plain = try Extractor.extract(.file(fixtures.multiPage)).text
            for password in [FixtureSet.userPassword, FixtureSet.ownerPassword] {
                let document = try Extractor.extract(source, options: ExtractionOptions(password: password, workers: 2))
                #expect(document.text == plain)
            }
        }
    }

    @Test("an owner-password-only PDF opens without a password")
    func ownerOnly() throws {
        let document = try Extractor.extract(.file(fixtures.ownerOnlyEncrypted))
        #expect(document.text == FixtureSet.multiScriptLines.joined(separator: "\n"))
    }

    @Test("each bad input has its own code; the file's content never appears in the message", arguments: [
        ("truncated.pdf", ExtractionError.Code.damaged, FailureKind.badInput),
        ("empty.pdf", .emptyFile, .badInput),
        ("not-a-pdf.pdf", .notPDF, .badInput),
        ("no-such-file.pdf", .fileNotFound, .missingInput),
    ])
    func badInputs(name: String, expected: ExtractionError.Code, kind: FailureKind) throws {
        let url = fixtures.folder.appendingPathComponent(name)
        do {
            _ = try Extractor.extract(.file(url, displayName: name))
            Issue.record("\(name) opened")
        } catch let error as ExtractionError {
            #expect(error.code == expected)
            #expect(error.kind == kind)
            #expect(error.message.hasPrefix("\(name): "))
        }
        if FileManager.default.fileExists(atPath: url.path) {
            let bytes = try Data(contentsOf: url)
            #expect(Self.code { _ = try PDFDocument.open(.data(bytes, name: name)) } == expected)
        }
    }

    @Test("a damaged file under another extension is still recognised by its content")
    func sniffing() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("scan.bin")
        try DamagedFiles.notPDF.write(to: binary)
        #expect(Self.code { _ = try Extractor.extract(.file(binary)) } == .notPDF)
        let pdf = folder.appendingPathComponent("upload")
        try FileManager.default.copyItem(at: fixtures.multiScript, to: pdf)
        #expect(try Extractor.extract(.file(pdf)).format == .pdf)
        let invalidText = folder.appendingPathComponent("latin1.txt")
        try Data([0x4E, 0x61, 0xEF, 0x76, 0x65]).write(to: invalidText)  // "Naïve" in Latin-1
        #expect(Self.code { _ = try Extractor.extract(.file(invalidText)) } == .invalidText)
    }

    @Test("a page whose drawing is damaged opens silently but is flagged as having no text layer")
    func damagedPageIsFlagged() throws {
        let document = try Extractor.extract(.file(fixtures.damagedStream))
        #expect(document.pages.map(\.hasTextLayer) == [false, true, true, true])
        #expect(document.pagesWithoutText == [1])
        #expect(document.pages[0].text.isEmpty)
    }

    @Test("a truncated PDF fails before any page is handed out")
    func truncatedFailsWhole() throws {
        var pages = 0
        #expect(Self.code { try Extractor.forEachPage(.file(fixtures.truncated)) { _ in pages += 1 } } == .damaged)
        #expect(pages == 0)
    }
}
