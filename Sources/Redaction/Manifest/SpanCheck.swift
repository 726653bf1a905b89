import BlacklineCore
import Foundation

/// A short keyed fingerprint of a redacted span, so that a decisions file can be checked against
/// the document without holding its text.
///
/// The key is the SHA-256 of the whole document text, which a manifest never contains: someone
/// holding only the manifest cannot test guessed names against the fingerprints, while anyone
/// holding the document can verify them.
public struct SpanCheck: Sendable {
    private let key: Data

    public init(documentText: String) {
        key = Data(SHA256.hex(of: "blackline-span-check\u{0}" + documentText).utf8)
    }

    /// 16 hex digits of HMAC-SHA-256(key, text).
    public func fingerprint(_ text: String) -> String {
        String(HMACSHA256.hex(key: key, message: Data(text.utf8)).prefix(16))
    }
}
