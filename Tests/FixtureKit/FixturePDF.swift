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
        public var fontFamily: String

        public init(
            width: Double = 595, height: Double = 842, lines: [String], fontSize: Double = 12,
            greyBox: (Double, Double, Double, Double, Double)? = nil, colourBox: (Double, Double, Double, Double)? = nil,
            fontFamily: String = "DejaVu Sans"
        ) {
            self.fontFamily = fontFamily
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
            cairo_select_font_face(context, page.fontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
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

extension FixturePDF {
    /// Writes a one-page PDF by hand that sets `lines` in the standard (not embedded) Helvetica with
    /// WinAnsi encoding: characters outside Windows-1252 become "?". Readers size character boxes
    /// from the standard font metrics, whose ascent is lower than the top of Š and Ž.
    public static func writeStandardFont(lines: [String], fontSize: Double = 14, to url: URL) {
        func winAnsi(_ text: String) -> [UInt8] {
            text.unicodeScalars.map { scalar -> UInt8 in
                switch scalar {
                case "Š": return 0x8A
                case "š": return 0x9A
                case "Ž": return 0x8E
                case "ž": return 0x9E
                case "(", ")", "\\": return UInt8(ascii: "?")
                default: return scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) ? UInt8(scalar.value) : UInt8(ascii: "?")
                }
            }
        }
        var content: [UInt8] = Array("BT /F1 \(Int(fontSize)) Tf\n".utf8)
        for (n, line) in lines.enumerated() {
            let y = 842 - margin - Double(n) * fontSize * 1.5
            content += Array("1 0 0 1 \(Int(margin)) \(Int(y)) Tm (".utf8) + winAnsi(line) + Array(") Tj\n".utf8)
        }
        content += Array("ET\n".utf8)
        var pdf: [UInt8] = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(pdf.count)
            pdf += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        object(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        object(Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8))
        object(Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".utf8))
        object(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        object(Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("endstream".utf8))
        let xref = pdf.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        pdf += Array(table.utf8)
        try? Data(pdf).write(to: url)
    }
}
