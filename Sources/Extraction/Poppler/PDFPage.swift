import CPoppler

/// One page of an open `PDFDocument`, owning a poppler page.
///
/// Not Sendable: it belongs to the thread that owns its document.
public final class PDFPage {
    let handle: OpaquePointer  // PopplerPage*, released in deinit
    /// 1-based page number.
    public let number: Int
    /// The document, kept alive as long as the page is.
    public let document: PDFDocument

    init(handle: OpaquePointer, number: Int, document: PDFDocument) {
        self.handle = handle
        self.number = number
        self.document = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Page size in points, rotation applied.
    public var size: (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return (width, height)
    }

    /// The page's text: lines separated by `\n`, no trailing newline.
    public func text() -> String {
        takeGString(poppler_page_get_text(handle)) ?? ""
    }

    /// One box per Unicode scalar of `text()`, in points with a top-left origin.
    ///
    /// poppler caches the page's text, so calling this after `text()` costs little.
    public func textBoxes() -> [TextBox] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        let n = Int(count)
        return [TextBox](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n {
                let r = rectangles[i]
                buffer[i] = TextBox(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1)
            }
            initialized = n
        }
    }

    /// Font runs with scalar offsets into `text()` (end exclusive).
    public func fontRuns() -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(handle) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let attributes = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                runs.append(
                    FontRun(
                        start: Int(attributes.start_index), end: Int(attributes.end_index) + 1,
                        fontName: attributes.font_name.map { String(cString: $0) } ?? "",
                        fontSize: attributes.font_size,
                        color: (attributes.color.red, attributes.color.green, attributes.color.blue)))
            }
            node = current.pointee.next
        }
        return runs
    }

    /// Collects what extraction reports about this page.
    ///
    /// The page text is poppler's, with one repair: poppler joins words that sit side by side
    /// with only a gap between them (table cells, columns) without any space, so "Bor" and
    /// "sestra" in neighbouring cells become "Borsestra". A space is inserted there, with the gap
    /// as its box (see `separatingGaps`). The result keeps exactly one box per Unicode scalar.
    public func content(includeBoxes: Bool, includeFontRuns: Bool = false) throws -> PageContent {
        let (width, height) = size
        let rawText = poppler_page_get_text(handle)
        defer { g_free(rawText) }
        let rawBoxes = textBoxes()
        // The text is read from poppler's UTF-8 bytes once: decoded into scalars (for the gap
        // search) and copied into the page's String, without intermediate Strings.
        let (text, boxes, insertedAt, hasText) = try PDFPage.withTextBytes(rawText) { bytes, scalars in
            guard rawBoxes.count == scalars.count else {
                throw ExtractionError(
                    .popplerFailure, source: document.source.name,
                    detail: "page \(number): \(rawBoxes.count) character boxes for \(scalars.count) characters")
            }
            let (text, boxes, insertedAt) = PDFPage.separatingGaps(bytes, scalars, rawBoxes, includeBoxes: includeBoxes)
            return (text, boxes, insertedAt, scalars.contains { !PDFPage.isSpace($0) })
        }
        var runs: [FontRun]?
        if includeFontRuns {
            // Shift run offsets past the inserted spaces.
            runs = fontRuns().map { run in
                var shifted = run
                shifted.start += PDFPage.countBelow(run.start, insertedAt)
                shifted.end += PDFPage.countBelow(run.end, insertedAt)
                return shifted
            }
        }
        let annotations = allAnnotations()
        return PageContent(
            number: number, width: width, height: height, text: text, boxes: includeBoxes ? boxes : nil,
            fontRuns: runs,
            hasTextLayer: hasText,
            hasFormFields: annotations.contains { $0.isFormField },
            hasAnnotations: annotations.contains { !$0.isFormField })
    }

    /// Draws the page into a cairo context (annotations and form widgets included).
    public func render(into context: OpaquePointer) {
        poppler_page_render(handle, context)
    }

    /// Draws the page as for printing (annotations only where their print flag is set).
    public func renderForPrinting(into context: OpaquePointer) {
        poppler_page_render_for_printing(handle, context)
    }
}
