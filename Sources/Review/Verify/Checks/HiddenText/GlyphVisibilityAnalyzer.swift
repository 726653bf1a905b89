import Extraction

/// Decides, character by character, whether text-layer glyphs show on the rendered page.
///
/// It compares two renderings of the page at the same resolution: the page as a reader sees it,
/// and the text layer's glyphs alone, black on white (`PDFPage.renderTextLayerGlyphs`). The second
/// says exactly which pixels each character's glyph would cover ("ink"). A glyph is visible when the
/// page shows its shape there; it is hidden when the ink pixels look like their surroundings.
///
/// Two tests, both needed:
/// - *Local contrast*, pixel by pixel: an ink pixel is visible when its colour differs from the
///   non-ink pixels around it (within 3 px) by more than their own spread. This follows the edge of a
///   box exactly, so a character 85 % under a box counts as hidden and one half under it does not.
/// - *Shape correlation*, per character: the mean colour under the ink versus the mean of the rest
///   of the character box, against the spread of the rest. A cross-hatched box has light lines that
///   cross some ink pixels, so the local test sees a few "visible" pixels; but the hatching does not
///   follow the glyph, so the means are equal and the glyph is hidden. Conversely black text on a
///   very dark blue background has little contrast but follows the glyph exactly, so it is visible.
/// A character is hidden when at least 80 % of its decided ink pixels are hidden, or when the shape
/// test says hidden and at least half of them are.
///
/// Text drawn *on top of* a dark box (white letters on a black bar) is visible by both tests, so it
/// is never reported. What hides a hidden glyph (`CharacterVisibility.Cover`) is read from the page
/// pixels under its ink: mostly dark, one uniform colour, blank paper, or a picture.
///
/// Characters whose glyphs the selection renderer does not draw (some Type 3 or glyph-less OCR fonts)
/// fall back to the character box: hidden only when every pixel of the box is one dark or blank tone.
struct GlyphVisibilityAnalyzer {
    /// Pixels per point (dpi / 72).
    let scale: Double

    /// Thresholds, named so the rules above can be read in the code.
    static let minimumInkCoverage: UInt8 = 51  // glyph coverage ≥ 20 % in the glyph rendering
    static let backgroundCoverage: UInt8 = 26  // glyph coverage ≤ 10 %
    static let minimumContrast: Float = 0.05
    static let hiddenShare = 0.8
    static let hiddenShareWithShape = 0.5
    static let darkLuminance: Float = 0.4
    static let paperLuminance: Float = 0.9

    /// Classifies every scalar of a page's text.
    ///
    /// - Parameters:
    ///   - page: the rendered page (xRGB32, as `RasterImage` holds it).
    ///   - glyphs: the text layer's glyphs rendered black on white, same size.
    ///   - scalars: the page text; `boxes` has one box per scalar, in points.
    func classify(page: RasterImage, glyphs: RasterImage, scalars: [Unicode.Scalar], boxes: [TextBox]) -> [CharacterVisibility] {
        precondition(page.width == glyphs.width && page.height == glyphs.height && page.stride == glyphs.stride)
        precondition(scalars.count == boxes.count)
        return page.withPixels { pageBytes in
            glyphs.withPixels { glyphBytes in
                let raster = PixelPair(
                    page: UnsafeRawBufferPointer(pageBytes), glyphs: UnsafeRawBufferPointer(glyphBytes),
                    width: page.width, height: page.height, stride: page.stride)
                return zip(scalars, boxes).map { scalar, box in classify(scalar, box, raster) }
            }
        }
    }

    private func classify(_ scalar: Unicode.Scalar, _ box: TextBox, _ raster: PixelPair) -> CharacterVisibility {
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control || box.isEmpty {
            return .notApplicable
        }
        // The character box in pixels, clipped to the page.
        let fx0 = box.x * scale
        let fy0 = box.y * scale
        let fx1 = box.maxX * scale
        let fy1 = box.maxY * scale
        let x0 = max(0, Int(fx0.rounded(.down)))
        let y0 = max(0, Int(fy0.rounded(.down)))
        let x1 = min(raster.width, Int(fx1.rounded(.up)))
        let y1 = min(raster.height, Int(fy1.rounded(.up)))
        let fullArea = max(1e-9, (fx1 - fx0) * (fy1 - fy0))
        if x1 <= x0 || y1 <= y0 || Double((x1 - x0) * (y1 - y0)) < 0.2 * fullArea {
            return .hidden(.outsidePage)
        }

        // Ink: pixels the glyph covers at least half as much as its most covered pixel (thin
        // strokes at low resolution never cover a whole pixel), and at least 20 %.
        var strongest: UInt8 = 0
        for y in y0..<y1 {
            for x in x0..<x1 { strongest = max(strongest, raster.glyphCoverage(x, y)) }
        }
        let inkThreshold = max(GlyphVisibilityAnalyzer.minimumInkCoverage, strongest / 2)
        let hasInk = strongest >= GlyphVisibilityAnalyzer.minimumInkCoverage
        var ink = ColourStatistics()
        var background = ColourStatistics()
        var inkDark = 0
        var inkPerRow = [Int](repeating: 0, count: y1 - y0)
        for y in y0..<y1 {
            for x in x0..<x1 {
                let coverage = raster.glyphCoverage(x, y)
                if hasInk, coverage >= inkThreshold {
                    let colour = raster.colour(x, y)
                    ink.add(colour)
                    inkPerRow[y - y0] += 1
                    if colour.luminance < GlyphVisibilityAnalyzer.darkLuminance { inkDark += 1 }
                } else if coverage <= GlyphVisibilityAnalyzer.backgroundCoverage {
                    background.add(raster.colour(x, y))
                }
            }
        }
        // Fast path, taken by almost every character of an ordinary page: the glyph stands out
        // clearly from an even background (text on paper, or on top of a box).
        if ink.count > 0, background.count >= 3 {
            let spread = background.spread
            if spread < 0.1, ink.mean.maximumDifference(background.mean) > max(0.25, 3 * spread) { return .visible }
        }
        var hiddenPixels = 0
        var visiblePixels = 0
        if ink.count > 0 {
            let cell = (x0 - 1, y0 - 1, x1 + 1, y1 + 1)
            for y in y0..<y1 {
                for x in x0..<x1 where raster.glyphCoverage(x, y) >= inkThreshold {
                    switch raster.localContrast(x, y, raster.colour(x, y), within: cell) {
                    case .some(true): visiblePixels += 1
                    case .some(false): hiddenPixels += 1
                    case .none: break
                    }
                }
            }
        }
        guard ink.count > 0 else { return fallback(raster, x0, y0, x1, y1) }
        let decided = hiddenPixels + visiblePixels
        guard decided > 0 else { return .visible }
        let hiddenShare = Double(hiddenPixels) / Double(decided)
        var hidden = hiddenShare >= GlyphVisibilityAnalyzer.hiddenShare
        if !hidden, hiddenShare >= GlyphVisibilityAnalyzer.hiddenShareWithShape, background.count >= 3 {
            let contrast = ink.mean.maximumDifference(background.mean)
            hidden = contrast <= max(GlyphVisibilityAnalyzer.minimumContrast, background.spread)
        }
        guard hidden else { return .visible }
        // The glyph's vertical extent, ignoring the few pixels of neighbouring lines' descenders
        // and accents that reach into the character box (5th to 95th percentile of ink rows).
        var inkTop = y0
        var inkBottom = y1
        var seen = 0
        for (row, count) in inkPerRow.enumerated() {
            if seen <= ink.count / 20, seen + count > ink.count / 20 { inkTop = y0 + row }
            if seen < ink.count - ink.count / 20, seen + count >= ink.count - ink.count / 20 { inkBottom = y0 + row + 1 }
            seen += count
        }
        return .hidden(cover(ink: ink, inkDark: inkDark, raster, x0, y0, x1, y1, inkTop: inkTop, inkBottom: inkBottom))
    }

    /// What hides a hidden glyph, judged from the page pixels in its *cell*: the character's full
    /// advance width, and the height of its glyph (character boxes run from the font's ascent to
    /// its descent, higher than any box drawn over one line needs to be).
    ///
    /// A box fills the whole cell, the gaps between strokes included; a bold glyph of other text
    /// drawn over a character, or the thicker stroke of a scanned letter under an OCR character, does
    /// not. So a dark cover must make at least 80 % of the cell dark, and a coloured one must make
    /// the cell one uniform colour.
    private func cover(
        ink: ColourStatistics, inkDark: Int, _ raster: PixelPair, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int,
        inkTop: Int, inkBottom: Int
    ) -> CharacterVisibility.Cover {
        var cell = ColourStatistics()
        var cellDark = 0
        for y in inkTop..<max(inkTop, inkBottom) {
            for x in x0..<x1 {
                let colour = raster.colour(x, y)
                cell.add(colour)
                if colour.luminance < GlyphVisibilityAnalyzer.darkLuminance { cellDark += 1 }
            }
        }
        if Double(inkDark) >= 0.8 * Double(ink.count), Double(cellDark) >= 0.8 * Double(cell.count) { return .darkBox }
        if raster.isBlankPaper(x0, y0, x1, y1) { return .blank }
        if cell.count > 0, cell.spread < 0.08, ink.spread < 0.08, cell.mean.luminance <= GlyphVisibilityAnalyzer.paperLuminance {
            return .colourBox
        }
        return .image
    }

    /// Without glyph pixels: hidden only when the whole box is one dark or one blank tone.
    private func fallback(_ raster: PixelPair, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> CharacterVisibility {
        var box = ColourStatistics()
        for y in y0..<y1 {
            for x in x0..<x1 { box.add(raster.colour(x, y)) }
        }
        if box.mean.luminance < 0.2, box.spread < 0.05 { return .hidden(.darkBox) }
        if raster.isBlankPaper(x0, y0, x1, y1, strict: true) { return .hidden(.blank) }
        return .visible
    }
}

/// An RGB colour with components from 0 to 1.
struct PixelColour {
    var red: Float
    var green: Float
    var blue: Float

    var luminance: Float { 0.299 * red + 0.587 * green + 0.114 * blue }

    func maximumDifference(_ other: PixelColour) -> Float {
        max(abs(red - other.red), abs(green - other.green), abs(blue - other.blue))
    }
}

/// Running mean and spread (largest per-channel standard deviation) of colours.
struct ColourStatistics {
    private(set) var count = 0
    private var sum = (Float(0), Float(0), Float(0))
    private var squares = (Float(0), Float(0), Float(0))

    mutating func add(_ c: PixelColour) {
        count += 1
        sum.0 += c.red
        sum.1 += c.green
        sum.2 += c.blue
        squares.0 += c.red * c.red
        squares.1 += c.green * c.green
        squares.2 += c.blue * c.blue
    }

    var mean: PixelColour {
        let n = Float(max(count, 1))
        return PixelColour(red: sum.0 / n, green: sum.1 / n, blue: sum.2 / n)
    }

    var spread: Float {
        let n = Float(max(count, 1))
        let m = mean
        let variance = max(squares.0 / n - m.red * m.red, squares.1 / n - m.green * m.green, squares.2 / n - m.blue * m.blue)
        return variance > 0 ? variance.squareRoot() : 0
    }
}

/// The two renderings of a page, read pixel by pixel.
struct PixelPair {
    let page: UnsafeRawBufferPointer
    let glyphs: UnsafeRawBufferPointer
    let width: Int
    let height: Int
    let stride: Int

    /// Glyph coverage at a pixel, 0 (none) to 255 (full), from the glyph rendering's green channel.
    @inline(__always) func glyphCoverage(_ x: Int, _ y: Int) -> UInt8 {
        255 &- glyphs[y * stride + x * 4 + 1]
    }

    /// The page's colour at a pixel (cairo xRGB32: bytes B, G, R, x).
    @inline(__always) func colour(_ x: Int, _ y: Int) -> PixelColour {
        let offset = y * stride + x * 4
        return PixelColour(
            red: Float(page[offset + 2]) / 255, green: Float(page[offset + 1]) / 255, blue: Float(page[offset]) / 255)
    }

    /// Whether the ink pixel at (x, y) with page colour `colour` stands out from the non-ink pixels
    /// around it in its own character box, give or take a pixel (true), looks like them (false), or has no non-ink
    /// neighbours within 3 px (nil). Staying inside the character's box keeps a box edge that
    /// ends right at the character from counting the paper beyond it.
    func localContrast(_ x: Int, _ y: Int, _ colour: PixelColour, within cell: (Int, Int, Int, Int)) -> Bool? {
        for radius in 1...3 {
            var neighbours = ColourStatistics()
            for ny in max(0, cell.1, y - radius)...min(height - 1, cell.3 - 1, y + radius) {
                for nx in max(0, cell.0, x - radius)...min(width - 1, cell.2 - 1, x + radius)
                where glyphCoverage(nx, ny) <= GlyphVisibilityAnalyzer.backgroundCoverage {
                    neighbours.add(self.colour(nx, ny))
                }
            }
            if neighbours.count >= 3 {
                let threshold = max(GlyphVisibilityAnalyzer.minimumContrast, 2 * neighbours.spread)
                return colour.maximumDifference(neighbours.mean) > threshold
            }
        }
        return nil
    }

    /// True when (nearly) every pixel of the area is light, unsaturated paper: nothing is drawn there.
    func isBlankPaper(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, strict: Bool = false) -> Bool {
        var paper = 0
        var total = 0
        for y in y0..<y1 {
            for x in x0..<x1 {
                let c = colour(x, y)
                total += 1
                let chroma = max(c.red, c.green, c.blue) - min(c.red, c.green, c.blue)
                if c.luminance > (strict ? 0.85 : GlyphVisibilityAnalyzer.paperLuminance), chroma < 0.1 { paper += 1 }
            }
        }
        return total > 0 && Double(paper) >= (strict ? 1.0 : 0.95) * Double(total)
    }
}
