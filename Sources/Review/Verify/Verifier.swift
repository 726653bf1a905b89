import BlacklineCore
import Extraction
import Foundation
import PolicyEngine

/// Checks a PDF that anyone produced for text that a redaction meant to hide but that can still be
/// recovered, and for everything else that travels with the file.
///
/// Per page (in parallel, one document per worker): text under boxes and invisible text from
/// rendered pixels, redaction and box-like annotations, protected terms in the page text. Per
/// document: metadata, bookmarks, attachments, form fields, annotation contents, JavaScript, hidden
/// layers, thumbnails, earlier revisions of incrementally saved files, protected terms everywhere,
/// and a raw scan of the file's objects. See `redaction-threats.md` for the checklist it follows.
public struct Verifier: Sendable {
    public let options: VerifyOptions

    public init(options: VerifyOptions = VerifyOptions()) {
        self.options = options
    }

    /// Verifies one PDF.
    ///
    /// - Throws: `ExtractionError` when the file is missing, not a PDF, damaged or encrypted without
    ///   the right password.
    public func verify(_ source: DocumentSource, progress: any ProgressReporter = SilentProgress()) throws -> VerificationReport {
        PopplerGlobalState.pin()
        let data = try Verifier.bytes(of: source)
        let document = try PDFDocument.open(source, password: options.password)
        let matcher = TermMatcher(terms: options.terms)
        let raw = PDFRawScan(data)
        let scanner = RevisionScanner(data)

        // Document-level content, read before the pages: the pool takes over `document`.
        let metadata = document.metadata()
        let outline = document.outline()
        let attachments = document.attachments()
        let layers = document.layers()

        var pages: [PageFindings] = []
        let numbers = Array(stride(from: 1, through: document.pageCount, by: 1))
        let inspector = PageInspector(dpi: options.dpi, matcher: matcher, fileHasRedactAnnotations: raw.hasRedactAnnotations)
        progress.begin(total: numbers.count, label: "verifying")
        try PageWorkerPool(workers: options.workers).run(
            document: document, pages: numbers, progress: progress,
            work: { document, number in try inspector.inspect(document, pageNumber: number) },
            consume: { _, findings in pages.append(findings) })
        progress.finish()

        var problems = pages.flatMap(\.problems)
        var visibleWords: [String: Int] = [:]
        for page in pages { visibleWords.merge(page.visibleWords, uniquingKeysWith: +) }
        let pagesWithoutText = pages.filter { !$0.hasTextLayer }.map(\.number)
        if !pagesWithoutText.isEmpty {
            problems.append(
                Problem(
                    kind: .notCheckable, severity: .notice,
                    location: "page\(pagesWithoutText.count == 1 ? "" : "s") \(PageRanges.describe(pagesWithoutText))",
                    hint: pagesWithoutText.count == 1
                        ? "the page has no text layer (scanned or rasterised): not checkable for hidden text; only OCR could read it"
                        : "\(pagesWithoutText.count) pages have no text layer (scanned or rasterised): not checkable for hidden text; only OCR could read them"))
        }

        let hidden = HiddenContentCheck(visibleWords: visibleWords, matcher: matcher)
        var scripts = 0
        for page in pages {
            problems += hidden.annotationProblems(page.annotations, page: page.number)
            problems += hidden.formFieldProblems(page.formFields, page: page.number)
            scripts += page.linkScripts.count + page.formFields.reduce(0) { $0 + $1.scripts.count }
            for script in page.linkScripts {
                problems.append(hidden.scriptProblem(script, page: page.number, location: "link script"))
                problems += TermCheck.textProblems(matcher: matcher, text: script, location: "link script", page: page.number)
            }
            if page.hasEmbeddedThumbnail {
                problems.append(
                    Problem(
                        kind: .hiddenContent, severity: .warning, page: page.number, location: "thumbnail",
                        hint: "the page has an embedded thumbnail image, which may show the page before redaction"))
            }
        }
        problems += hidden.outlineProblems(outline)
        problems += hidden.attachmentProblems(attachments, password: options.password)
        problems += hidden.layerProblems(layers)
        if metadata.hasJavaScript, scripts == 0, !outline.contains(where: { $0.action.kind == .javaScript }) {
            problems.append(
                Problem(
                    kind: .hiddenContent, severity: .warning, location: "document JavaScript",
                    hint: "the file contains document-level JavaScript; scripts can carry or reveal text and should not be in a released document"))
        }

        problems += MetadataCheck.problems(metadata)
        problems += try MetadataCheck.sensitiveProblems(metadata, engine: try options.engine ?? Verifier.defaultEngine())
        for (name, value) in metadata.infoFields {
            problems += TermCheck.textProblems(matcher: matcher, text: value, location: "Info \(name)")
        }
        if let xmp = metadata.xmp {
            problems += TermCheck.textProblems(matcher: matcher, text: xmp, location: "XMP metadata")
        }
        problems += crossPageTermProblems(pages, matcher: matcher)
        if let engine = options.engine {
            problems += try ProtectedTextCheck(engine: engine)
                .problems(pages: pages, source: source, password: options.password, reported: problems)
        }
        problems += OutsideCropBoxCheck(data: data, password: options.password, workers: options.workers, matcher: matcher)
            .problems(currentTexts: pages.map(\.text))

        if options.checkRevisions, scanner.count > 1 {
            problems += RevisionCheck(
                data: data, scanner: scanner, visibleWords: visibleWords, currentMetadata: metadata, matcher: matcher,
                password: options.password, workers: options.workers
            ).problems()
        }
        if raw.hasRedactAnnotations, !pages.contains(where: { $0.annotations.contains { $0.kind == "Unknown" } }) {
            problems.append(
                Problem(
                    kind: .annotation, severity: .warning, location: "raw file objects",
                    hint: "the file contains a Redact annotation that no page shows (an earlier revision or an unreferenced object)"))
        }
        problems += rawTermProblems(raw, matcher: matcher, alreadyFound: problems)

        return VerificationReport(
            source: source.name, pageCount: document.pageCount, revisionCount: scanner.count,
            pagesWithoutText: pagesWithoutText, termCount: options.terms.count, problems: Verifier.ordered(problems))
    }

    // MARK: Parts

    /// The default policy without a case registry: finds what role cues and identifier detectors
    /// find on their own.
    static func defaultEngine() throws -> PolicyEngine {
        try PolicyEngine(policy: Policy.default(), registry: nil)
    }

    /// Terms split by a page break ("Jelene" at the end of one page, "Marković" on the next).
    private func crossPageTermProblems(_ pages: [PageFindings], matcher: TermMatcher) -> [Problem] {
        guard !matcher.isEmpty, pages.count > 1 else { return [] }
        var problems: [Problem] = []
        let window = 200
        for (before, after) in zip(pages, pages.dropFirst()) {
            let tail = Array(before.text.unicodeScalars.suffix(window))
            let head = Array(after.text.unicodeScalars.prefix(window))
            let joined = tail + ["\n"] + head
            for match in matcher.matches(in: joined) where match.range.lowerBound < tail.count && match.range.upperBound > tail.count + 1 {
                problems.append(
                    Problem(
                        kind: .term, severity: .leak, page: before.number,
                        text: String(String.UnicodeScalarView(joined[match.range])),
                        hint: "protected term \(match.term.number) runs across the break between pages \(before.number) and \(after.number)"))
            }
        }
        return problems
    }

    /// Terms found only by the raw scan: in objects no reader shows (unreferenced objects, hidden
    /// structure), reported once per term.
    private func rawTermProblems(_ raw: PDFRawScan, matcher: TermMatcher, alreadyFound: [Problem]) -> [Problem] {
        guard !matcher.isEmpty else { return [] }
        let reportedTexts = alreadyFound.filter { $0.kind == .term }.compactMap(\.text)
        let reported = Set(matcher.terms.filter { term in
            let single = TermMatcher(terms: [term])
            return reportedTexts.contains { !single.matches(in: $0).isEmpty }
        }.map(\.number))
        var problems: [Problem] = []
        var seen = Set<Int>()
        for text in raw.strings + raw.textStreams {
            for match in matcher.matches(in: text) where !reported.contains(match.term.number) && !seen.contains(match.term.number) {
                seen.insert(match.term.number)
                let scalars = Array(text.unicodeScalars)
                problems.append(
                    Problem(
                        kind: .term, severity: .leak, location: "raw file objects",
                        text: String(String.UnicodeScalarView(scalars[match.range])),
                        hint: "protected term \(match.term.number) is in the file's raw objects although no page, metadata field or other part shows it (an unreferenced object, /ActualText, a hidden structure); search the decompressed file (qpdf --qdf) to see it"))
            }
        }
        return problems
    }

    static func bytes(of source: DocumentSource) throws -> Data {
        switch source {
        case .data(let data, _):
            return data
        case .file(let url, _):
            do {
                return try Data(contentsOf: url, options: .mappedIfSafe)
            } catch {
                throw ExtractionError(.fileNotFound, source: source.name)
            }
        }
    }

    /// Current revision first, then by page, position on the page and kind.
    static func ordered(_ problems: [Problem]) -> [Problem] {
        problems.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if (x.revision ?? 0) != (y.revision ?? 0) { return (x.revision ?? 0) < (y.revision ?? 0) }
            if (x.page ?? Int.max) != (y.page ?? Int.max) { return (x.page ?? Int.max) < (y.page ?? Int.max) }
            let xy = x.box.map { ($0.y, $0.x) } ?? (.infinity, .infinity)
            let yy = y.box.map { ($0.y, $0.x) } ?? (.infinity, .infinity)
            if xy != yy { return xy < yy }
            return a.offset < b.offset
        }.map(\.element)
    }
}
