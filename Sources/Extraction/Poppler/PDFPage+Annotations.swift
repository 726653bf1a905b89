import CPoppler

/// An annotation on a page: its PDF subtype and where it is.
public struct PageAnnotation: Equatable, Sendable {
    /// The PDF annotation subtype: "Widget" (a form field), "Link", "Text", "Highlight"…
    public var type: String
    /// The annotation's rectangle in points, top-left origin, page rotation applied (the space
    /// of `TextBox`).
    public var area: TextBox

    public init(type: String, area: TextBox) {
        self.type = type
        self.area = area
    }

    /// True for form-field widgets, whose values are drawn but are not in the page text.
    public var isFormField: Bool { type == "Widget" }
}

extension PDFPage {
    /// Every annotation on the page, form widgets included, in the page's order.
    ///
    /// The areas come from `poppler_page_get_annot_mapping`, which applies the page rotation
    /// (with a bottom-left origin); they are flipped here to the top-left origin of `TextBox`.
    /// (`poppler_page_get_form_field_mapping` is not used: it ignores the page rotation.)
    public func allAnnotations() -> [PageAnnotation] {
        guard let list = poppler_page_get_annot_mapping(handle) else { return [] }
        defer { poppler_page_free_annot_mapping(list) }
        let height = size.height
        var found: [PageAnnotation] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerAnnotMapping.self).pointee,
                let annot = mapping.annot
            {
                let type = PDFPage.annotationTypeName(poppler_annot_get_annot_type(annot))
                found.append(PageAnnotation(type: type, area: PDFPage.flipped(mapping.area, pageHeight: height)))
            }
            node = current.pointee.next
        }
        return found
    }

    /// Areas of the page's form fields (points, top-left origin, rotation applied). Their values
    /// are drawn on the page but are not in `text()`.
    public func formFieldAreas() -> [TextBox] {
        allAnnotations().filter(\.isFormField).map(\.area)
    }

    /// Annotations on the page other than form widgets: their PDF subtype names and areas
    /// (points, top-left origin, rotation applied).
    public func annotations() -> [(type: String, area: TextBox)] {
        allAnnotations().filter { !$0.isFormField }.map { ($0.type, $0.area) }
    }

    /// poppler's annotation areas have a bottom-left origin; `TextBox` has a top-left one.
    static func flipped(_ r: PopplerRectangle, pageHeight: Double) -> TextBox {
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
