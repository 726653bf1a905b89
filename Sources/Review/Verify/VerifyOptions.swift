import Foundation

/// How `Verifier` checks a document.
public struct VerifyOptions: Sendable {
    /// Password of an encrypted PDF.
    public var password: String?
    /// Protected terms to search everywhere (empty: no term search).
    public var terms: [ProtectedTerm]
    /// Rendering resolution for the pixel checks. 72–100 dpi is enough to see a box over body
    /// text; more costs time roughly with its square.
    public var dpi: Double
    /// Worker threads for pages (each opens its own copy of the document).
    public var workers: Int
    /// Check earlier revisions of incrementally saved files.
    public var checkRevisions: Bool

    public init(
        password: String? = nil, terms: [ProtectedTerm] = [], dpi: Double = 96,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, checkRevisions: Bool = true
    ) {
        self.password = password
        self.terms = terms
        self.dpi = dpi
        self.workers = workers
        self.checkRevisions = checkRevisions
    }
}
