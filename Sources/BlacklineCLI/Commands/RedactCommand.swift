import BlacklineCore
import Dispatch
import Extraction
import Foundation
import PolicyEngine
import Redaction

/// `blackline redact`: writes a redacted copy of a PDF or text file (or of every file in a folder),
/// with an optional manifest and redaction log.
enum RedactCommand: Command {
    static let spec = CommandSpec(
        path: ["redact"],
        abstract: "Redact a PDF or text file (or a folder of them) into a secure copy.",
        discussion: """
            A PDF becomes an image-only PDF: every page is rendered, the redactions are burned into the pixels
            as solid black boxes, and nothing else survives (no text layer, fonts, annotations, form data,
            attachments or metadata). A text file becomes a text file with the same operators. The output is
            written atomically: on any error nothing is written. The same input and options give the same bytes.

            What to redact comes from detection (--policy/--case), from a findings file written by
            `blackline scan --format json` (--findings), or from a reviewed manifest (--decisions), which is
            applied exactly: its decisions, its areas, no fresh detection; it is refused when it was made for
            another input.

            With a folder as IN, every .pdf and .txt in it is redacted into the folder OUT under the same name;
            --findings, --decisions, --manifest and --log then name folders (NAME.findings.json,
            NAME.manifest.json read; NAME.manifest.json, NAME.log.csv written). A failing file is reported and
            makes the exit status non-zero; the other files are still done.
            """,
        arguments: [ArgumentSpec("IN", help: "A PDF, a UTF-8 text file, or a folder of them.")],
        options: [
            CommonOptions.output, CommonOptions.policy, CommonOptions.caseFile,
            .option("--findings", value: "FILE", help: "Redact the findings of `blackline scan --format json` instead of detecting."),
            .option("--decisions", value: "FILE", help: "Apply a reviewed manifest exactly (no detection)."),
            .option("--manifest", value: "FILE", help: "Write a JSON manifest of every redaction."),
            .flag("--manifest-include-text", help: "Put the redacted text into the manifest (keep such a manifest confidential)."),
            .option("--log", value: "FILE", help: "Write a redaction log (.csv or .md): page, category, exemption, justification, action."),
            .option("--label-map", value: "FILE", help: "Pseudonym map shared across documents (read if present, updated)."),
            .option("--dpi", value: "N", help: "Resolution of the page images (default 150)."),
            .option("--color", value: "MODE", help: "Page images: auto (1-bit, gray or RGB as each page needs), bw, gray, rgb.", choices: ["auto", "bw", "gray", "rgb"]),
            .flag("--exemptions-in-boxes", help: "Print each rule's exemption codes inside its boxes."),
            .flag("--allow-unchecked-pages", help: "Write pages without a text layer as they are (listed as unchecked) instead of failing."),
            .flag("--redact-form-fields", help: "Black out every form field."),
            CommonOptions.password, CommonOptions.jobs,
        ],
        examples: [
            "blackline redact samples/indictment.pdf --case samples/indictment.case.json -o indictment.redacted.pdf --manifest indictment.manifest.json --log indictment.log.md",
            "blackline scan filing.pdf --format json > filing.findings.json && blackline redact filing.pdf --findings filing.findings.json -o filing.redacted.pdf",
            "blackline redact filing.pdf --decisions filing.manifest.json -o filing.redacted.pdf",
            "blackline redact inbox/ -o redacted/ --case case.json --label-map labels.json",
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let inputPath = arguments.argument(0)!
        guard let outputPath = arguments.value("--output") else {
            throw UsageError("missing -o/--output", command: spec.name)
        }
        let settings = try Settings(arguments)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: inputPath, isDirectory: &isFolder), isFolder.boolValue {
            return try redactFolder(inputPath, into: outputPath, settings: settings, context: context)
        }
        let labels = try settings.loadLabelMap()
        let result = try redactFile(
            inputPath, output: outputPath, manifest: settings.manifest, log: settings.log, findings: settings.findings,
            decisions: settings.decisions, settings: settings, labels: labels, pageWorkers: settings.jobs,
            progress: context.progress())
        try settings.saveLabelMap(labels)
        for warning in result.warnings { context.warn("\(inputPath): \(warning)") }
        try context.print(summary(inputPath, outputPath, result))
        return .success
    }

    // MARK: Detection

    /// The redactions of `document`: the one place where the policy engine is called.
    static func detect(_ document: ExtractedDocument, settings: Settings) throws -> Detection {
        let policy = try Policy.load(settings.policy ?? "default")
        let registry = try settings.caseFile.map { try CaseRegistry.load(from: URL(fileURLWithPath: $0), displayName: $0) }
        let findings = try PolicyEngine(policy: policy, registry: registry).scan(document)
        return Detection(
            items: findings.map { RedactionItem($0, justification: policy.rule(id: $0.rule)?.justification ?? "") },
            policyName: policy.name, policySHA256: policy.sourceSHA256, caseSHA256: registry?.sourceSHA256)
    }

    struct Detection {
        var items: [RedactionItem]
        var policyName: String?
        var policySHA256: String?
        var caseSHA256: String?
    }

    // MARK: One file

    static func redactFile(
        _ inputPath: String, output outputPath: String, manifest: String?, log: String?, findings: String?, decisions: String?,
        settings: Settings, labels: PseudonymMap, pageWorkers: Int, progress: any ProgressReporter
    ) throws -> RedactionResult {
        let source = DocumentSource.path(inputPath)
        var options = settings.options
        options.workers = pageWorkers
        let inputSHA = try RedactionPipeline.digest(of: source)
        let document = try RedactionPipeline.load(source, password: settings.password, workers: pageWorkers)
        var provenance = Provenance(input: .init(path: inputPath, sha256: inputSHA))
        provenance.caseFile = try settings.caseFile.map { try digest($0) }
        let items: [RedactionItem]
        var areas: [AreaRedaction] = []
        if let decisions {
            let file = try DecisionsFile.load(from: URL(fileURLWithPath: decisions), displayName: decisions)
            try file.verify(against: document, inputSHA256: inputSHA, displayName: decisions)
            items = file.items
            areas = file.areas
            provenance.decisionsFile = try digest(decisions)
            provenance.policyName = file.policyName
            provenance.policySHA256 = file.policySHA256
        } else if let findings {
            let file = try FindingsFile.load(from: URL(fileURLWithPath: findings), displayName: findings)
            items = file.items
            provenance.findingsFile = try digest(findings)
            provenance.policyName = file.policyName ?? settings.policy
        } else {
            let detection = try detect(document, settings: settings)
            items = detection.items
            provenance.policyName = detection.policyName
            provenance.policySHA256 = detection.policySHA256
            if let sha = detection.caseSHA256, let path = settings.caseFile { provenance.caseFile = .init(path: path, sha256: sha) }
        }
        let job = RedactionJob(
            input: source, password: settings.password, output: URL(fileURLWithPath: outputPath), outputName: outputPath,
            manifest: manifest.map { URL(fileURLWithPath: $0) }, manifestIncludesText: settings.manifestIncludesText,
            log: log.map { URL(fileURLWithPath: $0) }, options: options)
        return try RedactionPipeline.run(
            job, document: document, provenance: provenance, items: items, areas: areas, operators: OperatorSet(labels: labels),
            progress: progress)
    }

    static func digest(_ path: String) throws -> Provenance.FileDigest {
        .init(path: path, sha256: try SHA256.hex(ofFileAt: URL(fileURLWithPath: path)))
    }

    static func summary(_ input: String, _ output: String, _ result: RedactionResult) -> String {
        let applied = result.plan.appliedCount
        let kept = result.plan.items.count - applied
        let areas = result.plan.areas.filter { $0.decision == .redact }.count
        var line = "\(input) → \(output): \(applied) redaction\(applied == 1 ? "" : "s")"
        if kept > 0 { line += ", \(kept) kept" }
        if areas > 0 { line += ", \(areas) area\(areas == 1 ? "" : "s")" }
        line += ", \(result.pageCount) page\(result.pageCount == 1 ? "" : "s"), \(result.outputBytes) bytes"
        if !result.uncheckedPages.isEmpty { line += ", unchecked pages: \(result.uncheckedPages.map(String.init).joined(separator: ","))" }
        return line
    }

    // MARK: A folder

    static func redactFolder(_ inputFolder: String, into outputFolder: String, settings: Settings, context: CommandContext) throws -> ExitStatus {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: inputFolder).filter { name in
                let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
                return (ext == "pdf" || ext == "txt") && !name.hasPrefix(".")
            }.sorted()
        } catch {
            throw GeneralError(.missingInput, "\(inputFolder): cannot list the folder")
        }
        for folder in [outputFolder, settings.manifest, settings.log].compactMap({ $0 }) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw GeneralError(.cannotCreateOutput, "cannot create the folder \(folder)")
            }
        }
        @Sendable func path(_ folder: String?, _ name: String) -> String? {
            folder.map { URL(fileURLWithPath: $0).appendingPathComponent(name).path }
        }
        let labels = try settings.loadLabelMap()
        // With a shared label map the files go one after another (each with parallel pages), so that
        // labels are numbered in file order and runs are reproducible; otherwise files run in parallel.
        let fileWorkers = settings.labelMap == nil ? max(1, min(settings.jobs, names.count)) : 1
        let pageWorkers = settings.labelMap == nil ? 1 : settings.jobs
        let progress = context.progress()
        progress.begin(total: names.count, label: "redacting files")
        let outcomes = ParallelMap.run(count: names.count, workers: fileWorkers) { index in
            defer { progress.advance(by: 1) }
            let name = names[index]
            let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            return try redactFile(
                path(inputFolder, name)!, output: path(outputFolder, name)!,
                manifest: path(settings.manifest, "\(stem).manifest.json"), log: path(settings.log, "\(stem).log.csv"),
                findings: path(settings.findings, "\(stem).findings.json"),
                decisions: path(settings.decisions, "\(stem).manifest.json"), settings: settings, labels: labels,
                pageWorkers: pageWorkers, progress: SilentProgress())
        }
        progress.finish()
        var status = ExitStatus.success
        var failed = 0
        for (index, name) in names.enumerated() {
            let input = path(inputFolder, name)!
            switch outcomes[index] {
            case .success(let result):
                for warning in result.warnings { context.warn("\(input): \(warning)") }
                try context.print(summary(input, path(outputFolder, name)!, result))
            case .failure(let error):
                failed += 1
                let kind = (error as? any BlacklineError)?.kind ?? .internal
                let message = (error as? any BlacklineError)?.message ?? "\(type(of: error))"
                StandardError.write("blackline: error: \(message)\n")
                if status == .success { status = ExitStatus(kind) }
            }
        }
        if status == .success { try settings.saveLabelMap(labels) }
        try context.print("\(names.count - failed) of \(names.count) file\(names.count == 1 ? "" : "s") redacted into \(outputFolder)\(failed > 0 ? "; \(failed) failed" : "")")
        return status
    }

    // MARK: Options

    /// The command line, checked.
    struct Settings: @unchecked Sendable {
        var options: RedactionOptions
        var jobs: Int
        var password: String?
        var policy: String?
        var caseFile: String?
        var findings: String?
        var decisions: String?
        var manifest: String?
        var manifestIncludesText: Bool
        var log: String?
        var labelMap: String?

        init(_ arguments: ParsedArguments) throws {
            let name = RedactCommand.spec.name
            let dpi = try arguments.integer("--dpi", default: 150, in: 36...600)!
            let color: RedactionOptions.ColorMode
            switch arguments.value("--color") ?? "auto" {
            case "bw": color = .bilevel
            case "gray": color = .gray
            case "rgb": color = .rgb
            default: color = .auto
            }
            jobs = try CommonOptions.jobs(arguments)
            options = RedactionOptions(
                dpi: dpi, exemptionsInBoxes: arguments.flag("--exemptions-in-boxes"),
                allowUncheckedPages: arguments.flag("--allow-unchecked-pages"), redactFormFields: arguments.flag("--redact-form-fields"),
                colorMode: color, workers: jobs)
            password = arguments.value("--password")
            policy = arguments.value("--policy")
            caseFile = arguments.value("--case")
            findings = arguments.value("--findings")
            decisions = arguments.value("--decisions")
            manifest = arguments.value("--manifest")
            manifestIncludesText = arguments.flag("--manifest-include-text")
            log = arguments.value("--log")
            labelMap = arguments.value("--label-map")
            if findings != nil, decisions != nil {
                throw UsageError("--findings and --decisions exclude each other", command: name)
            }
            if decisions != nil, policy != nil || caseFile != nil {
                throw UsageError("--decisions applies a reviewed manifest exactly; it takes no --policy or --case", command: name)
            }
            if manifestIncludesText, manifest == nil {
                throw UsageError("--manifest-include-text needs --manifest", command: name)
            }
        }

        func loadLabelMap() throws -> PseudonymMap {
            guard let labelMap else { return PseudonymMap() }
            return try PseudonymMap.load(from: URL(fileURLWithPath: labelMap), displayName: labelMap)
        }

        func saveLabelMap(_ map: PseudonymMap) throws {
            guard let labelMap else { return }
            try map.write(to: URL(fileURLWithPath: labelMap))
        }
    }
}
