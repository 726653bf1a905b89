import BlacklineCore
import Extraction
import Foundation
import Redaction
import Review

/// `blackline diff`: compares two redaction passes (their manifests) or a text with its redacted copy.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        path: ["diff"],
        abstract: "Compare two redaction manifests, or a text with its redacted copy.",
        discussion: """
            With two manifests (`blackline redact --manifest`) of the same input — a first pass and a
            reviewer's, or policy v1 and v2 — lists the redactions added, removed and changed (extent,
            category, exemptions, action, decision, replacement), paired by id and then by overlapping
            extent, per page, and the areas added, removed and changed. Manifests of different inputs
            are refused (exit 65). With --document (the input itself, checked against the manifests'
            SHA-256) each change shows --context N characters around it (default 24).

            With two texts (an original and its redacted copy) shows what was removed or replaced,
            word by word, with line numbers of both texts and --context N unchanged lines around each
            change (default 1); JSON lists every change with Unicode scalar offsets into both texts.

            Document text (context, removed text) is masked (letters and digits as •) unless
            --show-text is given. Colour is used on a terminal unless NO_COLOR is set. Exit status 0,
            or with --exit-code 1 when the two differ; 64 usage, 65 bad or mismatched input, 66
            missing file.
            """,
        arguments: [
            ArgumentSpec("A", help: "The first manifest (*.manifest.json), or the original text."),
            ArgumentSpec("B", help: "The second manifest, or the redacted text."),
        ],
        options: [
            CommonOptions.format(["text", "json"], default: "text"),
            .flag("--show-text", help: "Show document text in context and removed text (sensitive!)."),
            .flag("--exit-code", help: "Exit with 1 when the two differ."),
            .option("--context", value: "N", help: "Manifests: characters around each change (default 24); texts: lines (default 1)."),
            .option("--document", value: "FILE", help: "Manifests: the input document, to show context around each change."),
            CommonOptions.password, CommonOptions.jobs,
        ],
        examples: [
            "blackline diff first.manifest.json reviewed.manifest.json",
            "blackline diff v1.manifest.json v2.manifest.json --document filing.pdf --context 30 --format json",
            "blackline diff note.txt note.redacted.txt --show-text",
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let pathA = arguments.argument(0)!
        let pathB = arguments.argument(1)!
        let urlA = context.url(forPath: pathA)
        let urlB = context.url(forPath: pathB)
        for (path, url) in [(pathA, urlA), (pathB, urlB)] where !FileManager.default.isReadableFile(atPath: url.path) {
            throw GeneralError(.missingInput, "\(path): no such file or not readable")
        }
        let manifestA = RedactionPass.isManifest(at: urlA)
        let manifestB = RedactionPass.isManifest(at: urlB)
        if manifestA != manifestB {
            throw ReviewError(
                .unsupportedInput,
                "\(manifestA ? pathA : pathB) is a redaction manifest and \(manifestA ? pathB : pathA) is not; diff compares two manifests, or two texts")
        }
        if manifestA {
            return try diffManifests(pathA, urlA, pathB, urlB, arguments: arguments, context: context)
        }
        return try diffTexts(pathA, urlA, pathB, urlB, arguments: arguments, context: context)
    }

    static func diffManifests(
        _ pathA: String, _ urlA: URL, _ pathB: String, _ urlB: URL, arguments: ParsedArguments, context: CommandContext
    ) throws -> ExitStatus {
        let first = try RedactionPass.load(from: urlA, displayName: pathA)
        let second = try RedactionPass.load(from: urlB, displayName: pathB)
        let diff = try ManifestDiff(first, second)
        let showText = arguments.flag("--show-text")
        var document: [Unicode.Scalar]?
        if let documentPath = arguments.value("--document") {
            let source = DocumentSource.path(documentPath)
            guard FileManager.default.isReadableFile(atPath: context.url(forPath: documentPath).path) else {
                throw GeneralError(.missingInput, "\(documentPath): no such file or not readable")
            }
            let digest = try RedactionPipeline.digest(of: source)
            guard digest.lowercased() == first.inputSHA256.lowercased() else {
                throw ReviewError(
                    .documentMismatch,
                    "\(documentPath) is not the input the manifests were made for (its SHA-256 is \(digest.prefix(12))…, theirs \(first.inputSHA256.prefix(12))…)")
            }
            let loaded = try RedactionPipeline.load(source, password: arguments.value("--password"), workers: try CommonOptions.jobs(arguments))
            try first.decisions.verify(against: loaded, inputSHA256: digest, displayName: pathA)
            try second.decisions.verify(against: loaded, inputSHA256: digest, displayName: pathB)
            document = Array(loaded.text.unicodeScalars)
        } else if showText, !first.includesText, !second.includesText {
            throw UsageError("--show-text needs --document FILE: the manifests hold no text", command: spec.name)
        }
        let width = try arguments.integer("--context", default: 24, in: 0...1000)!
        if arguments.value("--format") == "json" {
            try context.output.write(diff.jsonText(document: document, contextWidth: width, showText: showText))
        } else {
            try context.output.write(diff.text(document: document, contextWidth: width, showText: showText, color: context.useColor))
        }
        return arguments.flag("--exit-code") && !diff.isIdentical ? .problemsFound : .success
    }

    static func diffTexts(
        _ pathA: String, _ urlA: URL, _ pathB: String, _ urlB: URL, arguments: ParsedArguments, context: CommandContext
    ) throws -> ExitStatus {
        if arguments.value("--document") != nil {
            throw UsageError("--document is for comparing manifests; two texts are their own context", command: spec.name)
        }
        var texts: [String] = []
        for (path, url) in [(pathA, urlA), (pathB, urlB)] {
            let source = DocumentSource.file(url, displayName: path)
            if try Extractor.format(of: source) == .pdf {
                throw ReviewError(
                    .unsupportedInput,
                    "\(path) is a PDF; diff compares texts (or two manifests: blackline redact --manifest FILE)")
            }
            texts.append(try PlainTextLoader.load(source).text)
        }
        let diff = TextDiff(original: texts[0], redacted: texts[1])
        let showText = arguments.flag("--show-text")
        if arguments.value("--format") == "json" {
            try context.output.write(diff.jsonText(originalName: pathA, redactedName: pathB, showText: showText))
        } else {
            let lines = try arguments.integer("--context", default: 1, in: 0...1000)!
            try context.output.write(
                diff.text(originalName: pathA, redactedName: pathB, context: lines, showText: showText, color: context.useColor))
        }
        return arguments.flag("--exit-code") && !diff.changes.isEmpty ? .problemsFound : .success
    }
}
