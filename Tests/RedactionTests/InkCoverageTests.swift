import Extraction
import Redaction
import Testing

/// The ink-coverage step on synthetic renders: what a substituted font draws past its metric box
/// is covered; ink that is not attached, visible neighbours and the caps stop the growth.
@Suite("Ink coverage: boxes grow over attached ink")
struct InkCoverageTests {
    /// A white 200×200 pt page at 72 dpi (1 px = 1 pt) with black rectangles drawn on it.
    static func page(_ ink: [TextBox]) throws -> RasterImage {
        let image = try RasterImage(width: 200, height: 200)
        image.clear()
        image.fill(ink, scale: 1)
        return image
    }

    let glyphBox = TextBox(x: 50, y: 100, width: 40, height: 20)

    @Test("a caron or accent above the box, and a glyph edge beside it, are covered")
    func attachedInk() throws {
        // The glyph body fills its box; a caron sticks out 6 pt above, an edge 3 pt to the right.
        let caron = TextBox(x: 60, y: 94, width: 8, height: 6)
        let edge = TextBox(x: 90, y: 105, width: 3, height: 10)
        let image = try Self.page([glyphBox, caron, edge])
        let grown = InkCoverage().grow([glyphBox], in: image, dpi: 72, obstacles: [])
        let rect = try #require(grown.first)
        #expect(rect.y <= caron.y)
        #expect(rect.maxX >= edge.maxX)
        #expect(rect.x == glyphBox.x && rect.maxY == glyphBox.maxY)
    }

    @Test("ink that is not attached to the box stays: a blank row or column separates it")
    func detachedInk() throws {
        let lineAbove = TextBox(x: 50, y: 80, width: 40, height: 10)  // ends 10 pt above the box
        let wordBeside = TextBox(x: 95, y: 100, width: 20, height: 20)  // starts 5 pt to the right
        let image = try Self.page([glyphBox, lineAbove, wordBeside])
        let grown = InkCoverage().grow([glyphBox], in: image, dpi: 72, obstacles: [])
        #expect(grown == [glyphBox])
    }

    @Test("a visible character stops the growth even when its ink touches the box")
    func visibleNeighbour() throws {
        let neighbour = TextBox(x: 90, y: 100, width: 15, height: 20)
        let image = try Self.page([glyphBox, neighbour])
        let grown = InkCoverage().grow([glyphBox], in: image, dpi: 72, obstacles: [neighbour])
        #expect(grown.first?.maxX == neighbour.x)
        let unguarded = InkCoverage().grow([glyphBox], in: image, dpi: 72, obstacles: [])
        #expect((unguarded.first?.maxX ?? 0) > neighbour.x)
    }

    @Test("a rule or border attached to the box grows it only up to the cap")
    func cappedGrowth() throws {
        let rule = TextBox(x: 70, y: 0, width: 1, height: 100)  // a vertical line down to the box
        let image = try Self.page([glyphBox, rule])
        let coverage = InkCoverage()
        let grown = try #require(coverage.grow([glyphBox], in: image, dpi: 72, obstacles: []).first)
        #expect(grown.y == glyphBox.y - coverage.maximumGrowthUp * glyphBox.height)
    }

    @Test("at 150 dpi the grown box is snapped outwards to whole pixels")
    func pixelSnapping() throws {
        let image = try RasterImage(width: 417, height: 417)
        image.clear()
        let box = TextBox(x: 50.3, y: 100.2, width: 40.1, height: 20.05)
        image.fill([box], scale: 150.0 / 72)
        let grown = try #require(InkCoverage().grow([box], in: image, dpi: 150, obstacles: []).first)
        let scale = 150.0 / 72
        for edge in [grown.x, grown.y, grown.maxX, grown.maxY] {
            #expect(abs((edge * scale) - (edge * scale).rounded()) < 1e-9)
        }
        #expect(grown.x <= box.x && grown.y <= box.y && grown.maxX >= box.maxX && grown.maxY >= box.maxY)
    }
}
