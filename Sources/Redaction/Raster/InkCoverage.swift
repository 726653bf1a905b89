import Extraction

/// Grows redaction rectangles over the ink of the rendered page that is attached to them.
///
/// Character boxes come from font metrics, but the ink comes from the font that actually draws
/// the page. When a PDF names a font without embedding it (Helvetica, Times, Arial), the renderer
/// substitutes whatever the machine has, and that font's carons, accents and glyph edges can
/// reach past the boxes that fixed padding allows for: a sliver of a name would stay readable
/// above or beside a black box. So, after rendering and before painting, each rectangle is
/// extended row by row (upwards and downwards) and column by column (left and right) for as long
/// as the row or column just outside it holds dark pixels, within a cap proportional to the
/// rectangle's height, and never into a character that stays visible. The result is snapped
/// outwards to whole pixels, so no anti-aliased edge leaves a half-covered pixel behind.
public struct InkCoverage: Sendable {
    /// Pixels darker than this (0 black … 255 white) count as ink.
    public var inkThreshold: Int = 200
    /// How far a rectangle may grow, as a fraction of its height: above, below, sideways.
    public var maximumGrowthUp: Double = 0.4
    public var maximumGrowthDown: Double = 0.25
    public var maximumGrowthSideways: Double = 0.3

    public init() {}

    /// Returns `rectangles` (page points) grown over attached ink of `image`, rendered at `dpi`.
    ///
    /// - Parameter obstacles: boxes of characters that stay visible; growth stops at them.
    public func grow(_ rectangles: [TextBox], in image: RasterImage, dpi: Int, obstacles: [TextBox]) -> [TextBox] {
        guard !rectangles.isEmpty else { return rectangles }
        let scale = Double(dpi) / 72
        return image.withPixels { pixels in
            let grid = InkGrid(pixels: UnsafeRawBufferPointer(pixels), width: image.width, height: image.height, stride: image.stride, threshold: inkThreshold)
            return rectangles.map { grow($0, grid: grid, scale: scale, obstacles: obstacles) }
        }
    }

    private func grow(_ rect: TextBox, grid: InkGrid, scale: Double, obstacles: [TextBox]) -> TextBox {
        guard !rect.isEmpty else { return rect }
        // Whole pixels covering the rectangle.
        var x0 = max(0, Int((rect.x * scale).rounded(.down)))
        var y0 = max(0, Int((rect.y * scale).rounded(.down)))
        var x1 = min(grid.width, Int((rect.maxX * scale).rounded(.up)))
        var y1 = min(grid.height, Int((rect.maxY * scale).rounded(.up)))
        guard x0 < x1, y0 < y1 else { return rect }
        let heightInPixels = Double(y1 - y0)
        // Limits: the caps, then visible characters near the rectangle.
        var topLimit = max(0, y0 - Int(maximumGrowthUp * heightInPixels))
        var bottomLimit = min(grid.height, y1 + Int(maximumGrowthDown * heightInPixels))
        var leftLimit = max(0, x0 - Int(maximumGrowthSideways * heightInPixels))
        var rightLimit = min(grid.width, x1 + Int(maximumGrowthSideways * heightInPixels))
        for other in obstacles {
            let ox0 = Int((other.x * scale).rounded(.down)), ox1 = Int((other.maxX * scale).rounded(.up))
            let oy0 = Int((other.y * scale).rounded(.down)), oy1 = Int((other.maxY * scale).rounded(.up))
            guard ox1 > leftLimit, ox0 < rightLimit, oy1 > topLimit, oy0 < bottomLimit else { continue }
            // Which side of the rectangle the character is on, by its centre: a line above or
            // below (whose boxes may overlap this line's in dense text), or a neighbour.
            let centreX = (ox0 + ox1) / 2, centreY = (oy0 + oy1) / 2
            if centreY < y0 {
                topLimit = max(topLimit, min(y0, oy1))
            } else if centreY > y1 {
                bottomLimit = min(bottomLimit, max(y1, oy0))
            } else if centreX < x0 {
                leftLimit = max(leftLimit, min(x0, ox1))
            } else if centreX > x1 {
                rightLimit = min(rightLimit, max(x1, ox0))
            }
        }
        // Grow until no edge moves: ink found above may widen the rectangle and so on.
        var moved = true
        while moved {
            moved = false
            while y0 > topLimit, grid.rowHasInk(y0 - 1, from: x0, to: x1) { y0 -= 1; moved = true }
            while y1 < bottomLimit, grid.rowHasInk(y1, from: x0, to: x1) { y1 += 1; moved = true }
            while x0 > leftLimit, grid.columnHasInk(x0 - 1, from: y0, to: y1) { x0 -= 1; moved = true }
            while x1 < rightLimit, grid.columnHasInk(x1, from: y0, to: y1) { x1 += 1; moved = true }
        }
        return TextBox(
            x: Double(x0) / scale, y: Double(y0) / scale, width: Double(x1 - x0) / scale, height: Double(y1 - y0) / scale)
    }
}

/// Read-only view of a rendered image's pixels as ink or paper.
private struct InkGrid {
    let pixels: UnsafeRawBufferPointer
    let width: Int
    let height: Int
    let stride: Int
    let threshold: Int

    /// Pixel (x, y) is darker than the threshold (luminance from the B, G, R bytes).
    @inline(__always) func isInk(_ x: Int, _ y: Int) -> Bool {
        let offset = y * stride + x * 4
        let b = Int(pixels[offset]), g = Int(pixels[offset + 1]), r = Int(pixels[offset + 2])
        return (r * 299 + g * 587 + b * 114) / 1000 < threshold
    }

    func rowHasInk(_ y: Int, from x0: Int, to x1: Int) -> Bool {
        guard y >= 0, y < height else { return false }
        for x in max(0, x0)..<min(width, x1) where isInk(x, y) { return true }
        return false
    }

    func columnHasInk(_ x: Int, from y0: Int, to y1: Int) -> Bool {
        guard x >= 0, x < width else { return false }
        for y in max(0, y0)..<min(height, y1) where isInk(x, y) { return true }
        return false
    }
}
