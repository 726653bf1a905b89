import BlacklineCore

/// Why a review page could not be made, or two redaction passes (or a pass and a document) cannot
/// be compared.
///
/// Messages name files, digests, pages and redaction ids, never document text.
public struct ReviewError: BlacklineError, Equatable {
    public enum Code: String, Sendable {
        /// A page could not be rendered or encoded.
        case renderFailure
        /// The inputs do not fit together (a manifest of another input, areas on a text).
        case mismatch
        /// Two manifests were made for different inputs.
        case differentInputs
        /// The document given for context is not the manifests' input.
        case documentMismatch
        /// An input cannot be compared this way (a PDF given as a text, a manifest beside a text).
        case unsupportedInput
    }

    public let code: Code
    public let detail: String

    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public var kind: FailureKind {
        switch code {
        case .renderFailure: return .internal
        case .mismatch, .differentInputs, .documentMismatch: return .badInput
        case .unsupportedInput: return .usage
        }
    }

    public var message: String { detail }
}
