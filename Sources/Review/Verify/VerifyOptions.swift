import Foundation
import PolicyEngine

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
    /// The policy engine with the case registry (from --case): run over the page texts to find
    /// protected people and identifiers in every form, including people the registry does not list.
    public var engine: PolicyEngine?

    public init(
        password: String? = nil, terms: [ProtectedTerm] = [], dpi: Double = 96,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, checkRevisions: Bool = true,
        engine: PolicyEngine? = nil
    ) {
        self.password = password
        self.terms = terms
        self.dpi = dpi
        self.workers = workers
        self.checkRevisions = checkRevisions
        self.engine = engine
    }
}
