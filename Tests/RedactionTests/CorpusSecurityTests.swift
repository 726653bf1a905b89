import Extraction
import FixtureKit
import Foundation
import Redaction
import Testing

/// Every corpus PDF redacted with its gold protect spans: nothing protected may be recoverable
/// from the output by any means, every protected character must be under black, and nothing the
/// gold marks `keep` may be.
@Suite("Secure PDF output on the development corpus")
struct CorpusSecurityTests {
    /// Corpus PDFs with a text layer (dev-10 is a scan, tested separately).
    static let ids = Fixtures.corpusIDs.filter { $0 != "dev-10" }

    @Test("every gold protect string is found in the PDF text", arguments: ids)
    func alignment(id: String) throws {
        let gold = try CorpusDocument.load(id)
        let document = try Extractor.extract(.file(gold.pdf), options: ExtractionOptions(workers: 1))
        let (_, unmatched) = GoldAligner.align(gold.protect, txt: gold.text, pdfText: document.text)
        #expect(unmatched.isEmpty, "\(id): \(unmatched.count) protect spans not aligned: \(unmatched.map { "\($0.start)" })")
    }

    @Test("no protected string can be recovered, every protected character is black, keep text stays visible", arguments: ids)
    func secureOutput(id: String) throws {
        let run = try CorpusRun.run(id)
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let needles = run.gold.protect.map(\.text)
        // Short numbers (an age "15") occur in any file's structure as object numbers and offsets;
        // they are checked in the text channels only.
        let wordNeedles = needles.filter { !(LeakProbe.normalise($0).count < 6 && $0.allSatisfy { !$0.isLetter }) }
        #expect(run.unmatchedProtect.isEmpty)
        #expect(!run.protect.isEmpty)

        // 1. Text extraction finds nothing at all (image-only pages).
        let text = try ProcessRunner.tool("pdftotext", ["-enc", "UTF-8", run.output.path, "-"])
        #expect(text.status == 0)
        #expect(LeakProbe.leaks(of: needles, in: text.stdoutText).isEmpty)
        #expect(LeakProbe.normalise(text.stdoutText).isEmpty, "the output has a text layer")

        // 2. No fonts.
        let fonts = try ProcessRunner.tool("pdffonts", [run.output.path])
        #expect(fonts.status == 0)
        #expect(fonts.stdoutText.split(separator: "\n").count == 2, "pdffonts lists fonts: \(fonts.stdoutText)")

        // 3. No metadata: no XMP, no Info fields.
        let meta = try ProcessRunner.tool("pdfinfo", ["-meta", run.output.path])
        #expect(meta.status == 0)
        #expect(meta.stdoutText.isEmpty)
        let info = try ProcessRunner.tool("pdfinfo", [run.output.path])
        for field in ["Title:", "Author:", "Subject:", "Keywords:", "Creator:", "Producer:", "CreationDate:", "ModDate:"] {
            #expect(!info.stdoutText.contains(field), "pdfinfo shows \(field)")
        }

        // 4. The decompressed file: nothing outside the image streams, nothing long enough to be
        //    meaningful anywhere.
        let qdf = run.folder.appendingPathComponent("qdf.pdf")
        let expand = try ProcessRunner.tool("qpdf", ["--qdf", "--object-streams=disable", run.output.path, qdf.path])
        #expect(expand.status == 0, "qpdf: \(expand.stderrText)")
        let raw = try Data(contentsOf: qdf)
        #expect(LeakProbe.leaks(of: wordNeedles, in: LeakProbe.nonStreamText(ofPDF: raw)).isEmpty)
        let latin1 = String(decoding: raw.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        #expect(LeakProbe.leaks(of: needles, in: latin1, minimumLength: 6).isEmpty)
        // Our own file (qpdf adds an /ID of its own to what it writes).
        let ours = String(decoding: try Data(contentsOf: run.output).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        let structure = LeakProbe.nonStreamText(ofPDF: try Data(contentsOf: run.output))
        for marker in ["/Font", "/Annot", "/AcroForm", "/Outlines", "/EmbeddedFile", "/JavaScript", "/Metadata", "/Info", "/ID", "/Producer", "/CreationDate"] {
            #expect(!structure.contains(marker), "the output contains \(marker)")
        }
        #expect(ours.components(separatedBy: "%%EOF").count == 2, "one revision only")
        #expect(ours.components(separatedBy: "startxref").count == 2, "one revision only")

        // 5. Pixels: every protected character is under black; keep text is not.
        var pages: [Int: RenderedPage] = [:]
        func page(_ number: Int) throws -> RenderedPage {
            if let cached = pages[number] { return cached }
            let rendered = try RenderedPage(pdf: run.output, page: number, dpi: 72)
            pages[number] = rendered
            return rendered
        }
        for alignment in run.protect {
            for range in alignment.ranges {
                var dark = 0
                var total = 0
                for (number, box) in run.document.characterBoxes(range) {
                    let count = try page(number).darkCount(in: box, insetPixels: 1)
                    dark += count.dark
                    total += count.total
                }
                #expect(total == 0 || dark == total, "\(id): protect span at \(alignment.span.start) not fully black (\(dark)/\(total))")
            }
        }
        var keepChecked = 0
        for alignment in run.keep {
            var dark = 0
            var total = 0
            for range in alignment.ranges {
                for (number, box) in run.document.characterBoxes(range) {
                    let count = try page(number).darkCount(in: box, inset: 0.3)
                    dark += count.dark
                    total += count.total
                }
            }
            guard total > 0 else { continue }
            keepChecked += 1
            #expect(Double(dark) < Double(total) * 0.85, "\(id): keep span at \(alignment.span.start) is under a box")
        }
        #expect(keepChecked > 0)

        // 6. The log names no protected text.
        let log = try String(contentsOf: run.log, encoding: .utf8)
        #expect(LeakProbe.leaks(of: needles, in: log).isEmpty)
        // The manifest without --manifest-include-text neither.
        let manifest = try String(contentsOf: run.manifest, encoding: .utf8)
        #expect(LeakProbe.leaks(of: wordNeedles, in: manifest).isEmpty)
    }
}
