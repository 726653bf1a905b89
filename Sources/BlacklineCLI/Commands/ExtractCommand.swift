import BlacklineCore
import Extraction
import Foundation

/// `blackline extract`: prints a document's text, or JSON with page sizes, flags and boxes.
enum ExtractCommand: Command {
    static let spec = CommandSpec(
        path: ["extract"],
        abstract: "Extract the text of a PDF or text file (with a box per character on request).",
        discussion: """
            The text of a document is its pages' texts joined by a form feed (\\f); every offset Blackline
            prints is a Unicode scalar offset into that text. --format text prints exactly that text.
            --format json prints {"source", "format", "pageCount", "pages": [{"number", "width", "height",
            "text", "hasTextLayer", "hasFormFields", "hasAnnotations"}]}; with --boxes each page also has
            "boxes": [[x, y, w, h], ...], one per Unicode scalar of its text, in points from the top-left
            corner with rotation applied; --fonts adds "fonts": [{"start", "end", "font", "size"}]. Plain-text
            input is its exact content as one page ("boxes": null). A page with "hasTextLayer": false (a scan,
            or damage) has no text to check. Bad input exits 65 (damaged, empty, encrypted, not a PDF) or 66
            (missing) without printing any part of a result; --pages beyond the document exits 64.
            """,
        arguments: [ArgumentSpec("FILE", help: "A PDF or a UTF-8 text file.")],
        options: [
            CommonOptions.password, CommonOptions.pages,
            CommonOptions.format(["text", "json"], default: "text"),
            .flag("--boxes", help: "With --format json: add one box per character."),
            .flag("--fonts", help: "With --format json: add font runs."),
            CommonOptions.jobs,
        ],
        examples: [
            "blackline extract samples/indictment.pdf",
            "blackline extract samples/indictment.pdf --pages 1-2 --format json --boxes",
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let path = arguments.argument(0)!
        let source = DocumentSource.path(path)
        let format = arguments.value("--format") ?? "text"
        let includeBoxes = arguments.flag("--boxes")
        let includeFonts = arguments.flag("--fonts")
        if (includeBoxes || includeFonts) && format != "json" {
            throw UsageError("--boxes and --fonts need --format json", command: spec.name)
        }
        let options = ExtractionOptions(
            password: arguments.value("--password"),
            pages: try arguments.value("--pages").map { try PageSelection(parsing: $0) },
            includeBoxes: includeBoxes, includeFontRuns: includeFonts,
            workers: try CommonOptions.jobs(arguments))
        let out = context.output

        if try Extractor.format(of: source) == .plainText {
            let document = try PlainTextLoader.load(source)
            // A text file is one page: --pages may only select it.
            _ = try options.pages?.pageNumbers(pageCount: 1, source: document.source)
            if format == "text" {
                try out.write(document.text)
            } else {
                var json: [UInt8] = []
                document.pages[0].appendJSON(to: &json, includeBoxes: includeBoxes)
                try writeHeader(source: document.source, format: document.format, pageCount: 1, to: out)
                try write(json, to: out)
                try out.write("]}\n")
            }
            return .success
        }

        let progress = context.progress()
        if format == "text" {
            var first = true
            try Extractor.mapPages(
                source, options: options, progress: progress, transform: { $0.text },
                consume: { text in
                    if !first { try out.write(byte: 0x0C) }
                    first = false
                    try out.write(text)
                })
            return .success
        }
        // JSON: each page is serialised on its worker thread; this thread only writes them in order.
        // The header is written once the document has opened (so a bad input prints nothing), and
        // the page count, known by then but cheaper to write last, closes the object.
        var wroteHeader = false
        var count = 0
        let summary = try Extractor.mapPages(
            source, options: options, progress: progress,
            transform: { page in
                var json: [UInt8] = []
                page.appendJSON(to: &json, includeBoxes: includeBoxes)
                return json
            },
            consume: { json in
                if !wroteHeader {
                    try writeHeader(source: source.name, format: .pdf, pageCount: nil, to: out)
                    wroteHeader = true
                }
                if count > 0 { try out.write(byte: UInt8(ascii: ",")) }
                count += 1
                try write(json, to: out)
            })
        if !wroteHeader { try writeHeader(source: source.name, format: .pdf, pageCount: nil, to: out) }
        try out.write("],\"pageCount\":\(summary.pageCount)}\n")
        return .success
    }

    private static func write(_ bytes: [UInt8], to out: BufferedWriter) throws {
        try bytes.withUnsafeBytes { try out.write($0) }
    }

    private static func writeHeader(source: String, format: ExtractedDocument.Format, pageCount: Int?, to out: BufferedWriter) throws {
        var header = "{\"source\":"
        JSONValue.appendQuoted(source, to: &header)
        header += ",\"format\":\"\(format.rawValue)\","
        if let pageCount { header += "\"pageCount\":\(pageCount)," }
        header += "\"pages\":["
        try out.write(header)
    }
}
