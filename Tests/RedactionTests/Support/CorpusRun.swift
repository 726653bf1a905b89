import BlacklineCore
import Extraction
import FixtureKit
import Foundation
import PolicyEngine
import Redaction
import Testing

/// A corpus PDF redacted with its gold `protect` spans as findings, and what is needed to check it.
struct CorpusRun {
    let gold: CorpusDocument
    /// The PDF's text with one box per scalar (the same text the redaction used).
    let document: ExtractedDocument
    let protect: [GoldAligner.Alignment]
    let keep: [GoldAligner.Alignment]
    let unmatchedProtect: [GoldSpan]
    let output: URL
    let manifest: URL
    let log: URL
    let result: RedactionResult
    let folder: URL

    /// Justification used for every gold finding (policy text, not document text).
    static let justification = "Identifies a victim of trafficking; disclosure would endanger a person."

    /// The items for a document: every aligned protect range becomes one finding of its person.
    static func items(for alignments: [GoldAligner.Alignment], document: ExtractedDocument, action: Action = .redact) -> [RedactionItem] {
        let scalars = Array(document.text.unicodeScalars)
        var items: [RedactionItem] = []
        for alignment in alignments {
            for range in alignment.ranges {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[range])
                items.append(
                    RedactionItem(
                        start: range.lowerBound, end: range.upperBound, page: 1, text: String(text),
                        category: Category(alignment.span.category), rule: "gold-\(alignment.span.category)", detector: "gold",
                        score: 1, action: action, exemptions: ["(b)(6)", "(b)(7)(C)"], party: alignment.span.who,
                        justification: justification))
            }
        }
        return items
    }

    static func run(_ id: String, dpi: Int = 72, options: RedactionOptions? = nil, extraItems: [RedactionItem] = []) throws -> CorpusRun {
        let gold = try CorpusDocument.load(id)
        let document = try Extractor.extract(.file(gold.pdf), options: ExtractionOptions(includeBoxes: true, workers: 1))
        let (protect, unmatched) = GoldAligner.align(gold.protect, txt: gold.text, pdfText: document.text)
        let (keep, _) = GoldAligner.align(gold.keep, txt: gold.text, pdfText: document.text)
        let folder = try Fixtures.temporaryFolder("redaction-\(id)")
        let output = folder.appendingPathComponent("\(id).redacted.pdf")
        let manifest = folder.appendingPathComponent("\(id).manifest.json")
        let log = folder.appendingPathComponent("\(id).log.md")
        var runOptions = options ?? RedactionOptions(dpi: dpi, workers: 2)
        runOptions.dpi = dpi
        let job = RedactionJob(input: .file(gold.pdf), output: output, manifest: manifest, log: log, options: runOptions)
        let provenance = Provenance(input: .init(path: gold.pdf.path, sha256: try SHA256.hex(ofFileAt: gold.pdf)))
        let result = try RedactionPipeline.run(
            job, document: document, provenance: provenance, items: items(for: protect, document: document) + extraItems)
        return CorpusRun(
            gold: gold, document: document, protect: protect, keep: keep, unmatchedProtect: unmatched, output: output,
            manifest: manifest, log: log, result: result, folder: folder)
    }
}

/// Pixels of a rendered PDF page, for checking what is black.
struct RenderedPage {
    let width: Int
    let height: Int
    let scale: Double
    /// Luminance per pixel.
    let luminance: [UInt8]

    init(pdf: URL, page: Int, dpi: Int) throws {
        let probe = try RasterProbe(pdf: pdf, page: page, dpi: dpi)
        width = probe.width
        height = probe.height
        scale = probe.scale
        luminance = probe.luminance
    }

    /// (dark pixels, all pixels) inside `box` (points), shrunk by `inset` of its size on each side.
    func darkCount(in box: TextBox, inset: Double = 0, insetPixels: Double = 0) -> (dark: Int, total: Int) {
        let x0 = Int(((box.x + box.width * inset) * scale + insetPixels).rounded(.up))
        let x1 = Int(((box.maxX - box.width * inset) * scale - insetPixels).rounded(.down))
        let y0 = Int(((box.y + box.height * inset) * scale + insetPixels).rounded(.up))
        let y1 = Int(((box.maxY - box.height * inset) * scale - insetPixels).rounded(.down))
        var dark = 0
        var total = 0
        guard x1 > x0, y1 > y0 else { return (0, 0) }
        for y in max(0, y0)..<min(height, y1) {
            for x in max(0, x0)..<min(width, x1) {
                total += 1
                if luminance[y * width + x] < 100 { dark += 1 }
            }
        }
        return (dark, total)
    }
}

extension ExtractedDocument {
    /// (page number, box) of each visible character of `range`.
    func characterBoxes(_ range: Range<Int>) -> [(page: Int, box: TextBox)] {
        let scalars = Array(text.unicodeScalars)
        var out: [(Int, TextBox)] = []
        for offset in range {
            let scalar = scalars[offset]
            if scalar.properties.isWhitespace || scalar == "\u{0C}" { continue }
            let index = pageIndex(containingOffset: offset)
            let page = pages[index]
            guard let boxes = page.boxes else { continue }
            let box = boxes[offset - pageStartOffsets[index]]
            if !box.isEmpty { out.append((page.number, box)) }
        }
        return out
    }
}
