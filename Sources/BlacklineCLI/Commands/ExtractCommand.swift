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
            corner with rotation applied. Plain-text input is one page without boxes.
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
            if format == "text" {
                try out.write(document.text)
            } else {
                try writeHeader(source: document.source, format: document.format, pageCount: 1, to: out)
                try out.write(pageJSON(document.pages[0], boxesRequested: includeBoxes))
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
        // The header needs the page count, which is known once the document is open: write it lazily.
        var wroteHeader = false
        var count = 0
        let summary = try Extractor.mapPages(
            source, options: options, progress: progress,
            transform: { pageJSON($0, boxesRequested: includeBoxes) },
            consume: { json in
                if !wroteHeader {
                    try writeHeader(source: source.name, format: .pdf, pageCount: nil, to: out)
                    wroteHeader = true
                }
                if count > 0 { try out.write(",") }
                count += 1
                try out.write(json)
            })
        if !wroteHeader { try writeHeader(source: source.name, format: .pdf, pageCount: nil, to: out) }
        try out.write("],\"pageCount\":\(summary.pageCount)}\n")
        return .success
    }

    private static func writeHeader(source: String, format: ExtractedDocument.Format, pageCount: Int?, to out: BufferedWriter) throws {
        var header = "{\"source\":"
        JSONValue.appendQuoted(source, to: &header)
        header += ",\"format\":\"\(format.rawValue)\","
        if let pageCount { header += "\"pageCount\":\(pageCount)," }
        header += "\"pages\":["
        try out.write(header)
    }

    /// One page as compact JSON.
    static func pageJSON(_ page: PageContent, boxesRequested: Bool) -> String {
        var json = "{\"number\":\(page.number),\"width\":"
        NumberFormatting.appendFixed(page.width, to: &json)
        json += ",\"height\":"
        NumberFormatting.appendFixed(page.height, to: &json)
        json += ",\"text\":"
        JSONValue.appendQuoted(page.text, to: &json)
        json += ",\"hasTextLayer\":\(page.hasTextLayer),\"hasFormFields\":\(page.hasFormFields),\"hasAnnotations\":\(page.hasAnnotations)"
        if boxesRequested {
            if let boxes = page.boxes {
                json += ",\"boxes\":["
                json.reserveCapacity(json.utf8.count + boxes.count * 28)
                for (i, box) in boxes.enumerated() {
                    json += i == 0 ? "[" : ",["
                    NumberFormatting.appendFixed(box.x, to: &json)
                    json += ","
                    NumberFormatting.appendFixed(box.y, to: &json)
                    json += ","
                    NumberFormatting.appendFixed(box.width, to: &json)
                    json += ","
                    NumberFormatting.appendFixed(box.height, to: &json)
                    json += "]"
                }
                json += "]"
            } else {
                json += ",\"boxes\":null"
            }
        }
        if let runs = page.fontRuns {
            json += ",\"fonts\":"
            json += JSONValue.array(
                runs.map {
                    .object([
                        ("start", .integer($0.start)), ("end", .integer($0.end)), ("font", .string($0.fontName)),
                        ("size", .number($0.fontSize)),
                    ])
                }
            ).serialized()
        }
        json += "}"
        return json
    }
}
