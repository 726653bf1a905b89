import BlacklineCore

/// Why a review page could not be made.
///
/// Messages name files, pages and redaction ids, never document text.
public struct ReviewError: BlacklineError, Equatable {
    public enum Code: String, Sendable {
        /// A page could not be rendered or encoded.
        case renderFailure
        /// The inputs do not fit together (a manifest of another input, areas on a text).
        case mismatch
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
        case .mismatch: return .badInput
        }
    }

    public var message: String { detail }
}
