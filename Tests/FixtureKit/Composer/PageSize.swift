/// A page size in points (1/72 inch).
public struct PageSize: Equatable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// ISO A4 portrait, 595.28 × 841.89 pt.
    public static let a4 = PageSize(width: 595.28, height: 841.89)
    /// ISO A4 landscape.
    public static let a4Landscape = PageSize(width: 841.89, height: 595.28)
    /// US Letter portrait, 612 × 792 pt.
    public static let letter = PageSize(width: 612, height: 792)

    /// The same page turned by 90°.
    public var landscape: PageSize { PageSize(width: height, height: width) }
}

/// Page margins in points.
public struct Margins: Equatable, Sendable {
    public var top: Double
    public var left: Double
    public var bottom: Double
    public var right: Double

    public init(top: Double, left: Double, bottom: Double, right: Double) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    /// The same margin on every side.
    public init(all value: Double) {
        self.init(top: value, left: value, bottom: value, right: value)
    }

    /// 2 cm sides, 2.2 cm top and bottom (room for running headers and footers).
    public static let standard = Margins(top: 62, left: 57, bottom: 62, right: 57)
}
