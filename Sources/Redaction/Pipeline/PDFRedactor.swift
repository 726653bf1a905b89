import BlacklineCore
import Extraction
import Foundation

/// Writes the redacted PDF: every page rendered, boxes burned into the pixels, stored as an
/// image-only page (see `ImagePDFWriter`). Pages are processed in parallel, one poppler document
/// per worker, and streamed to the output in order, so memory stays bounded per page.
public enum PDFRedactor {
    /// What happened on one page.
    public struct PageReport: Equatable, Sendable {
        public var number: Int
        public var width: Double
        public var height: Double
        /// False for a page without a text layer, written only because unchecked pages were allowed.
        public var checked: Bool
        public var hasFormFields: Bool
        public var hasAnnotations: Bool
        /// Form field areas blacked out (with `redactFormFields`).
        public var formFieldAreas: [TextBox]
        public var colorModel: PageImageEncoder.ColorModel
        /// Bytes of the page's objects in the output.
        public var bytes: Int
    }

    /// The pages written and the boxes drawn for each item (by index into the plan's items).
    public struct Report: Sendable {
        public var pages: [PageReport]
        public var itemBoxes: [Int: [(page: Int, box: TextBox)]]
    }

    private struct PageResult: Sendable {
        var objects: ImagePDFWriter.PageObjects
        var report: PageReport
        var itemBoxes: [(item: Int, box: TextBox)]
    }

    /// Per-worker buffers, reused from page to page.
    private final class WorkerState {
        var image: RasterImage?
        let encoder: PageImageEncoder
        init(level: Int) throws { encoder = try PageImageEncoder(compressionLevel: level) }
    }

    /// Pages of `document` that cannot be checked (no text layer); throws unless they are allowed.
    public static func checkTextLayers(_ document: ExtractedDocument, options: RedactionOptions) throws -> [Int] {
        let unchecked = document.pagesWithoutText
        if !unchecked.isEmpty, !options.allowUncheckedPages {
            let list = unchecked.map(String.init).joined(separator: ", ")
            throw RedactionError(
                .uncheckedPage, source: document.source,
                detail: "page\(unchecked.count == 1 ? "" : "s") \(list) \(unchecked.count == 1 ? "has" : "have") no text layer (a scan or an image), so \(unchecked.count == 1 ? "it" : "they") cannot be checked for names; run OCR first, or pass --allow-unchecked-pages to write \(unchecked.count == 1 ? "it" : "them") as they are (listed as unchecked)")
        }
        return unchecked
    }

    /// Renders and writes every page of `source` (which `document` was extracted from).
    public static func write(
        source: DocumentSource, password: String?, document: ExtractedDocument, plan: RedactionPlan,
        options: RedactionOptions, output: HashingOutput, progress: any ProgressReporter = SilentProgress()
    ) throws -> Report {
        _ = try checkTextLayers(document, options: options)
        let pdf = try PDFDocument.open(source, password: password)
        guard pdf.pageCount == document.pages.count, pdf.pageCount > 0 else {
            throw RedactionError(
                .renderFailure, source: document.source,
                detail: "the document has \(pdf.pageCount) pages but \(document.pages.count) were extracted")
        }
        let writer = try ImagePDFWriter(output: output, pageCount: pdf.pageCount)
        var report = Report(pages: [], itemBoxes: [:])
        progress.begin(total: pdf.pageCount, label: "redacting")
        defer { progress.finish() }
        let dpi = options.dpi
        let level = options.compressionLevel
        try PageWorkerPool(workers: options.workers).run(
            document: pdf, pages: Array(1...pdf.pageCount), progress: progress,
            makeState: { try WorkerState(level: level) },
            work: { pdf, state, number in
                try redactPage(pdf, number: number, document: document, plan: plan, options: options, dpi: dpi, state: state)
            },
            consume: { _, result in
                try writer.append(result.objects)
                report.pages.append(result.report)
                for (item, box) in result.itemBoxes { report.itemBoxes[item, default: []].append((result.report.number, box)) }
            })
        try writer.finish()
        return report
    }

    private static func redactPage(
        _ pdf: PDFDocument, number: Int, document: ExtractedDocument, plan: RedactionPlan, options: RedactionOptions,
        dpi: Int, state: WorkerState
    ) throws -> PageResult {
        let page = try pdf.page(number)
        let expected = document.pages[number - 1]
        let pieces = plan.pieces[number] ?? []
        var textBoxes: [(item: Int, rect: TextBox, text: String?)] = []
        var obstacles: [TextBox] = []
        if !pieces.isEmpty {
            let content = try page.content(includeBoxes: true)
            guard content.text == expected.text, let boxes = content.boxes else {
                throw RedactionError(
                    .renderFailure, source: document.source,
                    detail: "page \(number): the text read for rendering differs from the text the redactions were made on")
            }
            let scalars = Array(content.text.unicodeScalars)
            var hidden = [Bool](repeating: false, count: scalars.count)
            for piece in pieces { for i in piece.range { hidden[i] = true } }
            let geometry = RedactionGeometry()
            for piece in pieces {
                let rects = geometry.rectangles(for: piece.range, scalars: scalars, boxes: boxes, hidden: hidden)
                guard !rects.isEmpty else {
                    // Text with no visible boxes (only whitespace or characters poppler gives no area):
                    // nothing is drawn on the page for it, so there is nothing to cover.
                    continue
                }
                for (n, rect) in rects.enumerated() {
                    textBoxes.append((piece.item, rect, n == 0 ? piece.boxText : nil))
                }
            }
            for (index, box) in boxes.enumerated() where !hidden[index] && !box.isEmpty && !scalars[index].properties.isWhitespace {
                obstacles.append(box)
            }
        }
        var paint: [BoxPainter.Box] = []
        let hasFormFields = expected.hasFormFields
        var formAreas: [TextBox] = []
        if options.redactFormFields, hasFormFields {
            formAreas = page.formFieldAreas()
            paint += formAreas.map { BoxPainter.Box($0) }
        }
        for area in plan.areas where area.page == number && area.decision == .redact {
            paint.append(BoxPainter.Box(area.box, text: options.exemptionsInBoxes && !area.exemptions.isEmpty ? area.exemptions.joined(separator: ", ") : nil))
        }

        let (width, height) = page.pixelSize(dpi: Double(dpi))
        let image: RasterImage
        if let reusable = state.image, reusable.width == width, reusable.height == height {
            image = reusable
        } else {
            do {
                image = try RasterImage(width: width, height: height)
            } catch {
                throw RedactionError(
                    .renderFailure, source: document.source, detail: "page \(number): cannot render a \(width)×\(height) pixel image at \(dpi) dpi")
            }
            state.image = image
        }
        page.render(into: image, dpi: Double(dpi))
        // Boxes from font metrics, grown over the ink the substituted or embedded font really drew.
        let grown = InkCoverage().grow(textBoxes.map(\.rect), in: image, dpi: dpi, obstacles: obstacles)
        var itemBoxes: [(item: Int, box: TextBox)] = []
        for (entry, rect) in zip(textBoxes, grown) { itemBoxes.append((entry.item, rect)) }
        paint = zip(textBoxes, grown).map { BoxPainter.Box($1, text: $0.text) } + paint
        BoxPainter().paint(paint, on: image, dpi: dpi)
        let encoded = try state.encoder.encode(image, mode: options.colorMode)
        let size = page.size
        let objects = ImagePDFWriter.pageObjects(index: number - 1, width: size.width, height: size.height, image: encoded)
        let report = PageReport(
            number: number, width: size.width, height: size.height, checked: expected.hasTextLayer,
            hasFormFields: hasFormFields, hasAnnotations: expected.hasAnnotations, formFieldAreas: formAreas,
            colorModel: encoded.model, bytes: objects.bytes.count)
        return PageResult(objects: objects, report: report, itemBoxes: itemBoxes)
    }
}
