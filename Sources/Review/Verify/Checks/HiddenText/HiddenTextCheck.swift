import Extraction

/// Text under boxes and invisible text on one page: renders the page and its text layer's glyphs,
/// classifies every character (`GlyphVisibilityAnalyzer`), groups hidden ones into runs
/// (`HiddenRunBuilder`) and turns the runs into problems.
struct HiddenTextCheck {
    let dpi: Double

    /// Pixels a typical character of the page must span for the glyph comparison to be reliable.
    static let pixelsPerCharacter = 12.0
    /// The highest resolution the page is rendered at, however small its text.
    static let maximumDPI = 200.0
    /// The most pixels one rendering of a page may have.
    static let maximumPixels = 25_000_000.0

    /// Character visibility for a page's content (one entry per scalar of `content.text`).
    func classify(_ page: PDFPage, scalars: [Unicode.Scalar], boxes: [TextBox]) throws -> [CharacterVisibility] {
        // Very large pages (posters, drawings) are capped at about 25 million pixels per rendering.
        let (pointsWide, pointsHigh) = page.size
        let largest = (HiddenTextCheck.maximumPixels / max(1, pointsWide * pointsHigh)).squareRoot() * 72
        let dpi = min(resolution(scalars: scalars, boxes: boxes), largest)
        let (width, height) = page.pixelSize(dpi: dpi)
        let rendered = try RasterImage(width: width, height: height)
        let glyphs = try RasterImage(width: width, height: height)
        page.render(into: rendered, dpi: dpi)
        page.renderTextLayerGlyphs(into: glyphs, dpi: dpi)
        return GlyphVisibilityAnalyzer(scale: dpi / 72).classify(page: rendered, glyphs: glyphs, scalars: scalars, boxes: boxes)
    }

    /// The rendering resolution for a page: at least `dpi`, raised so that the page's small text
    /// (the 10th percentile of its letter heights) spans `pixelsPerCharacter` pixels — a 7 pt
    /// footnote needs about 120 dpi for a thin "i" to cover whole pixels — but never above
    /// `maximumDPI`.
    func resolution(scalars: [Unicode.Scalar], boxes: [TextBox]) -> Double {
        var heights: [Double] = []
        for (scalar, box) in zip(scalars, boxes) where NormalizedText.isWordScalar(scalar) && box.height >= 1 {
            heights.append(box.height)
        }
        guard !heights.isEmpty else { return dpi }
        heights.sort()
        let small = heights[heights.count / 10]
        return min(max(dpi, HiddenTextCheck.pixelsPerCharacter / small * 72), max(dpi, HiddenTextCheck.maximumDPI))
    }

    /// Problems for the hidden runs of a page.
    static func problems(
        runs: [HiddenRun], page: Int, scalars: [Unicode.Scalar], annotations: [PDFAnnotation]
    ) -> [Problem] {
        runs.map { run in
            let text = String(String.UnicodeScalarView(scalars[run.range]))
            let coveringAnnotation = annotations.first { annotation in
                guard let overlap = annotation.area.intersection(run.box) else { return false }
                return overlap.width * overlap.height >= 0.8 * run.box.width * run.box.height
            }
            var hint: String
            switch (run.family, run.cover) {
            case (.underBox, .colourBox):
                hint = "a single-colour box covers text that is still in the text layer; selecting, copying or pdftotext reveals it"
            case (.underBox, _):
                hint = "a dark box covers text that is still in the text layer; selecting, copying or pdftotext reveals it"
            case (.invisible, .outsidePage):
                hint = "text in the text layer lies outside the visible page (crop box); pdftotext reveals it"
            case (.invisible, _):
                hint = "text in the text layer renders as nothing (white on white, invisible text mode, or covered by white); pdftotext reveals it"
            }
            if let annotation = coveringAnnotation {
                hint += "; the cover is a \(annotation.kind) annotation, which any viewer can delete"
            }
            if !run.isEmbedded {
                hint += run.family == .underBox
                    ? "; the text exists only inside the box (no visible text-layer text around it), as a redaction tool's overlay label or stamp does; check what it says"
                    : "; it is not part of the page's visible text"
            }
            return Problem(
                kind: run.family == .underBox ? .textUnderBox : .invisibleText, severity: run.isEmbedded ? .leak : .warning,
                page: page, box: run.box, text: text, hint: hint)
        }
    }
}
