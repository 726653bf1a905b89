import BlacklineCore
import Extraction
import FixtureKit
import Foundation
import PolicyEngine
import Redaction
import Testing

@Suite("Secure PDF output: determinism, atomicity, geometry")
struct PDFOutputTests {
    /// Redacts `pdf` with items for the given substrings (all occurrences, or a range in the text).
    static func redact(
        _ pdf: URL, spans: [Range<Int>], options: RedactionOptions = RedactionOptions(dpi: 72, workers: 2), output: URL,
        manifest: URL? = nil, areas: [AreaRedaction] = []
    ) throws -> (ExtractedDocument, RedactionResult) {
        let document = try Extractor.extract(.file(pdf), options: ExtractionOptions(includeBoxes: true, workers: 1))
        let scalars = Array(document.text.unicodeScalars)
        let items = spans.map { range in
            RedactionItem(
                start: range.lowerBound, end: range.upperBound, page: 1, text: String(String.UnicodeScalarView(scalars[range])),
                category: .personName, rule: "test", exemptions: ["(b)(6)"], party: "victim-1")
        }
        let job = RedactionJob(input: .file(pdf), output: output, manifest: manifest, options: options)
        let provenance = Provenance(input: .init(path: pdf.path, sha256: try SHA256.hex(ofFileAt: pdf)))
        return (document, try RedactionPipeline.run(job, document: document, provenance: provenance, items: items, areas: areas))
    }

    /// The scalar range of the first occurrence of `needle` in `text`.
    static func range(of needle: String, in text: String) throws -> Range<Int> {
        let scalars = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        for start in 0...(scalars.count - n.count) where Array(scalars[start..<start + n.count]) == n {
            return start..<start + n.count
        }
        throw GeneralError(.internal, "not found in the fixture")
    }

    @Test("identical input and options give byte-identical output and manifest")
    func determinism() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = Fixtures.corpus.appendingPathComponent("dev-01.pdf")
        let text = try Extractor.extract(.file(pdf)).text
        let spans = [try Self.range(of: "WANG Fang", in: text), try Self.range(of: "0303996755129", in: text)]
        var outputs: [Data] = []
        var manifests: [Data] = []
        for (n, workers) in [1, 2].enumerated() {
            let out = folder.appendingPathComponent("out\(n).pdf")
            let manifest = folder.appendingPathComponent("m\(n).json")
            _ = try Self.redact(pdf, spans: spans, options: RedactionOptions(dpi: 72, workers: workers), output: out, manifest: manifest)
            outputs.append(try Data(contentsOf: out))
            manifests.append(try Data(contentsOf: manifest).split(separator: UInt8(ascii: "\n")).filter { !String(decoding: $0, as: UTF8.self).contains("\"path\"") }.reduce(Data(), +))
        }
        #expect(outputs[0] == outputs[1])
        #expect(manifests[0] == manifests[1])
        // And the options matter: another resolution gives other bytes.
        let other = folder.appendingPathComponent("other.pdf")
        _ = try Self.redact(pdf, spans: spans, options: RedactionOptions(dpi: 60), output: other)
        #expect(try Data(contentsOf: other) != outputs[0])
        let check = try ProcessRunner.tool("qpdf", ["--check", folder.appendingPathComponent("out0.pdf").path])
        #expect(check.status == 0, "qpdf --check: \(check.stdoutText)")
    }

    @Test("a page that fails part way leaves no output, no manifest, no temporary file, and an existing output untouched")
    func atomicity() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("input.pdf")
        // Page 3 is 200 × 200 inches: at 150 dpi its image would be 30,000 pixels wide, which the
        // renderer refuses, after pages 1 and 2 have been streamed out.
        FixturePDF.write(
            [
                FixturePDF.Page(lines: ["Oštećena Jelena Marković je izjavila"]),
                FixturePDF.Page(lines: ["Druga strana"]),
                FixturePDF.Page(width: 14_400, height: 14_400, lines: ["Treća strana"]),
            ], to: pdf)
        let text = try Extractor.extract(.file(pdf)).text
        let output = folder.appendingPathComponent("out.pdf")
        let manifest = folder.appendingPathComponent("out.manifest.json")
        try Data("previous".utf8).write(to: output)
        #expect(throws: RedactionError.self) {
            _ = try Self.redact(
                pdf, spans: [try Self.range(of: "Jelena Marković", in: text)], options: RedactionOptions(dpi: 150, workers: 2),
                output: output, manifest: manifest)
        }
        #expect(try Data(contentsOf: output) == Data("previous".utf8))
        #expect(!FileManager.default.fileExists(atPath: manifest.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        // At a resolution the page fits, the same input works.
        try FileManager.default.removeItem(at: output)
        _ = try Self.redact(pdf, spans: [try Self.range(of: "Jelena Marković", in: text)], options: RedactionOptions(dpi: 2), output: output)
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    /// Cases for the caron test: a PDF, the capitals to redact, the line below them.
    static func caronCases() throws -> [(String, URL, String, String?)] {
        let folder = try Fixtures.temporaryFolder("carons")
        var cases: [(String, URL, String, String?)] = [
            ("dev-01 letterhead", Fixtures.corpus.appendingPathComponent("dev-01.pdf"), "VIŠE JAVNO TUŽILAŠTVO U ZAJEČARU", nil)
        ]
        let standard = folder.appendingPathComponent("helvetica.pdf")
        FixturePDF.writeStandardFont(lines: ["Svedok ŠABAN ŽIVKOVIŠ je izjavio", "Sledeci red ostaje vidljiv ispod imena"], to: standard)
        cases.append(("Helvetica", standard, "ŠABAN ŽIVKOVIŠ", "Sledeci red ostaje vidljiv ispod imena"))
        for font in ["DejaVu Sans", "DejaVu Serif", "WenQuanYi Micro Hei"] {
            let pdf = folder.appendingPathComponent("\(font).pdf")
            FixturePDF.write(
                [FixturePDF.Page(lines: ["Svedok ŠĆEPANOVIĆ ŽARKO ČEDO je izjavio", "Sledeći red ostaje vidljiv ispod imena"], fontSize: 14, fontFamily: font)],
                to: pdf)
            cases.append((font, pdf, "ŠĆEPANOVIĆ ŽARKO ČEDO", "Sledeći red ostaje vidljiv ispod imena"))
        }
        return cases
    }

    @Test("carons above capitals (Č Š Ž Ć) are covered; the line below stays")
    func carons() throws {
        var inkAboveBoxes = 0
        for (label, pdf, needle, lineBelow) in try Self.caronCases() {
            let folder = try Fixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let text = try Extractor.extract(.file(pdf)).text
            let name = try Self.range(of: needle, in: text)
            let output = folder.appendingPathComponent("out.pdf")
            let baseline = folder.appendingPathComponent("baseline.pdf")
            let (document, _) = try Self.redact(pdf, spans: [name], options: RedactionOptions(dpi: 150), output: output)
            _ = try Self.redact(pdf, spans: [], options: RedactionOptions(dpi: 150), output: baseline)
            let original = try RenderedPage(pdf: pdf, page: 1, dpi: 150)
            let redacted = try RenderedPage(pdf: output, page: 1, dpi: 150)
            let unredacted = try RenderedPage(pdf: baseline, page: 1, dpi: 150)
            let boxes = document.characterBoxes(name).filter { $0.page == 1 }.map(\.box)
            // The name's ink, including what sticks out above poppler's boxes, lies under solid
            // black: per character, from the top of its ink down to the bottom of its box.
            let scale = 150.0 / 72
            var ink = 0
            var uncovered = 0
            for box in boxes {
                let x0 = Int((box.x * scale).rounded(.up)) + 1
                let x1 = Int((box.maxX * scale).rounded(.down)) - 1
                let bottom = Int((box.maxY * scale).rounded(.down)) - 1
                var top = bottom
                for y in max(0, Int((box.y - box.height * 0.4) * scale))..<bottom {
                    for x in x0..<max(x0, x1) where original.luminance[y * original.width + x] < 128 {
                        ink += 1
                        if Double(y) < box.y * scale { inkAboveBoxes += 1 }
                        top = min(top, y)
                    }
                }
                for y in top..<bottom {
                    for x in x0..<max(x0, x1) where redacted.luminance[y * redacted.width + x] >= 100 { uncovered += 1 }
                }
            }
            #expect(ink > 0)
            #expect(uncovered == 0, "\(label): \(uncovered) of \(ink) ink pixels of the name are still visible")
            // The next line keeps every pixel it had.
            if let lineBelow {
                let below = try Self.range(of: lineBelow, in: text)
                for (_, box) in document.characterBoxes(below) {
                    #expect(redacted.darkCount(in: box).dark == unredacted.darkCount(in: box).dark, "\(label): the line below lost ink")
                }
            }
        }
        // At least one case has ink above poppler's boxes (the carons), so the padding is tested.
        #expect(inkAboveBoxes > 0)
    }

    @Test("a name broken across lines, hyphenated, and across a page break is covered on every part")
    func splitNames() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("split.pdf")
        FixturePDF.write(
            [
                FixturePDF.Page(lines: ["Imenovana Milica Đor-", "đević je izjavila da je oštećena Jelena"]),
                FixturePDF.Page(lines: ["Marković radila u motelu."]),
            ], to: pdf)
        let text = try Extractor.extract(.file(pdf)).text
        let hyphenated = try Self.range(of: "Milica Đor-\nđević", in: text)
        let acrossPages = try Self.range(of: "Jelena\u{0C}Marković", in: text)
        let output = folder.appendingPathComponent("out.pdf")
        let (document, result) = try Self.redact(pdf, spans: [hyphenated, acrossPages], options: RedactionOptions(dpi: 100), output: output)
        let pages = [try RenderedPage(pdf: output, page: 1, dpi: 100), try RenderedPage(pdf: output, page: 2, dpi: 100)]
        for range in [hyphenated, acrossPages] {
            for (page, box) in document.characterBoxes(range) {
                let count = pages[page - 1].darkCount(in: box, insetPixels: 1)
                #expect(count.dark == count.total, "a character on page \(page) is not black")
            }
        }
        // Two boxes for the hyphenated name (two lines), one per page for the other.
        let boxes = result.itemBoxes
        let hyphenatedIndex = result.plan.items.firstIndex { $0.start == hyphenated.lowerBound }!
        let acrossIndex = result.plan.items.firstIndex { $0.start == acrossPages.lowerBound }!
        #expect(boxes[hyphenatedIndex]?.count == 2)
        #expect(Set(boxes[acrossIndex]?.map(\.page) ?? []) == [1, 2])
        // The words next to the name on its lines stay readable.
        for word in ["Imenovana", "je izjavila", "radila u motelu"] {
            let range = try Self.range(of: word, in: text)
            var dark = 0
            var total = 0
            for (page, box) in document.characterBoxes(range) {
                let count = pages[page - 1].darkCount(in: box, inset: 0.2)
                dark += count.dark
                total += count.total
            }
            #expect(total > 0 && dark * 100 < total * 85, "\(word) is under a box")
        }
    }

    @Test("1-bit images for text pages, gray for grey areas, RGB for colour; text pages stay small")
    func colorModels() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("mixed.pdf")
        let lines = (1...40).map { "Red \($0): tekst optužnice sa imenima i datumima, 03.03.1996. godine, Zaječar." }
        FixturePDF.write(
            [
                FixturePDF.Page(lines: lines, fontSize: 10),
                FixturePDF.Page(lines: ["Fotografija"], greyBox: (100, 200, 300, 200, 0.5)),
                FixturePDF.Page(lines: ["Pečat"], colourBox: (100, 200, 100, 100)),
            ], to: pdf)
        let output = folder.appendingPathComponent("out.pdf")
        let (_, result) = try Self.redact(pdf, spans: [], options: RedactionOptions(dpi: 150), output: output)
        #expect(result.pages.map(\.colorModel) == [.bilevel, .gray, .rgb])
        #expect(result.pages[0].bytes < 60_000, "text page at 150 dpi: \(result.pages[0].bytes) bytes")
        let text = try ProcessRunner.tool("pdftotext", [output.path, "-"])
        #expect(LeakProbe.normalise(text.stdoutText).isEmpty)
    }

    @Test("exemption codes are drawn into the pixels of the box, never as text")
    func exemptionCodesInBoxes() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("codes.pdf")
        FixturePDF.write([FixturePDF.Page(lines: ["Oštećena Aleksandra Jovanović-Petrović je izjavila"], fontSize: 16)], to: pdf)
        let text = try Extractor.extract(.file(pdf)).text
        let name = try Self.range(of: "Aleksandra Jovanović-Petrović", in: text)
        let output = folder.appendingPathComponent("out.pdf")
        let (_, result) = try Self.redact(pdf, spans: [name], options: RedactionOptions(dpi: 150, exemptionsInBoxes: true), output: output)
        let box = try #require(result.itemBoxes[0]?.first?.box)
        let rendered = try RenderedPage(pdf: output, page: 1, dpi: 150)
        let count = rendered.darkCount(in: box, insetPixels: 1)
        #expect(count.dark < count.total, "no white code text inside the box")
        #expect(count.dark > count.total * 3 / 4, "the box is not mostly black")
        let extracted = try ProcessRunner.tool("pdftotext", [output.path, "-"])
        #expect(!extracted.stdoutText.contains("(b)"))
        #expect(LeakProbe.normalise(extracted.stdoutText).isEmpty)
    }

    @Test("a page without a text layer is refused unless allowed, then listed as unchecked")
    func uncheckedPages() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scan = Fixtures.corpus.appendingPathComponent("dev-10.pdf")
        let output = folder.appendingPathComponent("out.pdf")
        let manifest = folder.appendingPathComponent("out.json")
        let error = #expect(throws: RedactionError.self) {
            _ = try Self.redact(scan, spans: [], output: output)
        }
        #expect(error?.code == .uncheckedPage)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let (_, result) = try Self.redact(
            scan, spans: [], options: RedactionOptions(dpi: 50, allowUncheckedPages: true), output: output, manifest: manifest)
        #expect(result.uncheckedPages == [1])
        let json = try JSONNode.parse(String(contentsOf: manifest, encoding: .utf8), file: "m")
        #expect(json["uncheckedPages"]?.value == .array([.integer(1)]))
    }
}
