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

    /// Areas of the page's form fields (points, top-left origin). Their values are not in `text()`.
    public func formFieldAreas() -> [TextBox] {
        guard let list = poppler_page_get_form_field_mapping(handle) else { return [] }
        defer { poppler_page_free_form_field_mapping(list) }
        var areas: [TextBox] = []
        var node: UnsafeMutablePointer<GList>? = list
        let height = size.height
        while let current = node {
            if let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee {
                areas.append(flipped(mapping.area, pageHeight: height))
            }
            node = current.pointee.next
        }
        return areas
    }

    /// Annotations on the page other than form widgets: their poppler type names and areas
    /// (points, top-left origin).
    public func annotations() -> [(type: String, area: TextBox)] {
        guard let list = poppler_page_get_annot_mapping(handle) else { return [] }
        defer { poppler_page_free_annot_mapping(list) }
        var found: [(String, TextBox)] = []
        var node: UnsafeMutablePointer<GList>? = list
        let height = size.height
        while let current = node {
            if let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerAnnotMapping.self).pointee,
                let annot = mapping.annot
            {
                let type = poppler_annot_get_annot_type(annot)
                if type != POPPLER_ANNOT_WIDGET {
                    found.append((PDFPage.annotationTypeName(type), flipped(mapping.area, pageHeight: height)))
                }
            }
            node = current.pointee.next
        }
        return found
    }

    /// Collects what extraction reports about this page.
    ///
    /// The page text is poppler's, with one repair: poppler joins words that sit side by side
    /// with only a gap between them (table cells, columns) without any space, so "Bor" and
    /// "sestra" in neighbouring cells become "Borsestra". Where two characters with nothing
    /// between them are separated by a gap wider than half the line's height, or the second one
    /// jumps to another line or back along the line, a space is inserted whose box spans the gap. Letter-spaced headings (gaps of about a fifth of the height) stay joined,
    /// as in `pdftotext`. The result keeps exactly one box per Unicode scalar.
    public func content(includeBoxes: Bool, includeFontRuns: Bool = false) throws -> PageContent {
        let (width, height) = size
        let rawText = self.text()
        let rawBoxes = textBoxes()
        let scalarCount = rawText.unicodeScalars.count
        guard rawBoxes.count == scalarCount else {
            throw ExtractionError(
                .popplerFailure, source: document.source.name,
                detail: "page \(number): \(rawBoxes.count) character boxes for \(scalarCount) characters")
        }
        let (text, boxes, insertedAt) = PDFPage.separatingGaps(rawText, rawBoxes)
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
        let hasText = text.unicodeScalars.contains { !$0.properties.isWhitespace }
        return PageContent(
            number: number, width: width, height: height, text: text, boxes: includeBoxes ? boxes : nil,
            fontRuns: runs,
            hasTextLayer: hasText,
            hasFormFields: poppler_page_get_form_field_mapping(handle).map { list in
                poppler_page_free_form_field_mapping(list)
                return true
            } ?? false,
            hasAnnotations: !annotations().isEmpty)
    }

    /// Inserts a space (with the gap as its box) between two adjacent characters that are not
    /// part of one word on the page (see `content`). Returns the new text, its boxes and the
    /// original scalar offsets before which spaces were inserted.
    static func separatingGaps(_ text: String, _ boxes: [TextBox]) -> (String, [TextBox], [Int]) {
        var inserted: [Int] = []
        var previous: (scalar: Unicode.Scalar, box: TextBox)?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let box = boxes[index]
            defer { previous = (scalar, box) }
            guard let before = previous, !before.scalar.properties.isWhitespace, !scalar.properties.isWhitespace,
                !box.isEmpty, !before.box.isEmpty
            else { continue }
            let lineHeight = Swift.max(box.height, before.box.height)
            let gap = box.x - before.box.maxX
            let drift = abs(box.y - before.box.y)
            // A gap on the line, a jump to another line, or a jump back: not one word.
            if gap > lineHeight * 0.5 || drift > lineHeight * 0.6 || gap < -lineHeight * 2 {
                inserted.append(index)
            }
        }
        guard !inserted.isEmpty else { return (text, boxes, []) }
        var newText = String.UnicodeScalarView()
        var newBoxes: [TextBox] = []
        newBoxes.reserveCapacity(boxes.count + inserted.count)
        var next = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if next < inserted.count, inserted[next] == index {
                let before = boxes[index - 1]
                let after = boxes[index]
                newText.append(" ")
                // The gap after the first character, on its line (zero width when the next
                // character is not to its right).
                newBoxes.append(
                    TextBox(x: before.maxX, y: before.y, width: Swift.max(0, after.x - before.maxX), height: before.height))
                next += 1
            }
            newText.append(scalar)
            newBoxes.append(boxes[index])
        }
        return (String(newText), newBoxes, inserted)
    }

    /// How many of the sorted `offsets` are below `value`.
    static func countBelow(_ value: Int, _ offsets: [Int]) -> Int {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Draws the page into a cairo context (annotations and form widgets included).
    public func render(into context: OpaquePointer) {
        poppler_page_render(handle, context)
    }

    /// Draws the page as for printing (annotations only where their print flag is set).
    public func renderForPrinting(into context: OpaquePointer) {
        poppler_page_render_for_printing(handle, context)
    }

    /// Annotation areas come in PDF space (bottom-left origin); convert to top-left.
    private func flipped(_ r: PopplerRectangle, pageHeight: Double) -> TextBox {
        let minY = Swift.min(r.y1, r.y2)
        let maxY = Swift.max(r.y1, r.y2)
        let minX = Swift.min(r.x1, r.x2)
        return TextBox(x: minX, y: pageHeight - maxY, width: abs(r.x2 - r.x1), height: maxY - minY)
    }

    static func annotationTypeName(_ type: PopplerAnnotType) -> String {
        switch type {
        case POPPLER_ANNOT_TEXT: return "Text"
        case POPPLER_ANNOT_LINK: return "Link"
        case POPPLER_ANNOT_FREE_TEXT: return "FreeText"
        case POPPLER_ANNOT_LINE: return "Line"
        case POPPLER_ANNOT_SQUARE: return "Square"
        case POPPLER_ANNOT_CIRCLE: return "Circle"
        case POPPLER_ANNOT_POLYGON: return "Polygon"
        case POPPLER_ANNOT_POLY_LINE: return "PolyLine"
        case POPPLER_ANNOT_HIGHLIGHT: return "Highlight"
        case POPPLER_ANNOT_UNDERLINE: return "Underline"
        case POPPLER_ANNOT_SQUIGGLY: return "Squiggly"
        case POPPLER_ANNOT_STRIKE_OUT: return "StrikeOut"
        case POPPLER_ANNOT_STAMP: return "Stamp"
        case POPPLER_ANNOT_CARET: return "Caret"
        case POPPLER_ANNOT_INK: return "Ink"
        case POPPLER_ANNOT_POPUP: return "Popup"
        case POPPLER_ANNOT_FILE_ATTACHMENT: return "FileAttachment"
        case POPPLER_ANNOT_SOUND: return "Sound"
        case POPPLER_ANNOT_MOVIE: return "Movie"
        case POPPLER_ANNOT_WIDGET: return "Widget"
        case POPPLER_ANNOT_SCREEN: return "Screen"
        case POPPLER_ANNOT_PRINTER_MARK: return "PrinterMark"
        case POPPLER_ANNOT_TRAP_NET: return "TrapNet"
        case POPPLER_ANNOT_WATERMARK: return "Watermark"
        case POPPLER_ANNOT_3D: return "3D"
        default: return "Unknown"
        }
    }
}
