import CPoppler
import Extraction

/// Burns redaction boxes into a rendered page: solid black rectangles, and optional white text
/// (a label or exemption codes) inside them, drawn into the pixels — never as a text layer.
///
/// The text's size follows the box height (the line's font size), never its width: a label sized
/// to fill the box would tell how wide the removed text was. Text that does not fit is shortened
/// to its first part before a comma, or left out.
public struct BoxPainter: Sendable {
    /// A rectangle to black out and what to print in it.
    public struct Box: Equatable, Sendable {
        public var rect: TextBox
        public var text: String?

        public init(_ rect: TextBox, text: String? = nil) {
            self.rect = rect
            self.text = text
        }
    }

    public static let fontFamily = "DejaVu Sans"
    /// Largest size of printed text, in points.
    public var maximumFontSize: Double = 9

    public init() {}

    /// Paints `boxes` (page points) onto `image` rendered at `dpi`.
    public func paint(_ boxes: [Box], on image: RasterImage, dpi: Int) {
        guard !boxes.isEmpty else { return }
        image.draw(scale: Double(dpi) / 72) { context in
            cairo_set_source_rgb(context, 0, 0, 0)
            for box in boxes {
                cairo_rectangle(context, box.rect.x, box.rect.y, box.rect.width, box.rect.height)
            }
            cairo_fill(context)
            cairo_select_font_face(context, BoxPainter.fontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
            cairo_set_source_rgb(context, 1, 1, 1)
            for box in boxes {
                guard let text = box.text, !text.isEmpty else { continue }
                drawText(text, in: box.rect, context: context)
            }
        }
    }

    private func drawText(_ text: String, in rect: TextBox, context: OpaquePointer) {
        let size = min(maximumFontSize, rect.height * 0.7)
        guard size >= 3 else { return }
        cairo_set_font_size(context, size)
        var candidates = [text]
        if let first = text.split(separator: ",").first.map(String.init), first != text { candidates.append(first) }
        for candidate in candidates {
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, candidate, &extents)
            guard extents.x_advance <= rect.width - 2 else { continue }
            var fontExtents = cairo_font_extents_t()
            cairo_font_extents(context, &fontExtents)
            let baseline = rect.y + (rect.height + fontExtents.ascent - fontExtents.descent) / 2
            cairo_move_to(context, rect.x + 1, baseline)
            cairo_show_text(context, candidate)
            return
        }
    }
}
