import Foundation

/// A file embedded in a PDF (document-level attachment or file-attachment annotation).
public struct PDFAttachment: Sendable {
    /// The file name stored with the attachment.
    public var name: String
    public var description: String?
    /// The embedded bytes (at most `maximumBytes` of them when read with a limit).
    public var data: Data
    /// The size the PDF declares.
    public var declaredSize: Int
    /// True when `data` holds fewer bytes than the attachment has (read with a limit).
    public var isTruncated: Bool

    public init(name: String, description: String?, data: Data, declaredSize: Int, isTruncated: Bool) {
        self.name = name
        self.description = description
        self.data = data
        self.declaredSize = declaredSize
        self.isTruncated = isTruncated
    }
}
