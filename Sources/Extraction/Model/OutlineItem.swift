/// One bookmark of a document's outline: its title, its depth (0 for top-level items) and what it
/// points to.
public struct OutlineItem: Equatable, Sendable {
    public var title: String
    public var depth: Int
    /// The action behind the bookmark (usually a page destination; sometimes a script or a URI).
    public var action: PDFAction

    public init(title: String, depth: Int, action: PDFAction) {
        self.title = title
        self.depth = depth
        self.action = action
    }
}
