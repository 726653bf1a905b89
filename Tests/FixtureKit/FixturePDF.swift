import CPoppler
import Foundation

/// Builds small PDFs with a real text layer (cairo-pdf, DejaVu Sans) for tests: exact control over
/// what is on which line and page.
public enum FixturePDF {
    /// One page: its size in points and its lines of text.
    public struct Page: Sendable {
        public var width: Double
        public var height: Double
        public var lines: [String]
        public var fontSize: Double
        /// A filled grey rectangle (x, y, w, h, grey level 0…1), e.g. a photo-like area.
        public var greyBox: (Double, Double, Double, Double, Double)?
        /// A filled colour rectangle (x, y, w, h).
        public var colourBox: (Double, Double, Double, Double)?

        public init(
            width: Double = 595, height: Double = 842, lines: [String], fontSize: Double = 12,
            greyBox: (Double, Double, Double, Double, Double)? = nil, colourBox: (Double, Double, Double, Double)? = nil
        ) {
            self.width = width
            self.height = height
            self.lines = lines
            self.fontSize = fontSize
            self.greyBox = greyBox
            self.colourBox = colourBox
        }
    }

    /// Left margin and first baseline, in points; lines are 1.5 × the font size apart.
    public static let margin = 72.0

    /// Writes a PDF with `pages` to `url`.
    public static func write(_ pages: [Page], to url: URL) {
        guard let first = pages.first else { return }
        let surface = cairo_pdf_surface_create(url.path, first.width, first.height)!
        let context = cairo_create(surface)!
        for page in pages {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            if let (x, y, w, h, level) = page.greyBox {
                cairo_set_source_rgb(context, level, level, level)
                cairo_rectangle(context, x, y, w, h)
                cairo_fill(context)
            }
            if let (x, y, w, h) = page.colourBox {
                cairo_set_source_rgb(context, 0.9, 0.1, 0.1)
                cairo_rectangle(context, x, y, w, h)
                cairo_fill(context)
            }
            cairo_set_source_rgb(context, 0, 0, 0)
            cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(context, page.fontSize)
            for (n, line) in page.lines.enumerated() {
                cairo_move_to(context, margin, margin + Double(n) * page.fontSize * 1.5)
                cairo_show_text(context, line)
            }
            cairo_show_page(context)
        }
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }
}
