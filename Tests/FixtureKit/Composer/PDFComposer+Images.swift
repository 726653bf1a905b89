import CPoppler

extension PDFComposer {
    /// Draws `lines` into a raster image at `dpi` and places only that image on the page, like a
    /// scanned page: the text is visible but the page has no text layer.
    ///
    /// The image spans the content width from the cursor down; the cursor moves below it.
    public func scannedImage(lines: [String], style: TextStyle = .body, dpi: Double = 96) throws {
        let heightPoints = Double(max(1, lines.count)) * style.lineHeight + 2 * style.size
        try ensureSpace(heightPoints)
        let scale = dpi / 72
        let pixelWidth = Int32((contentWidth * scale).rounded(.up))
        let pixelHeight = Int32((heightPoints * scale).rounded(.up))
        guard let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight),
            cairo_surface_status(image) == CAIRO_STATUS_SUCCESS
        else { throw FixtureError("cairo cannot create a \(pixelWidth)×\(pixelHeight) image") }
        defer { cairo_surface_destroy(image) }
        guard let painter = cairo_create(image) else { throw FixtureError("cairo cannot draw into an image") }
        defer { cairo_destroy(painter) }
        cairo_set_source_rgb(painter, 1, 1, 1)
        cairo_paint(painter)
        cairo_scale(painter, scale, scale)
        for (index, line) in lines.enumerated() {
            try draw(line, x: style.size, baseline: style.size + Double(index) * style.lineHeight + style.size * 0.95, style: style, in: painter)
        }
        cairo_surface_flush(image)

        cairo_save(context)
        cairo_translate(context, margins.left, cursorY)
        cairo_scale(context, 1 / scale, 1 / scale)
        cairo_set_source_surface(context, image, 0, 0)
        cairo_paint(context)
        cairo_restore(context)
        cursorY += heightPoints
    }
}
