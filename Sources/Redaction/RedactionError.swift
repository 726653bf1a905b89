import BlacklineCore

/// Why a redaction could not be carried out.
///
/// Messages name the file, page, redaction id or offsets, never the document's text.
public struct RedactionError: BlacklineError, Equatable {
    public enum Code: String, Sendable, Equatable {
        /// A page has no text layer, so it cannot be checked for sensitive text.
        case uncheckedPage
        /// A finding or decision does not fit the document (offsets out of range, overlap, text differs).
        case findingMismatch
        /// A decisions file was made for another input.
        case inputMismatch
        /// The input and output kinds do not go together (a PDF into a .txt, …).
        case unsupportedOutput
        /// A page could not be rendered or encoded.
        case renderFailure
        /// A findings, decisions or label-map file is malformed.
        case badFile
    }

    public let code: Code
    public let source: String
    public let detail: String

    public init(_ code: Code, source: String, detail: String) {
        self.code = code
        self.source = source
        self.detail = detail
    }

    public var kind: FailureKind {
        switch code {
        case .uncheckedPage, .findingMismatch, .inputMismatch, .badFile: return .badInput
        case .unsupportedOutput: return .usage
        case .renderFailure: return .internal
        }
    }

    public var message: String { "\(source): \(detail)" }
}
