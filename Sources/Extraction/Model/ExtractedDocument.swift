/// A document's pages and metadata after extraction, with the document text contract applied.
///
/// **The document text contract.** The text of a document is its pages' texts joined by a form
/// feed (`\f`). Every offset that crosses a module boundary or appears in output is a Unicode
/// scalar offset into that text, end exclusive. For plain-text input the text is the file's
/// content exactly (one page, no boxes).
public struct ExtractedDocument: Sendable {
    public enum Format: String, Sendable {
        case pdf
        case plainText = "text"
    }

    /// The input as the user named it.
    public let source: String
    public let format: Format
    /// Total pages in the document (the extracted pages may be a selection of them).
    public let pageCount: Int
    /// The extracted pages, in document order.
    public let pages: [PageContent]
    /// PDF metadata; nil for plain text.
    public let metadata: DocumentMetadata?
    /// The pages' texts joined by `\f`.
    public let text: String
    /// Scalar offset in `text` where each entry of `pages` starts.
    public let pageStartOffsets: [Int]

    public init(source: String, format: Format, pageCount: Int, pages: [PageContent], metadata: DocumentMetadata?) {
        self.source = source
        self.format = format
        self.pageCount = pageCount
        self.pages = pages
        self.metadata = metadata
        var text = ""
        var starts: [Int] = []
        var offset = 0
        for (index, page) in pages.enumerated() {
            if index > 0 {
                text.unicodeScalars.append("\u{0C}")
                offset += 1
            }
            starts.append(offset)
            text += page.text
            offset += page.scalarCount
        }
        self.text = text
        self.pageStartOffsets = starts
    }

    /// Index into `pages` of the page holding the scalar at `offset` (a form feed belongs to the
    /// page before it).
    public func pageIndex(containingOffset offset: Int) -> Int {
        var low = 0
        var high = pageStartOffsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStartOffsets[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    /// Pages without a text layer (scans, image-only or damaged pages), by page number.
    public var pagesWithoutText: [Int] {
        format == .pdf ? pages.filter { !$0.hasTextLayer }.map(\.number) : []
    }
}
