import BlacklineCore
import Extraction
import Foundation

/// Redaction from start to finish, with detection as one input: a document, the redactions to
/// make (from the policy engine, a findings file or a reviewer's decisions) and options in; the
/// redacted document, the manifest and the log out.
///
/// **Fail closed.** Every output is written to a temporary file and renamed into place only when
/// everything succeeded; on any error no output is left behind.
public enum RedactionPipeline {
    /// Reads the input's text (no boxes): the document that detection runs on and offsets refer to.
    public static func load(_ source: DocumentSource, password: String?, workers: Int) throws -> ExtractedDocument {
        try Extractor.extract(source, options: ExtractionOptions(password: password, workers: workers))
    }

    /// SHA-256 of an input.
    public static func digest(of source: DocumentSource) throws -> String {
        switch source {
        case .file(let url, _): return try SHA256.hex(ofFileAt: url)
        case .data(let data, _): return SHA256.hex(of: data)
        }
    }

    /// Redacts `document` (read from `job.input`) and writes every output of `job`.
    ///
    /// - Parameters:
    ///   - items: the redactions (decided `redact` or `keep`).
    ///   - areas: rectangles to black out (PDF only).
    ///   - operators: the operators, with the label map shared across a batch.
    public static func run(
        _ job: RedactionJob, document: ExtractedDocument, provenance: Provenance, items: [RedactionItem],
        areas: [AreaRedaction] = [], operators: OperatorSet = OperatorSet(),
        progress: any ProgressReporter = SilentProgress()
    ) throws -> RedactionResult {
        try checkPaths(job, document: document)
        if document.format == .plainText, !areas.isEmpty {
            throw RedactionError(.unsupportedOutput, source: document.source, detail: "area redactions need a PDF input")
        }
        if document.format == .pdf { _ = try PDFRedactor.checkTextLayers(document, options: job.options) }
        let plan = try RedactionPlan(document: document, items: items, areas: areas, operators: operators, options: job.options)
        let spanCheck = SpanCheck(documentText: document.text)
        var checks: [Int: String] = [:]
        for (index, item) in plan.items.enumerated() { checks[index] = spanCheck.fingerprint(item.text) }

        var result = RedactionResult(
            provenance: provenance, options: job.options, format: document.format, pageCount: document.pageCount, plan: plan,
            pages: [], itemBoxes: [:], checks: checks, outputPath: job.outputName, outputSHA256: "", outputBytes: 0,
            warnings: [])
        var sideFiles: [URL] = []
        do {
            try AtomicFile.write(to: job.output) { writer in
                let output = HashingOutput(writer)
                switch document.format {
                case .pdf:
                    let report = try PDFRedactor.write(
                        source: job.input, password: job.password, document: document, plan: plan, options: job.options,
                        output: output, progress: progress)
                    result.pages = report.pages
                    result.itemBoxes = report.itemBoxes
                case .plainText:
                    try output.write(TextRedactor.redact(document, plan: plan))
                }
                result.outputSHA256 = output.finishHash()
                result.outputBytes = output.count
                result.warnings = warnings(result)
                // Side outputs go into place just before the document does; if anything fails
                // after this, they are removed again.
                if let manifest = job.manifest {
                    try AtomicFile.write(
                        RedactionManifest.json(result, includeText: job.manifestIncludesText).serialized(pretty: true) + "\n",
                        to: manifest)
                    sideFiles.append(manifest)
                }
                if let log = job.log {
                    let format = RedactionLog.Format(path: log.path) ?? .csv
                    try AtomicFile.write(RedactionLog.render(result, format: format), to: log)
                    sideFiles.append(log)
                }
            }
        } catch {
            for url in sideFiles { try? FileManager.default.removeItem(at: url) }
            throw error
        }
        return result
    }

    /// Output paths that would destroy an input, or outputs of the wrong kind.
    static func checkPaths(_ job: RedactionJob, document: ExtractedDocument) throws {
        let output = job.output.standardizedFileURL.path
        if case .file(let input, _) = job.input, input.standardizedFileURL.path == output {
            throw RedactionError(.unsupportedOutput, source: job.outputName, detail: "the output would overwrite the input")
        }
        for side in [job.manifest, job.log].compactMap({ $0 }) where side.standardizedFileURL.path == output {
            throw RedactionError(.unsupportedOutput, source: job.outputName, detail: "the output, manifest and log must be different files")
        }
        if let log = job.log, RedactionLog.Format(path: log.path) == nil {
            throw RedactionError(.unsupportedOutput, source: log.path, detail: "the log must be a .csv or .md file")
        }
        let isPDFName = job.output.pathExtension.lowercased() == "pdf"
        switch document.format {
        case .pdf where !isPDFName:
            throw RedactionError(.unsupportedOutput, source: job.outputName, detail: "a PDF is redacted into a PDF: name the output *.pdf")
        case .plainText where isPDFName:
            throw RedactionError(.unsupportedOutput, source: job.outputName, detail: "a text input is redacted into text: name the output *.txt")
        default: break
        }
    }

    static func warnings(_ result: RedactionResult) -> [String] {
        var warnings: [String] = []
        let unchecked = result.uncheckedPages
        if !unchecked.isEmpty {
            warnings.append("pages \(unchecked.map(String.init).joined(separator: ", ")) have no text layer and were written unchecked")
        }
        let forms = result.pages.filter { $0.hasFormFields && $0.formFieldAreas.isEmpty }.map(\.number)
        if !forms.isEmpty {
            warnings.append(
                "pages \(forms.map(String.init).joined(separator: ", ")) have form fields whose values are drawn but not in the text layer, so they were not checked; --redact-form-fields blacks out every field")
        }
        let annotated = result.pages.filter(\.hasAnnotations).map(\.number)
        if !annotated.isEmpty {
            warnings.append(
                "pages \(annotated.map(String.init).joined(separator: ", ")) have annotations; what they show is drawn into the page image but was not checked")
        }
        return warnings
    }
}
