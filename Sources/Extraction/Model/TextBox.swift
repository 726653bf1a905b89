/// The box of one Unicode scalar on a page: points, origin at the top-left corner, page rotation
/// applied (the same space poppler renders into after scaling by dpi/72).
public struct TextBox: Equatable, Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// True for the zero-area boxes poppler gives line breaks.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The smallest box containing both.
    public func union(_ other: TextBox) -> TextBox {
        let minX = Swift.min(x, other.x)
        let minY = Swift.min(y, other.y)
        return TextBox(
            x: minX, y: minY, width: Swift.max(maxX, other.maxX) - minX, height: Swift.max(maxY, other.maxY) - minY)
    }

    /// The overlapping part, or nil when the boxes do not overlap.
    public func intersection(_ other: TextBox) -> TextBox? {
        let minX = Swift.max(x, other.x)
        let minY = Swift.max(y, other.y)
        let maxX = Swift.min(self.maxX, other.maxX)
        let maxY = Swift.min(self.maxY, other.maxY)
        guard maxX > minX, maxY > minY else { return nil }
        return TextBox(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The box grown by the given margins (negative values shrink it).
    public func padded(top: Double, left: Double, bottom: Double, right: Double) -> TextBox {
        TextBox(x: x - left, y: y - top, width: width + left + right, height: height + top + bottom)
    }
}
