import CPoppler

extension PDFPage {
    /// Draws only the glyphs of the page's text layer, black on white, into `image` at `dpi`.
    ///
    /// Every character that `text()` returns is drawn with its own font at its own place, whether
    /// or not it is visible in a normal rendering (invisible render mode, white, under a box, off
    /// the crop box). Comparing this with `render(into:dpi:)` tells which characters a reader can
    /// actually see. Uses poppler's selection renderer over the whole page.
    public func renderTextLayerGlyphs(into image: RasterImage, dpi: Double) {
        image.clear()
        let (width, height) = size
        var selection = PopplerRectangle(x1: 0, y1: 0, x2: width, y2: height)
        var glyphColor = PopplerColor(red: 0, green: 0, blue: 0)
        var backgroundColor = PopplerColor(red: 0xFFFF, green: 0xFFFF, blue: 0xFFFF)
        image.draw(scale: dpi / 72) { context in
            poppler_page_render_selection(
                handle, context, &selection, nil, POPPLER_SELECTION_GLYPH, &glyphColor, &backgroundColor)
        }
    }
}
