import BlacklineCore
import Extraction
import Foundation

/// How the review page is made.
public struct ReviewPageOptions: Sendable {
    /// Resolution of the page images: modest, so that 100 pages stay a few megabytes.
    public var dpi: Double
    /// Page-rendering worker threads (each opens its own copy of the PDF).
    public var workers: Int
    /// Gray levels kept in page images (16 keep text smooth and compress well).
    public var grayLevels: Int

    public init(dpi: Double = 96, workers: Int = 1, grayLevels: Int = 16) {
        self.dpi = dpi
        self.workers = workers
        self.grayLevels = grayLevels
    }
}

/// What was written.
public struct ReviewPageSummary: Sendable {
    public var bytes: Int
    public var pages: Int
    public var findings: Int
    /// Bytes of the PNG page images before base64.
    public var imageBytes: Int
}

/// The review page: one self-contained HTML file (inline CSS and script, page images as `data:`
/// URIs, a Content-Security-Policy that forbids every network request) showing each page with
/// the proposed boxes, the findings with their explanations, accept/reject toggles, area drawing,
/// keyboard navigation, and an export button that saves a decisions file for
/// `blackline redact --decisions`.
///
/// The page holds the protected text because the reviewer needs it, and says so at the top. It
/// is written atomically and nowhere else: no temporary copies, no logs.
public enum ReviewPage {
    /// Writes the page for `plan` to `url`.
    public static func write(
        _ plan: ReviewPlan, to url: URL, options: ReviewPageOptions = ReviewPageOptions(),
        progress: any ProgressReporter = SilentProgress()
    ) throws -> ReviewPageSummary {
        var summary = ReviewPageSummary(bytes: 0, pages: plan.document.pages.count, findings: plan.entries.count, imageBytes: 0)
        let exportName = self.exportName(for: plan.inputPath)
        try AtomicFile.write(to: url) { writer in
            try writer.write(head(plan))
            try writer.write(banner(plan))
            try writer.write("<div id=\"layout\">\n<main id=\"pages\" aria-label=\"Pages\">\n")
            if plan.document.format == .pdf {
                summary.imageBytes = try writePages(plan, to: writer, options: options, progress: progress)
            } else {
                try writer.write(textBody(plan))
            }
            try writer.write("</main>\n")
            try writer.write(panel)
            try writer.write("</div>\n")
            try writer.write(help)
            try writer.write("<script type=\"application/json\" id=\"review-data\">")
            try writer.write(HTMLText.scriptJSON(LinearJSON.serialized(plan.pageData(exportName: exportName), pretty: false)))
            try writer.write("</script>\n<script>\n")
            try writer.write(ReviewPageScript.source)
            try writer.write("</script>\n</body>\n</html>\n")
            try writer.flush()
            summary.bytes = writer.bytesWritten
        }
        return summary
    }

    /// The exported decisions file's name: `NAME.decisions.json` for input `NAME.pdf`.
    public static func exportName(for inputPath: String) -> String {
        let stem = URL(fileURLWithPath: inputPath).deletingPathExtension().lastPathComponent
        return (stem.isEmpty ? "review" : stem) + ".decisions.json"
    }

    // MARK: Parts

    static func head(_ plan: ReviewPlan) -> String {
        let name = HTMLText.escape(URL(fileURLWithPath: plan.inputPath).lastPathComponent)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
            <meta name="referrer" content="no-referrer">
            <meta name="robots" content="noindex, nofollow">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>CONFIDENTIAL review — \(name)</title>
            <style>
            \(ReviewPageStyle.source)
            </style>
            </head>

            """
    }

    static func banner(_ plan: ReviewPlan) -> String {
        let name = HTMLText.escape(plan.inputPath)
        let count = plan.entries.count
        return """
            <body class="\(plan.document.format == .pdf ? "pdf" : "text")">
            <div id="confidential" role="alert">
            <strong>Confidential — this page contains the protected text of \(name).</strong>
            It holds the names and identifiers that are to be redacted only because you need them to review the redactions.
            Do not forward, upload, print or keep this file; delete it when the review is done.
            Nothing here is sent anywhere: the page cannot reach the network. The exported decisions file contains no document text.
            </div>
            <header id="toolbar">
            <span class="flag">CONFIDENTIAL</span>
            <h1>Review: \(HTMLText.escape(URL(fileURLWithPath: plan.inputPath).lastPathComponent))</h1>
            <span id="summary">\(count) proposed redaction\(count == 1 ? "" : "s")</span>
            <span id="status" role="status"></span>
            <button type="button" id="help-button" title="Keyboard shortcuts (?)">Keys</button>
            <button type="button" id="export" class="primary" title="Save the decisions file (e)">Export decisions</button>
            </header>

            """
    }

    static let panel = """
        <aside id="panel" aria-label="Findings">
        <section id="legend"><h2>Categories</h2><div id="categories"></div></section>
        <section id="parties-section"><h2>Parties</h2><div id="parties"></div></section>
        <section><h2>Findings</h2><ol id="findings"></ol></section>
        <section id="areas-section"><h2>Areas</h2><p class="hint">Drag a rectangle on a page to black out an area (a signature, a photo).</p><ol id="areas"></ol></section>
        </aside>

        """

    static let help = """
        <div id="help" hidden role="dialog" aria-label="Keyboard shortcuts">
        <h2>Keyboard</h2>
        <dl>
        <dt>j / ↓</dt><dd>next finding</dd><dt>k / ↑</dt><dd>previous finding</dd>
        <dt>space / x</dt><dd>accept or reject the selected finding</dd>
        <dt>a / r</dt><dd>accept / reject the selected finding</dd>
        <dt>n / p</dt><dd>next / previous page</dd>
        <dt>e</dt><dd>export the decisions file</dd>
        <dt>Esc</dt><dd>close this help, clear the selection</dd>
        </dl>
        <p>Mouse: click a box or a finding to select it; drag on a page to add an area.</p>
        </div>

        """

    /// Renders every page and writes its section; returns the bytes of the PNG images.
    static func writePages(_ plan: ReviewPlan, to writer: BufferedWriter, options: ReviewPageOptions, progress: any ProgressReporter) throws -> Int {
        let pdf = try PDFDocument.open(plan.source, password: plan.password)
        guard pdf.pageCount == plan.document.pages.count else {
            throw ReviewError(.renderFailure, "\(plan.inputPath): the document has \(pdf.pageCount) pages but \(plan.document.pages.count) were read")
        }
        let renderer = PageImageRenderer(dpi: options.dpi, grayLevels: options.grayLevels)
        let document = plan.document
        var imageBytes = 0
        progress.begin(total: pdf.pageCount, label: "rendering pages")
        defer { progress.finish() }
        try PageWorkerPool(workers: options.workers).run(
            document: pdf, pages: Array(1...pdf.pageCount), progress: progress,
            makeState: { PageImageRenderer.WorkerState() },
            work: { pdf, state, number in try renderer.render(try pdf.page(number), state: state) },
            consume: { number, image in
                let page = document.pages[number - 1]
                imageBytes += image.png.count
                let width = NumberFormatting.fixed(page.width)
                let height = NumberFormatting.fixed(page.height)
                var section = "<section class=\"page\(page.hasTextLayer ? "" : " unchecked")\" id=\"page-\(number)\" data-page=\"\(number)\""
                section += " data-width=\"\(width)\" data-height=\"\(height)\" style=\"aspect-ratio: \(width) / \(height)\">"
                section += "<img alt=\"Page \(number)\" width=\"\(image.pixelWidth)\" height=\"\(image.pixelHeight)\" decoding=\"async\" data-src=\"data:image/png;base64,"
                try writer.write(section)
                try writer.write(image.png.base64EncodedString())
                var rest = "\"><div class=\"overlay\"></div><div class=\"page-number\">\(number)</div>"
                if !page.hasTextLayer {
                    rest += "<div class=\"unchecked-note\">No text layer: nothing on this page was checked. Draw areas over what must go, or run OCR.</div>"
                }
                try writer.write(rest + "</section>\n")
            })
        return imageBytes
    }

    /// The text of a `.txt` input with each finding marked.
    static func textBody(_ plan: ReviewPlan) -> String {
        let scalars = Array(plan.document.text.unicodeScalars)
        var out = "<section class=\"text-page\" id=\"page-1\" data-page=\"1\"><div class=\"text\">"
        var position = 0
        func append(_ range: Range<Int>) {
            out += HTMLText.escape(String(String.UnicodeScalarView(scalars[range])))
        }
        for entry in plan.entries.sorted(by: { $0.item.start < $1.item.start }) {
            let item = entry.item
            guard item.start >= position, item.end <= scalars.count else { continue }  // an overlapping kept span: listed only
            append(position..<item.start)
            out += "<mark class=\"span\" data-id=\"\(HTMLText.escape(item.id))\">"
            append(item.start..<item.end)
            out += "</mark>"
            position = item.end
        }
        append(position..<scalars.count)
        return out + "</div></section>\n"
    }
}
