import Extraction
import Foundation

/// One document to redact and where its outputs go.
public struct RedactionJob: Sendable {
    public var input: DocumentSource
    public var password: String?
    /// The redacted document (`.pdf` for a PDF, a text file for text).
    public var output: URL
    /// The output as the user named it (for the manifest and messages).
    public var outputName: String
    public var manifest: URL?
    /// Put the redacted text into the manifest.
    public var manifestIncludesText: Bool
    /// Redaction log, `.csv` or `.md`.
    public var log: URL?
    public var options: RedactionOptions

    public init(
        input: DocumentSource, password: String? = nil, output: URL, outputName: String? = nil, manifest: URL? = nil,
        manifestIncludesText: Bool = false, log: URL? = nil, options: RedactionOptions = RedactionOptions()
    ) {
        self.input = input
        self.password = password
        self.output = output
        self.outputName = outputName ?? output.path
        self.manifest = manifest
        self.manifestIncludesText = manifestIncludesText
        self.log = log
        self.options = options
    }
}
