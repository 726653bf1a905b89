// FixtureKit: test support shared by every module's tests.
//
// - `Fixtures`: paths of committed fixtures (corpus, x-ray PDFs), the built binary, temp folders.
// - `ProcessRunner`: runs the built `blackline` and reference tools (pdftotext, qpdf).
// - `FixtureSet.shared()`: standard generated PDFs (multi-script, ligatures, multi-page, rotated,
//   encrypted, owner-only, form fields, image-only, damaged stream, truncated, empty, not-a-PDF,
//   plain text) with constants saying exactly what they contain.
// - `PDFComposer`: typeset your own PDFs with cairo (pages of any size, any script, wrapped
//   paragraphs, headings, tables, running headers/footers, scanned images, ligatures).
// - `QPDF`, `FormFieldPDF`, `DamagedFiles`: encrypted/rotated/concatenated, form and broken inputs.
// - `SampleIndictment`, `CaseFile`: the bundled sample and the corpus case-registry format.
//
// Generate fixtures at test time into `Fixtures.temporaryFolder()`; they take milliseconds.
import Foundation

/// Paths of the committed test fixtures and of the built `blackline` binary.
public enum Fixtures {
    /// The package's root folder.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // FixtureKit
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Tests/Fixtures`.
    public static let root = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// The gold-annotated development corpus (`ID.txt`, `ID.pdf`, `ID.case.json`, `ID.gold.json`).
    public static let corpus = root.appendingPathComponent("corpus")

    /// Free Law Project x-ray's PDFs with `expected.json`.
    public static let xray = root.appendingPathComponent("xray")

    /// Corpus document ids: dev-01 … dev-10.
    public static var corpusIDs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
    }

    /// The built `blackline` executable: `$BLACKLINE_BIN`, else next to the test bundle, else
    /// `.build/debug/blackline`.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["BLACKLINE_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("blackline"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("blackline"),
            packageRoot.appendingPathComponent(".build/debug/blackline"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// A fresh empty temporary folder, removed by the caller (or left for the OS).
    public static func temporaryFolder(_ label: String = "blackline-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
