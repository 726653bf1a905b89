/// A run of text set in one font: scalar offsets into the page's text, end exclusive.
public struct FontRun: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var fontName: String
    public var fontSize: Double
    /// Text colour as 16-bit RGB components.
    public var color: (red: UInt16, green: UInt16, blue: UInt16)

    public init(start: Int, end: Int, fontName: String, fontSize: Double, color: (red: UInt16, green: UInt16, blue: UInt16)) {
        self.start = start
        self.end = end
        self.fontName = fontName
        self.fontSize = fontSize
        self.color = color
    }

    public static func == (a: FontRun, b: FontRun) -> Bool {
        a.start == b.start && a.end == b.end && a.fontName == b.fontName && a.fontSize == b.fontSize
            && a.color.red == b.color.red && a.color.green == b.color.green && a.color.blue == b.color.blue
    }
}
