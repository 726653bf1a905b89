import BlacklineCore
import Extraction
import Foundation
import PolicyEngine
import Redaction
import Review

#if canImport(Glibc)
import Glibc
#endif

/// `blackline review`: writes a self-contained HTML page for a reviewer to accept or reject each
/// proposed redaction, add areas, and export a decisions file for `blackline redact --decisions`.
enum ReviewCommand: Command {
    static let spec = CommandSpec(
        path: ["review"],
        abstract: "Write an HTML review page: accept or reject each proposed redaction, add areas, export decisions.",
        discussion: """
            The page is one self-contained HTML file (no network access, no external scripts, fonts or
            images): every page as an image with the proposed boxes drawn where `blackline redact` will
            black them out, coloured by category; the findings with their explanations (detector, matched
            variant, score, context words, rule, exemptions, justification); toggles to accept or reject
            each finding, or all of a category or a party; areas drawn by dragging on a page; keyboard
            navigation (press ? on the page); and an export button that saves NAME.decisions.json, which
            `blackline redact FILE --decisions NAME.decisions.json -o OUT` applies as it is.

            The proposals come from detection (--policy, --case), from `blackline scan --format json`
            (--findings; written with --explain the explanations are shown), or from an earlier manifest
            (--manifest, to review a redaction again). A text file is shown as text with the spans
            marked.

            The page contains the protected text, because the reviewer needs it, and says so at the top:
            keep it confidential and delete it after the review. It is written atomically, readable by
            its owner only, and the text is written nowhere else.
            """,
        arguments: [ArgumentSpec("FILE", help: "The PDF or UTF-8 text file to review.")],
        options: [
            CommonOptions.output, CommonOptions.policy, CommonOptions.caseFile,
            .option("--findings", value: "FILE", help: "Review the findings of `blackline scan --format json` instead of detecting."),
            .option("--manifest", value: "FILE", help: "Review a redaction manifest again (its decisions and areas)."),
            .option("--dpi", value: "N", help: "Resolution of the page images, 36–200 (default 96)."),
            CommonOptions.password, CommonOptions.jobs,
        ],
        examples: [
            "blackline review indictment.pdf --case indictment.case.json -o indictment.review.html",
            "blackline scan note.txt --explain --format json > note.findings.json && blackline review note.txt --findings note.findings.json -o note.review.html",
            "blackline review filing.pdf --manifest filing.manifest.json -o filing.review.html",
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let inputPath = arguments.argument(0)!
        guard let outputPath = arguments.value("--output") else {
            throw UsageError("missing -o/--output (the review page, e.g. review.html)", command: spec.name)
        }
        let findingsPath = arguments.value("--findings")
        let manifestPath = arguments.value("--manifest")
        let policyName = arguments.value("--policy")
        let casePath = arguments.value("--case")
        if findingsPath != nil, manifestPath != nil {
            throw UsageError("--findings and --manifest exclude each other", command: spec.name)
        }
        if manifestPath != nil, policyName != nil || casePath != nil {
            throw UsageError("--manifest reviews a manifest as it is; it takes no --policy or --case", command: spec.name)
        }
        let outputURL = context.url(forPath: outputPath)
        if outputURL.standardizedFileURL.path == context.url(forPath: inputPath).standardizedFileURL.path {
            throw UsageError("the review page would overwrite the input", command: spec.name)
        }
        let dpi = try arguments.integer("--dpi", default: 96, in: 36...200)!
        let jobs = try CommonOptions.jobs(arguments)
        let password = arguments.value("--password")
        PopplerDiagnostics.silence()

        let source = DocumentSource.path(inputPath)
        guard FileManager.default.isReadableFile(atPath: context.url(forPath: inputPath).path) else {
            throw ExtractionError(.fileNotFound, source: inputPath)
        }
        let inputSHA = try RedactionPipeline.digest(of: source)
        let document = try ReviewPlan.loadDocument(source, password: password, workers: jobs)
        let plan: ReviewPlan
        if let manifestPath {
            plan = try ReviewPlan(
                source: source, password: password, document: document, inputPath: inputPath, inputSHA256: inputSHA,
                manifest: context.url(forPath: manifestPath), manifestName: manifestPath)
        } else {
            var provenance = Provenance(input: .init(path: inputPath, sha256: inputSHA))
            provenance.caseFile = try casePath.map { try digest($0) }
            let policy = try policyName.map { try Policy.load($0) } ?? (findingsPath == nil ? try Policy.load("default") : nil)
            var items: [RedactionItem]
            var explanations: [String: Explanation] = [:]
            if let findingsPath {
                let url = context.url(forPath: findingsPath)
                let file = try FindingsFile.load(from: url, displayName: findingsPath)
                items = file.items
                let explained = try FindingsExplanations.load(from: url, displayName: findingsPath)
                for index in items.indices {
                    guard let entry = explained[items[index].id] else { continue }
                    explanations[items[index].id] = entry.explanation
                    if items[index].detector.isEmpty, let detector = entry.detector { items[index].detector = detector }
                }
                provenance.findingsFile = try digest(findingsPath)
                provenance.policyName = file.policyName ?? policy?.name
                if let policy {
                    for index in items.indices where items[index].justification.isEmpty {
                        items[index].justification = policy.rule(id: items[index].rule)?.justification ?? ""
                    }
                }
            } else {
                let policy = policy!
                let registry = try casePath.map { try CaseRegistry.load(from: context.url(forPath: $0), displayName: $0) }
                let findings = try PolicyEngine(policy: policy, registry: registry).scan(document)
                items = findings.map { RedactionItem($0, justification: policy.rule(id: $0.rule)?.justification ?? "") }
                for finding in findings { explanations[RedactionItem.stableID(start: finding.start, end: finding.end)] = finding.explanation }
                provenance.policyName = policy.name
                provenance.policySHA256 = policy.sourceSHA256.isEmpty ? nil : policy.sourceSHA256
            }
            plan = try ReviewPlan(
                source: source, password: password, document: document, provenance: provenance, items: items,
                explanations: explanations)
        }
        if !document.pagesWithoutText.isEmpty {
            context.warn(
                "\(inputPath): pages without a text layer were not checked: \(document.pagesWithoutText.map(String.init).joined(separator: ", ")); they are marked on the page (draw areas, or run OCR)")
        }
        // The page holds the protected text: only its owner may read it.
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        let summary = try ReviewPage.write(
            plan, to: outputURL, options: ReviewPageOptions(dpi: Double(dpi), workers: jobs), progress: context.progress())
        try context.print(
            "\(inputPath) → \(outputPath): \(summary.findings) proposed redaction\(summary.findings == 1 ? "" : "s"), \(summary.pages) page\(summary.pages == 1 ? "" : "s"), \(summary.bytes) bytes")
        context.note("\(outputPath) contains the protected text: keep it confidential and delete it after the review")
        return .success
    }

    static func digest(_ path: String) throws -> Provenance.FileDigest {
        .init(path: path, sha256: try SHA256.hex(ofFileAt: URL(fileURLWithPath: path)))
    }
}
