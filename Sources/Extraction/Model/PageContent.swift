import BlacklineCore

/// What extraction found on one page.
///
/// `text` is the page's text as poppler reads it (lines separated by `\n`, no trailing newline).
/// `boxes`, when requested, has exactly one entry per Unicode scalar of `text` (line breaks get
/// zero-area boxes), so a scalar offset into the text is also an index into `boxes`.
public struct PageContent: Sendable {
    /// 1-based page number in the document.
    public var number: Int
    /// Page size in points with rotation applied.
    public var width: Double
    public var height: Double
    public var text: String
    /// One box per Unicode scalar of `text`, or nil when not requested or not applicable (plain text).
    public var boxes: [TextBox]?
    /// Font runs, when requested.
    public var fontRuns: [FontRun]?
    /// False when the page has no characters at all (a scan, an image-only page, or damage).
    /// Such a page can't be checked for sensitive text and must never count as "nothing to redact".
    public var hasTextLayer: Bool
    /// True when the page has form fields: their values are drawn but are not in `text`.
    public var hasFormFields: Bool
    /// True when the page has annotations other than form widgets (links, notes, highlights…).
    public var hasAnnotations: Bool

    public init(
        number: Int, width: Double, height: Double, text: String, boxes: [TextBox]? = nil,
        fontRuns: [FontRun]? = nil, hasTextLayer: Bool, hasFormFields: Bool = false, hasAnnotations: Bool = false
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.text = text
        self.boxes = boxes
        self.fontRuns = fontRuns
        self.hasTextLayer = hasTextLayer
        self.hasFormFields = hasFormFields
        self.hasAnnotations = hasAnnotations
    }

    /// Number of Unicode scalars in `text` (and of entries in `boxes`).
    public var scalarCount: Int { text.unicodeScalarCount }
}
