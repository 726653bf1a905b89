import CPoppler
import Foundation

/// Small PDFs with the classic redaction failures, made at test time for the verifier's tests:
/// drawn with cairo (text, boxes, metadata, bookmarks) or written object by object (annotations,
/// form fields, attachments, scripts, incremental updates), so every byte is known.
public enum LeakyPDF {
    // MARK: Drawn with cairo

    /// A cairo drawing context on one A4 page, with helpers that return where text landed.
    public final class Page {
        let context: OpaquePointer  // cairo_t*, owned by `draw`

        init(context: OpaquePointer) { self.context = context }

        /// Writes `text` at (x, baseline y) in DejaVu Sans and returns its box (x, y, width, height)
        /// in points from the top-left corner, from the font's ascent to its descent.
        @discardableResult
        public func text(_ text: String, x: Double, y: Double, size: Double = 12, red: Double = 0, green: Double = 0, blue: Double = 0)
            -> (x: Double, y: Double, width: Double, height: Double)
        {
            cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(context, size)
            cairo_set_source_rgb(context, red, green, blue)
            var font = cairo_font_extents_t()
            cairo_font_extents(context, &font)
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, text, &extents)
            cairo_move_to(context, x, y)
            cairo_show_text(context, text)
            return (x, y - font.ascent, extents.x_advance, font.ascent + font.descent)
        }

        /// The advance width of `text` at `size`.
        public func width(of text: String, size: Double = 12) -> Double {
            cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(context, size)
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, text, &extents)
            return extents.x_advance
        }

        /// Fills a rectangle with an opaque colour.
        public func box(x: Double, y: Double, width: Double, height: Double, red: Double = 0, green: Double = 0, blue: Double = 0) {
            cairo_set_source_rgb(context, red, green, blue)
            cairo_rectangle(context, x, y, width, height)
            cairo_fill(context)
        }

        /// A black box crossed by grey diagonal lines, like a cross-hatched redaction.
        public func hatchedBox(x: Double, y: Double, width: Double, height: Double) {
            box(x: x, y: y, width: width, height: height)
            cairo_save(context)
            cairo_rectangle(context, x, y, width, height)
            cairo_clip(context)
            cairo_set_source_rgb(context, 0.35, 0.35, 0.35)
            cairo_set_line_width(context, 1.0)
            var offset = -height
            while offset < width + height {
                cairo_move_to(context, x + offset, y)
                cairo_line_to(context, x + offset + height, y + height)
                cairo_move_to(context, x + offset + height, y)
                cairo_line_to(context, x + offset, y + height)
                offset += 8
            }
            cairo_stroke(context)
            cairo_restore(context)
        }
    }

    /// Writes a PDF drawn with cairo: one A4 page per closure, optional Info metadata and bookmarks
    /// (title, 1-based page), and returns its bytes.
    public static func drawn(
        metadata: [(field: cairo_pdf_metadata_t, value: String)] = [], bookmarks: [(title: String, page: Int)] = [],
        pages: [(Page) -> Void]
    ) throws -> Data {
        let folder = try Fixtures.temporaryFolder("leaky-pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("drawn.pdf").path
        guard let surface = cairo_pdf_surface_create(path, 595.276, 841.89) else { throw LeakyPDFError.cairo }
        for (field, value) in metadata { cairo_pdf_surface_set_metadata(surface, field, value) }
        for (title, page) in bookmarks {
            cairo_pdf_surface_add_outline(surface, Int32(CAIRO_PDF_OUTLINE_ROOT), title, "page=\(page)", CAIRO_PDF_OUTLINE_FLAG_OPEN)
        }
        let context = cairo_create(surface)!
        for draw in pages {
            draw(Page(context: context))
            cairo_show_page(context)
        }
        cairo_destroy(context)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw LeakyPDFError.cairo }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    // MARK: Written object by object

    /// A PDF written from numbered objects (1-based, in order; object 1 must be the catalog), with a
    /// correct cross-reference table. `objects[n - 1]` is the body of object n without "n 0 obj".
    public static func objects(_ objects: [String], info: String? = nil) -> Data {
        var out = Data("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(info.map { " /Info \($0)" } ?? "") >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    /// Appends an incremental update to `base` (a file made by `objects`): the given objects
    /// (number → body) replace or add objects, with a cross-reference section that points back to
    /// the previous one, as a PDF editor's "save" does.
    public static func appendingUpdate(to base: Data, objects updated: [Int: String], size: Int) -> Data {
        var out = base
        let text = String(decoding: base, as: UTF8.self)
        let previous = text.components(separatedBy: "startxref\n").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        var offsets: [(Int, Int)] = []
        for number in updated.keys.sorted() {
            offsets.append((number, out.count))
            out.append(Data("\(number) 0 obj\n\(updated[number]!)\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n"
        for (number, offset) in offsets { table += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(size) /Root 1 0 R /Prev \(previous) >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    /// The usual first objects of a one-page document whose page content is object 4 and font is
    /// object 5 (Helvetica); `annotations` and `extraPage` are added to the page dictionary and
    /// `extraCatalog` to the catalog.
    public static func onePage(
        content: String, annotations: String? = nil, extraCatalog: String = "", extraPage: String = "", more: [String] = []
    ) -> [String] {
        [
            "<< /Type /Catalog /Pages 2 0 R \(extraCatalog) >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>"
                + (annotations.map { " /Annots \($0)" } ?? "") + " \(extraPage) >>",
            stream(content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ] + more
    }

    /// A stream object body with its length.
    public static func stream(_ content: String, dictionary: String = "") -> String {
        "<< /Length \(content.utf8.count) \(dictionary) >>\nstream\n\(content)\nendstream"
    }

    /// Writes `data` to a new temporary file named `name` and returns its URL.
    public static func write(_ data: Data, name: String) throws -> URL {
        let url = try Fixtures.temporaryFolder("leaky-pdf").appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}

public enum LeakyPDFError: Error {
    case cairo
}
