import Extraction

/// A rectangle on a page: points from the top-left corner of the page as rendered (rotation
/// applied), as in manifests.
public struct PageBox: Equatable, Hashable, Sendable {
    /// 1-based page number.
    public var page: Int
    public var box: TextBox

    public init(page: Int, box: TextBox) {
        self.page = page
        self.box = box
    }
}
