/// An optional-content layer (OCG) of a PDF: its title and whether viewers show it by default.
public struct PDFLayer: Equatable, Sendable {
    public var title: String
    public var isVisible: Bool
    public var depth: Int

    public init(title: String, isVisible: Bool, depth: Int) {
        self.title = title
        self.isVisible = isVisible
        self.depth = depth
    }
}
