/// An annotation on a page (other than a form widget), with what a leak check needs from it.
public struct PDFAnnotation: Equatable, Sendable {
    /// The annotation type as poppler names it ("Highlight", "Square", "Text", "FreeText",
    /// "Unknown" for types poppler does not model, such as Redact).
    public var kind: String
    /// Points, top-left origin.
    public var area: TextBox
    /// The annotation's text (a comment, the text of a FreeText box), when set.
    public var contents: String?
    /// The author label of a markup annotation, when set.
    public var author: String?
    /// The subject of a markup annotation, when set.
    public var subject: String?
    /// The name of the file a FileAttachment annotation carries.
    public var attachmentName: String?
    /// True when the annotation is flagged hidden, invisible or not for viewing.
    public var isHidden: Bool
    /// Opacity of a markup annotation (1 when not a markup annotation).
    public var opacity: Double
    /// Colour as 16-bit RGB, when set.
    public var color: RGB16?

    /// A 16-bit-per-channel colour.
    public struct RGB16: Equatable, Sendable {
        public var red: UInt16
        public var green: UInt16
        public var blue: UInt16

        public init(red: UInt16, green: UInt16, blue: UInt16) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    public init(
        kind: String, area: TextBox, contents: String? = nil, author: String? = nil, subject: String? = nil,
        attachmentName: String? = nil, isHidden: Bool = false, opacity: Double = 1, color: RGB16? = nil
    ) {
        self.kind = kind
        self.area = area
        self.contents = contents
        self.author = author
        self.subject = subject
        self.attachmentName = attachmentName
        self.isHidden = isHidden
        self.opacity = opacity
        self.color = color
    }
}
