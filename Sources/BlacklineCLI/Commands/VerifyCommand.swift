import BlacklineCore
import Extraction
import Foundation
import PolicyEngine
import Review

/// `blackline verify`: checks a redacted PDF (or every PDF in a folder) for text that can still be
/// recovered, and for metadata, revisions and hidden content that travel with it.
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        path: ["verify"],
        abstract: "Check a redacted PDF (or a folder of them) for text that can still be recovered.",
        discussion: """
            Renders every page and compares it with the text layer: text under dark or single-colour boxes
            (however drawn, cross-hatched boxes included) and text that renders as nothing (white on white,
            invisible text, outside the page) is reported. Also checks redaction and box-like annotations,
            metadata, earlier revisions of incrementally saved files, annotation comments, form field values,
            attachments, bookmarks, JavaScript, hidden layers and thumbnails. With --case or --terms every
            protected term is searched in all of that (case, diacritics, Latin/Cyrillic, line breaks and
            hyphenation do not matter), in every revision and in the file's raw objects.

            Severities: a leak is text that can be recovered; a warning is something to read before release
            (metadata, comments, attachments, bookmarks that show words the pages do not); a notice is
            information (pages without a text layer are "not checkable for hidden text": scans and
            rasterised pages cannot hide a text layer, but only OCR could read them).

            Exit status: 0 when no leak was found (warnings and notices are still printed); 1 when at
            least one leak was found — with --strict also when there are warnings or pages that could not
            be checked; 64 usage; 65 damaged, unreadable or encrypted PDF (give --password); 66 missing
            file or folder. For a folder: 1 when any file fails the check, else the code of the first file
            that could not be verified, else 0.

            Recovered text is never printed unless --show-text is given: output shows its length and a
            masked form ("•••• •••••").
            """,
        arguments: [ArgumentSpec("PDF|DIR", help: "A PDF file, or a folder whose *.pdf files are all verified.")],
        options: [
            CommonOptions.caseFile,
            .option("--terms", value: "FILE", help: "Protected terms, one per line (UTF-8; # starts a comment line)."),
            CommonOptions.format(["text", "json"], default: "text"),
            .flag("--show-text", help: "Print the recovered text itself (sensitive!)."),
            .flag("--strict", help: "Also fail (exit 1) on warnings and on pages that could not be checked."),
            CommonOptions.password,
            CommonOptions.jobs,
            .option("--dpi", value: "N", help: "Lowest resolution of the pixel checks, 50–300 (default: 96; small text is rendered finer)."),
        ],
        examples: [
            "blackline verify released.pdf",
            "blackline verify released.pdf --case dev-01.case.json --format json",
            "blackline verify out/ --terms names.txt --jobs 4",
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let path = arguments.argument(0)!
        let format = arguments.value("--format") ?? "text"
        let showText = arguments.flag("--show-text")
        let strict = arguments.flag("--strict")
        PopplerDiagnostics.silence()
        var termStrings: [String] = []
        var engine: PolicyEngine?
        if let caseFile = arguments.value("--case") {
            let protection = try ProtectedTermList.loadCase(context.url(forPath: caseFile), displayName: caseFile)
            termStrings += protection.terms
            engine = protection.engine
        }
        if let termsFile = arguments.value("--terms") {
            termStrings += try ProtectedTermList.load(termsFile: context.url(forPath: termsFile), displayName: termsFile)
        }
        let terms = ProtectedTermList.prepare(termStrings)
        if engine == nil, arguments.value("--terms") != nil, terms.isEmpty {
            context.warn("no searchable protected terms were given; the term search is skipped")
        }
        let options = VerifyOptions(
            password: arguments.value("--password"), terms: terms,
            dpi: try arguments.decimal("--dpi", default: 96, in: 50...300)!,
            workers: try CommonOptions.jobs(arguments), engine: engine)

        let url = context.url(forPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ExtractionError(.fileNotFound, source: path)
        }
        if isDirectory.boolValue {
            return try verifyFolder(url, path: path, options: options, format: format, showText: showText, strict: strict, context: context)
        }
        let report = try Verifier(options: options).verify(DocumentSource.path(path), progress: context.progress())
        if format == "json" {
            try context.output.write(report.json(showText: showText).serialized(pretty: true) + "\n")
        } else {
            try context.output.write(report.text(showText: showText, color: context.useColor))
        }
        return report.verdict.fails(strict: strict) ? .problemsFound : .success
    }

    private static func verifyFolder(
        _ folder: URL, path: String, options: VerifyOptions, format: String, showText: Bool, strict: Bool,
        context: CommandContext
    ) throws -> ExitStatus {
        let files = try FolderVerifier.pdfFiles(in: folder)
        guard !files.isEmpty else { throw GeneralError(.missingInput, "\(path): no *.pdf files in the folder") }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let entries = FolderVerifier(options: options).verify(files) { prefix + $0.lastPathComponent }

        var failed = false
        var firstError: ExitStatus?
        var tally: [String: Int] = [:]
        var jsonFiles: [JSONValue] = []
        for entry in entries {
            switch entry.result {
            case .success(let report):
                tally[report.verdict.rawValue, default: 0] += 1
                if report.verdict.fails(strict: strict) { failed = true }
                if format == "json" {
                    jsonFiles.append(report.json(showText: showText))
                } else {
                    try context.output.write(report.text(showText: showText, color: context.useColor) + "\n")
                }
            case .failure(let error):
                tally["error", default: 0] += 1
                let (message, status) = describe(error)
                if firstError == nil { firstError = status }
                context.warn(message)
                if format == "json" {
                    jsonFiles.append(
                        .object([("source", .string(entry.path)), ("error", .string(message)), ("exitCode", .integer(Int(status.rawValue)))]))
                } else {
                    try context.output.write("\(entry.path): ERROR — \(message)\n\n")
                }
            }
        }
        let order = ["unsafe", "review", "incomplete", "clean", "error"]
        if format == "json" {
            let summary = JSONValue.object([("files", .integer(entries.count))] + order.map { ($0, .integer(tally[$0] ?? 0)) })
            try context.output.write(
                JSONValue.object([("folder", .string(path)), ("summary", summary), ("files", .array(jsonFiles))])
                    .serialized(pretty: true) + "\n")
        } else {
            let parts = order.compactMap { key in tally[key].map { "\($0) \(key)" } }
            try context.output.write("\(entries.count) PDF file\(entries.count == 1 ? "" : "s") in \(path): \(parts.joined(separator: ", "))\n")
        }
        if failed { return .problemsFound }
        return firstError ?? .success
    }

    /// A message and exit status for a file that could not be verified (no document text in it).
    private static func describe(_ error: any Error) -> (String, ExitStatus) {
        if let located = error as? LocatedError { return (located.diagnostic, ExitStatus(located.kind)) }
        if let error = error as? any BlacklineError { return (error.message, ExitStatus(error.kind)) }
        return ("internal error: \(type(of: error))", .internalError)
    }
}
