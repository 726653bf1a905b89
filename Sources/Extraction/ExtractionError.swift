import BlacklineCore

/// Why a document could not be opened or read.
///
/// Messages name the file and the page, never the document's text.
public struct ExtractionError: BlacklineError, Equatable {
    public enum Code: String, Sendable, Equatable {
        /// The file does not exist or cannot be read.
        case fileNotFound
        /// The file exists but is empty (zero bytes).
        case emptyFile
        /// The file does not start like a PDF and is not plain text.
        case notPDF
        /// The file looks like a PDF but poppler cannot parse it (truncated, corrupt).
        case damaged
        /// The PDF is encrypted and no password was given.
        case passwordRequired
        /// The PDF is encrypted and the given password is wrong.
        case wrongPassword
        /// A requested page does not exist.
        case pageOutOfRange
        /// A plain-text input is not valid UTF-8.
        case invalidText
        /// A page selection such as `1-3,7` is malformed.
        case invalidPageSelection
        /// poppler failed in an unexpected way.
        case popplerFailure
    }

    public let code: Code
    /// The input as the user named it.
    public let source: String
    /// Extra context (a page number, poppler's own message).
    public let detail: String?

    public init(_ code: Code, source: String, detail: String? = nil) {
        self.code = code
        self.source = source
        self.detail = detail
    }

    public var kind: FailureKind {
        switch code {
        case .fileNotFound: return .missingInput
        // Both are about what the user asked for on the command line, not about the file.
        case .invalidPageSelection, .pageOutOfRange: return .usage
        case .popplerFailure: return .internal
        default: return .badInput
        }
    }

    public var message: String {
        let what: String
        switch code {
        case .fileNotFound: what = "no such file or not readable"
        case .emptyFile: what = "the file is empty"
        case .notPDF: what = "not a PDF file (and not UTF-8 text)"
        case .damaged: what = "the PDF is damaged or truncated and cannot be read"
        case .passwordRequired: what = "the PDF is encrypted; give its password with --password"
        case .wrongPassword: what = "the PDF is encrypted and the password is wrong"
        case .pageOutOfRange: what = "page out of range"
        case .invalidText: what = "the text file is not valid UTF-8"
        case .invalidPageSelection: what = "invalid page selection"
        case .popplerFailure: what = "poppler failed"
        }
        if let detail { return "\(source): \(what) (\(detail))" }
        return "\(source): \(what)"
    }
}
