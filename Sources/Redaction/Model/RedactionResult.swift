import Extraction

/// Everything a redaction run did: the input, the plan, the pages written, the output's digest.
/// The manifest and the log are written from it.
public struct RedactionResult: Sendable {
    public var provenance: Provenance
    public var options: RedactionOptions
    public var format: ExtractedDocument.Format
    public var pageCount: Int
    public var plan: RedactionPlan
    /// Per-page report (PDF output only).
    public var pages: [PDFRedactor.PageReport]
    /// Boxes drawn per item index (PDF output only).
    public var itemBoxes: [Int: [(page: Int, box: TextBox)]]
    /// Keyed fingerprints of the items' texts, by item index.
    public var checks: [Int: String]
    /// The output as the user named it, its SHA-256 and size.
    public var outputPath: String
    public var outputSHA256: String
    public var outputBytes: Int
    /// Warnings for the user (never document text): form fields, annotations, unchecked pages.
    public var warnings: [String]

    /// Pages written without being checked (no text layer).
    public var uncheckedPages: [Int] { pages.filter { !$0.checked }.map(\.number) }
}
