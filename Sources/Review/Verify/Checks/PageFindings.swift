import Extraction

/// What the per-page checks found on one page; built on a worker thread, consumed in page order.
struct PageFindings: Sendable {
    var number: Int
    var hasTextLayer: Bool
    /// Problems found on the page (hidden text, annotations, terms in the page text).
    var problems: [Problem]
    /// Folded words a reader can see on the page, with their counts (for comparing revisions).
    var visibleWords: [String: Int]
    /// The page text (for term matches across page breaks).
    var text: String
    var annotations: [PDFAnnotation]
    var formFields: [PDFFormField]
    var linkScripts: [String]
    var hasEmbeddedThumbnail: Bool
}
