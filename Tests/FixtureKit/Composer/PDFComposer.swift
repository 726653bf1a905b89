import BlacklineCore
import CPoppler
import Foundation

/// Typesets fixture PDFs with cairo's PDF surface: pages of any size, text in several scripts
/// (the font is chosen per run: DejaVu for Latin, Cyrillic and Vietnamese, WenQuanYi Micro Hei
/// for Chinese), paragraphs wrapped by measured width, headings, simple tables, running headers
/// and footers, multi-page flow and image-only ("scanned") blocks.
///
/// The output is reproducible byte for byte: the creation date is fixed (`PDFMetadata`) and cairo
/// names font subsets deterministically.
///
/// ```swift
/// let pdf = try PDFComposer.make { page in
///     try page.heading("INDICTMENT")
///     try page.paragraph("The injured party WANG Fang (王芳), born 14 July 1997, …")
///     try page.table([["Name", "Passport"], ["Nguyễn Thị Lan", "C4827193"]])
/// }
/// try pdf.write(to: url)
/// ```
///
/// Not Sendable: a composer draws on one thread. Every method that draws text throws
/// `FixtureError` when a font lacks a glyph, so a fixture never silently shows empty boxes.
public final class PDFComposer {
    /// The current page's size.
    public private(set) var pageSize: PageSize
    public let margins: Margins
    /// 1-based number of the page being drawn.
    public private(set) var pageNumber = 1
    /// Top of the next line, in points from the top of the page.
    public internal(set) var cursorY: Double

    private let header: ((Int) -> String)?
    private let footer: ((Int) -> String)?
    let surface: OpaquePointer  // cairo_surface_t* (PDF), destroyed in deinit
    let context: OpaquePointer  // cairo_t*, destroyed in deinit
    private let sink: ByteSink
    private var output: Data?

    /// Starts a document with its first page.
    ///
    /// - Parameters:
    ///   - header: text of the running header for a page number (drawn in the top margin).
    ///   - footer: text of the running footer for a page number (centred in the bottom margin).
    public init(
        pageSize: PageSize = .a4, margins: Margins = .standard, metadata: PDFMetadata = .fixture,
        header: ((Int) -> String)? = nil, footer: ((Int) -> String)? = nil
    ) throws {
        self.pageSize = pageSize
        self.margins = margins
        self.header = header
        self.footer = footer
        self.cursorY = margins.top
        let sink = ByteSink()
        self.sink = sink
        guard
            let surface = cairo_pdf_surface_create_for_stream(
                { closure, bytes, length in
                    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
                        .append(UnsafeBufferPointer(start: bytes, count: Int(length)))
                    return CAIRO_STATUS_SUCCESS
                }, Unmanaged.passUnretained(sink).toOpaque(), pageSize.width, pageSize.height),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
        else { throw FixtureError("cairo cannot create a PDF surface") }
        self.surface = surface
        guard let context = cairo_create(surface), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw FixtureError("cairo cannot create a drawing context")
        }
        self.context = context
        metadata.apply(to: surface)
        try drawRunningText()
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Builds a document with `body` and returns its bytes.
    public static func make(
        pageSize: PageSize = .a4, margins: Margins = .standard, metadata: PDFMetadata = .fixture,
        header: ((Int) -> String)? = nil, footer: ((Int) -> String)? = nil,
        _ body: (PDFComposer) throws -> Void
    ) throws -> Data {
        let composer = try PDFComposer(pageSize: pageSize, margins: margins, metadata: metadata, header: header, footer: footer)
        try body(composer)
        return try composer.finish()
    }

    /// Width available for text between the side margins.
    public var contentWidth: Double { pageSize.width - margins.left - margins.right }

    /// The lowest point text may reach on this page.
    public var contentBottom: Double { pageSize.height - margins.bottom }

    // MARK: Pages and flow

    /// Ends the current page and starts a new one (of `size`, or the current size).
    public func newPage(size: PageSize? = nil) throws {
        cairo_show_page(context)
        if let size {
            pageSize = size
            cairo_pdf_surface_set_size(surface, size.width, size.height)
        }
        pageNumber += 1
        cursorY = margins.top
        try drawRunningText()
    }

    /// Starts a new page unless `height` points still fit above the bottom margin.
    public func ensureSpace(_ height: Double) throws {
        if cursorY + height > contentBottom + 0.01 { try newPage() }
    }

    /// Moves the cursor down by `points` (not past the bottom margin).
    public func space(_ points: Double) {
        cursorY = min(cursorY + points, contentBottom)
    }

    // MARK: Flowing text

    /// A heading: level 1 is a centred title, levels 2 and 3 bold left-aligned.
    public func heading(_ text: String, level: Int = 1) throws {
        try paragraph(text, style: .heading(level: level))
    }

    /// A paragraph wrapped to the content width, flowing onto new pages as needed.
    ///
    /// A `\n` in `text` forces a line break. A soft hyphen (U+00AD) marks where a word may be
    /// hyphenated at a line end; it is drawn as "-" there and omitted elsewhere.
    public func paragraph(_ text: String, style: TextStyle = .body) throws {
        cursorY += style.spaceBefore
        let lines = try wrap(text, style: style, width: contentWidth, firstLineIndent: style.firstLineIndent)
        for (index, line) in lines.enumerated() {
            try ensureSpace(style.lineHeight)
            let indent = index == 0 ? style.firstLineIndent : 0
            try drawLine(line, left: margins.left + indent, width: contentWidth - indent, style: style)
            cursorY += style.lineHeight
        }
        cursorY += style.spaceAfter
    }

    /// Lines set as given (letterheads, addresses); a line too long for the page is wrapped.
    public func lines(_ lines: [String], style: TextStyle = .small) throws {
        try paragraph(lines.joined(separator: "\n"), style: style)
    }

    // MARK: Measuring and placing

    /// The advance width of `text` in `style` (CJK runs measured in the CJK font).
    public func measure(_ text: String, style: TextStyle) -> Double {
        var width = 0.0
        for run in FontFamily.runs(of: text, latin: style.family) {
            select(run.family, style: style, in: context)
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, run.text, &extents)
            width += extents.x_advance
        }
        return width
    }

    /// Draws `text` on one line with its baseline at `baseline` (points from the top) starting at
    /// `x`, without moving the cursor; returns the advance width. For fixtures that need text at
    /// a known place.
    @discardableResult
    public func text(_ text: String, x: Double, baseline: Double, style: TextStyle = .body) throws -> Double {
        try draw(text, x: x, baseline: baseline, style: style, in: context)
    }

    /// Strokes a rectangle outline (points, top-left origin).
    public func strokeRectangle(x: Double, y: Double, width: Double, height: Double, lineWidth: Double = 0.5) {
        cairo_save(context)
        cairo_set_source_rgb(context, 0, 0, 0)
        cairo_set_line_width(context, lineWidth)
        cairo_rectangle(context, x, y, width, height)
        cairo_stroke(context)
        cairo_restore(context)
    }

    // MARK: Finishing

    /// Finishes the document and returns its bytes (later calls return the same bytes).
    public func finish() throws -> Data {
        if let output { return output }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw FixtureError("cairo failed to write the PDF: \(String(cString: cairo_status_to_string(status)))")
        }
        let data = sink.data
        output = data
        return data
    }

    /// Finishes the document and writes it to `url` atomically.
    public func write(to url: URL) throws {
        try AtomicFile.write(try finish(), to: url)
    }

    // MARK: Drawing internals

    private func drawRunningText() throws {
        let style = TextStyle(family: .sans, size: 8, leading: 1.2)
        if let header {
            try draw(header(pageNumber), x: margins.left, baseline: margins.top * 0.55, style: style, in: context)
        }
        if let footer {
            let text = footer(pageNumber)
            let x = (pageSize.width - measure(text, style: style)) / 2
            try draw(text, x: x, baseline: pageSize.height - margins.bottom * 0.45, style: style, in: context)
        }
    }

    /// Draws one line at the cursor, aligned within `width` from `left`.
    func drawLine(_ line: String, left: Double, width: Double, style: TextStyle) throws {
        var x = left
        switch style.alignment {
        case .left: break
        case .center: x += max(0, (width - measure(line, style: style)) / 2)
        case .right: x += max(0, width - measure(line, style: style))
        }
        try draw(line, x: x, baseline: cursorY + style.size * 0.95, style: style, in: context)
    }

    /// Draws `text` run by run in `cairo` (the PDF or an image being "scanned").
    @discardableResult
    func draw(_ text: String, x: Double, baseline: Double, style: TextStyle, in cairo: OpaquePointer) throws -> Double {
        cairo_set_source_rgb(cairo, 0, 0, 0)
        cairo_move_to(cairo, x, baseline)
        for run in FontFamily.runs(of: text, latin: style.family) {
            select(run.family, style: style, in: cairo)
            try checkGlyphs(run.text, family: run.family, in: cairo)
            cairo_show_text(cairo, run.text)
        }
        var endX = 0.0
        var endY = 0.0
        cairo_get_current_point(cairo, &endX, &endY)
        return endX - x
    }

    func select(_ family: FontFamily, style: TextStyle, in cairo: OpaquePointer) {
        cairo_select_font_face(
            cairo, family.rawValue, style.italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
            style.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cairo, style.size)
    }

    /// Throws when the selected font maps a visible character of `text` to the missing glyph.
    private func checkGlyphs(_ text: String, family: FontFamily, in cairo: OpaquePointer) throws {
        let scalars = Array(text.unicodeScalars)
        try withGlyphs(of: text, in: cairo) { glyphs in
            guard glyphs.count == scalars.count else { return }
            for (scalar, glyph) in zip(scalars, glyphs) where glyph.index == 0 && !scalar.properties.isWhitespace {
                throw FixtureError(
                    "font \"\(family.rawValue)\" has no glyph for U+\(String(scalar.value, radix: 16, uppercase: true)); install fonts-dejavu-core and fonts-wqy-microhei"
                )
            }
        }
    }

    /// Calls `body` with the glyphs cairo's current font gives `text` (positioned from 0,0).
    func withGlyphs<T>(of text: String, in cairo: OpaquePointer, _ body: (UnsafeBufferPointer<cairo_glyph_t>) throws -> T) throws -> T {
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
        var count: Int32 = 0
        let status = text.withCString { utf8 in
            cairo_scaled_font_text_to_glyphs(
                cairo_get_scaled_font(cairo), 0, 0, utf8, Int32(strlen(utf8)), &glyphs, &count, nil, nil, nil)
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw FixtureError("cairo cannot map text to glyphs: \(String(cString: cairo_status_to_string(status)))")
        }
        defer { cairo_glyph_free(glyphs) }
        return try body(UnsafeBufferPointer(start: glyphs, count: Int(count)))
    }
}

/// Collects the bytes cairo writes.
private final class ByteSink {
    private(set) var data = Data()
    func append(_ bytes: UnsafeBufferPointer<UInt8>) { data.append(bytes) }
}

/// Document metadata written by cairo. The creation date is fixed so output is reproducible.
public struct PDFMetadata: Equatable, Sendable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String
    /// ISO 8601, e.g. "2024-03-01T09:00:00Z"; also used as the modification date.
    public var creationDate: String

    public init(
        title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
        creator: String = "Blackline FixtureKit", creationDate: String = "2024-01-15T09:00:00Z"
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }

    /// No title or author; creator "Blackline FixtureKit"; created 2024-01-15 09:00 UTC.
    public static let fixture = PDFMetadata()

    func apply(to surface: OpaquePointer) {
        let fields: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, title), (CAIRO_PDF_METADATA_AUTHOR, author),
            (CAIRO_PDF_METADATA_SUBJECT, subject), (CAIRO_PDF_METADATA_KEYWORDS, keywords),
            (CAIRO_PDF_METADATA_CREATOR, creator), (CAIRO_PDF_METADATA_CREATE_DATE, creationDate),
            (CAIRO_PDF_METADATA_MOD_DATE, creationDate),
        ]
        for (field, value) in fields {
            if let value { cairo_pdf_surface_set_metadata(surface, field, value) }
        }
    }
}
