import BlacklineCore
import Foundation

/// Options for `Extractor`.
public struct ExtractionOptions: Sendable {
    /// Password of an encrypted PDF.
    public var password: String?
    /// Pages to extract; nil means every page.
    public var pages: PageSelection?
    /// Collect one box per Unicode scalar.
    public var includeBoxes: Bool
    /// Collect font runs.
    public var includeFontRuns: Bool
    /// Worker threads for PDFs (each opens its own copy of the document).
    public var workers: Int

    public init(
        password: String? = nil, pages: PageSelection? = nil, includeBoxes: Bool = false, includeFontRuns: Bool = false,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.password = password
        self.pages = pages
        self.includeBoxes = includeBoxes
        self.includeFontRuns = includeFontRuns
        self.workers = workers
    }
}

/// Extracts text (and optionally boxes) from PDFs and plain-text files through one document model.
public enum Extractor {
    /// How an input is read: PDFs by content, `.txt` files and other UTF-8 text as plain text.
    public static func format(of source: DocumentSource) throws -> ExtractedDocument.Format {
        switch source {
        case .file(let url, _):
            if url.pathExtension.lowercased() == "pdf" { return .pdf }
            if url.pathExtension.lowercased() == "txt" { return .plainText }
            guard let handle = try? FileHandle(forReadingFrom: url) else {
                throw ExtractionError(.fileNotFound, source: source.name)
            }
            defer { try? handle.close() }
            let head = (try? handle.read(upToCount: 1024)) ?? Data()
            return sniff(head)
        case .data(let data, let name):
            if name.lowercased().hasSuffix(".txt") { return .plainText }
            return sniff(data.prefix(1024))
        }
    }

    private static func sniff(_ head: Data) -> ExtractedDocument.Format {
        if head.isEmpty { return .pdf }  // reported as an empty file by the PDF opener
        if (try? PDFDocument.checkBytesLookLikePDF(head, name: "")) != nil { return .pdf }
        // Text when the head decodes as UTF-8 (allowing a cut multi-byte sequence at the end).
        for trim in 0...3 where head.count > trim {
            if String(data: head.dropLast(trim), encoding: .utf8) != nil { return .plainText }
        }
        return .pdf
    }

    /// Extracts a whole document into memory.
    ///
    /// For very large PDFs with boxes prefer `forEachPage`, which keeps memory bounded per page.
    public static func extract(
        _ source: DocumentSource, options: ExtractionOptions = ExtractionOptions(),
        progress: any ProgressReporter = SilentProgress()
    ) throws -> ExtractedDocument {
        if try format(of: source) == .plainText {
            let document = try PlainTextLoader.load(source)
            _ = try options.pages?.pageNumbers(pageCount: 1, source: document.source)  // one page only
            return document
        }
        var pages: [PageContent] = []
        let summary = try forEachPage(source, options: options, progress: progress) { pages.append($0) }
        return ExtractedDocument(
            source: source.name, format: .pdf, pageCount: summary.pageCount, pages: pages, metadata: summary.metadata)
    }

    /// What `forEachPage` knows about the document as a whole.
    public struct Summary: Sendable {
        public let pageCount: Int
        public let metadata: DocumentMetadata
        /// The selected page numbers, in order.
        public let pageNumbers: [Int]
    }

    /// Extracts the pages of a PDF in parallel and hands each to `consume` in page order on the
    /// calling thread; memory stays bounded per page.
    @discardableResult
    public static func forEachPage(
        _ source: DocumentSource, options: ExtractionOptions = ExtractionOptions(),
        progress: any ProgressReporter = SilentProgress(),
        consume: (PageContent) throws -> Void
    ) throws -> Summary {
        try mapPages(source, options: options, progress: progress, transform: { $0 }, consume: consume)
    }

    /// Like `forEachPage`, but first transforms each page on its worker thread (for example into
    /// serialised output), so that the calling thread only has to write results out.
    @discardableResult
    public static func mapPages<Output: Sendable>(
        _ source: DocumentSource, options: ExtractionOptions = ExtractionOptions(),
        progress: any ProgressReporter = SilentProgress(),
        transform: @escaping @Sendable (PageContent) throws -> Output,
        consume: (Output) throws -> Void
    ) throws -> Summary {
        let document = try PDFDocument.open(source, password: options.password)
        let metadata = document.metadata()
        let numbers = try options.pages?.pageNumbers(pageCount: document.pageCount, source: source.name)
            ?? Array(1...max(1, document.pageCount)).filter { $0 <= document.pageCount }
        let includeBoxes = options.includeBoxes
        let includeFontRuns = options.includeFontRuns
        progress.begin(total: numbers.count, label: "extracting")
        defer { progress.finish() }
        try PageWorkerPool(workers: options.workers).run(
            document: document, pages: numbers, progress: progress,
            work: { document, number in
                try transform(try document.page(number).content(includeBoxes: includeBoxes, includeFontRuns: includeFontRuns))
            },
            consume: { _, output in try consume(output) })
        return Summary(pageCount: document.pageCount, metadata: metadata, pageNumbers: numbers)
    }
}
