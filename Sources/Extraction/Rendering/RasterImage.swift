import CPoppler

/// A cairo image surface that pages are rendered into: 32-bit xRGB pixels, owned by this object.
///
/// Reuse one per worker thread where possible: allocating page-sized buffers is costly.
/// Not Sendable: cairo surfaces belong to one thread.
public final class RasterImage {
    let surface: OpaquePointer  // cairo_surface_t*, destroyed in deinit
    public let width: Int
    public let height: Int

    /// A white image of the given size in pixels.
    public init(width: Int, height: Int) throws {
        guard width > 0, height > 0, width < 30_000, height < 30_000,
            let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
        else {
            throw ExtractionError(.popplerFailure, source: "renderer", detail: "cannot allocate a \(width)×\(height) image")
        }
        self.surface = surface
        self.width = width
        self.height = height
    }

    deinit { cairo_surface_destroy(surface) }

    /// Bytes per row of pixel data.
    public var stride: Int { Int(cairo_image_surface_get_stride(surface)) }

    /// Calls `body` with the pixels: rows of `stride` bytes, each pixel 4 bytes (B, G, R, unused
    /// on little-endian machines).
    public func withPixels<T>(_ body: (UnsafeMutableRawBufferPointer) throws -> T) rethrows -> T {
        cairo_surface_flush(surface)
        let base = cairo_image_surface_get_data(surface)!
        defer { cairo_surface_mark_dirty(surface) }
        return try body(UnsafeMutableRawBufferPointer(start: base, count: stride * height))
    }

    /// Draws with a fresh cairo context whose user space is the page in points scaled by `scale`.
    public func draw(scale: Double, _ body: (OpaquePointer) throws -> Void) rethrows {
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        cairo_scale(context, scale, scale)
        try body(context)
    }

    /// Paints the whole image white.
    public func clear() {
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
    }

    /// Fills rectangles given in page points (scaled by `scale`) with an opaque colour.
    public func fill(_ rectangles: [TextBox], scale: Double, red: Double = 0, green: Double = 0, blue: Double = 0) {
        draw(scale: scale) { context in
            cairo_set_source_rgb(context, red, green, blue)
            for r in rectangles { cairo_rectangle(context, r.x, r.y, r.width, r.height) }
            cairo_fill(context)
        }
    }
}

extension PDFPage {
    /// Renders the page at `dpi` into `image` (which must be at least the page's pixel size),
    /// on a white background. With `forPrinting`, annotations are drawn only where their print
    /// flag is set.
    public func render(into image: RasterImage, dpi: Double, forPrinting: Bool = false) {
        image.clear()
        image.draw(scale: dpi / 72) { context in
            if forPrinting { renderForPrinting(into: context) } else { render(into: context) }
        }
    }

    /// The pixel size of the page at `dpi`.
    public func pixelSize(dpi: Double) -> (width: Int, height: Int) {
        let (w, h) = size
        return (max(1, Int((w * dpi / 72).rounded(.up))), max(1, Int((h * dpi / 72).rounded(.up))))
    }

    /// Renders the page into a new image of exactly its pixel size at `dpi`.
    public func rasterize(dpi: Double, forPrinting: Bool = false) throws -> RasterImage {
        let (w, h) = pixelSize(dpi: dpi)
        let image = try RasterImage(width: w, height: h)
        render(into: image, dpi: dpi, forPrinting: forPrinting)
        return image
    }
}
