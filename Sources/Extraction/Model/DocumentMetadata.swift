/// Document-level metadata as stored in the PDF: the Info dictionary fields poppler exposes and the
/// XMP packet. The verifier checks these for leaks.
public struct DocumentMetadata: Equatable, Sendable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
    /// Creation and modification dates as Unix timestamps, when present.
    public var creationDate: Int64?
    public var modificationDate: Int64?
    /// The raw XMP metadata packet, when present.
    public var xmp: String?
    /// e.g. "PDF-1.7".
    public var pdfVersion: String?
    public var hasJavaScript: Bool
    public var hasAttachments: Bool

    public init(
        title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
        creator: String? = nil, producer: String? = nil, creationDate: Int64? = nil, modificationDate: Int64? = nil,
        xmp: String? = nil, pdfVersion: String? = nil, hasJavaScript: Bool = false, hasAttachments: Bool = false
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.producer = producer
        self.creationDate = creationDate
        self.modificationDate = modificationDate
        self.xmp = xmp
        self.pdfVersion = pdfVersion
        self.hasJavaScript = hasJavaScript
        self.hasAttachments = hasAttachments
    }

    /// The Info fields that are set, by name (Title, Author, Subject, Keywords, Creator, Producer).
    public var infoFields: [(name: String, value: String)] {
        [("Title", title), ("Author", author), ("Subject", subject), ("Keywords", keywords), ("Creator", creator), ("Producer", producer)]
            .compactMap { name, value in value.map { (name, $0) } }
    }
}
