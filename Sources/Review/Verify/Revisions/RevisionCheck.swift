import BlacklineCore
import Extraction
import Foundation

/// Checks the earlier revisions of an incrementally saved PDF.
///
/// Each earlier revision is opened from memory (the file's bytes up to its `%%EOF`) and its text
/// extracted. Anything a reader of the earlier revision gets is recoverable, boxes or not, so the
/// comparison is with what a reader of the current file can *see*: a word of an earlier revision
/// that appears nowhere in the current visible text (gone, or now hidden under a box) is a leak,
/// reported with its page and box in that revision. Metadata an update replaced is reported too,
/// and with terms, every revision is searched like the current one.
struct RevisionCheck {
    let data: Data
    let scanner: RevisionScanner
    /// Folded words a reader sees in the current file, with counts.
    let visibleWords: [String: Int]
    /// Words of the current metadata (an old title that is still the title is not news).
    let currentMetadata: DocumentMetadata?
    let matcher: TermMatcher
    let password: String?
    let workers: Int

    func problems() -> [Problem] {
        var problems: [Problem] = []
        let earlier = scanner.earlierRevisionEnds
        guard !earlier.isEmpty else { return [] }
        var unchanged = 0
        for (index, end) in earlier.enumerated() {
            let revision = index + 1
            let bytes = data.prefix(end)
            let document: ExtractedDocument
            do {
                document = try Extractor.extract(
                    .data(bytes, name: "revision \(revision).pdf"),
                    options: ExtractionOptions(password: password, includeBoxes: true, workers: workers))
            } catch {
                problems.append(
                    Problem(
                        kind: .earlierRevision, severity: .warning, revision: revision,
                        hint: "revision \(revision) of \(earlier.count + 1) is stored in the file but cannot be read on its own (bytes 0–\(end)); inspect it with a PDF repair tool"))
                continue
            }
            let metadata = document.metadata ?? DocumentMetadata()
            let found = wordProblems(document, revision: revision) + metadataProblems(metadata, revision: revision)
            if found.isEmpty { unchanged += 1 }
            problems += found
            for page in document.pages {
                problems += TermCheck.pageProblems(
                    matcher: matcher, page: page.number, revision: revision, scalars: Array(page.text.unicodeScalars),
                    boxes: page.boxes ?? [], visibility: nil)
            }
            for (name, value) in metadata.infoFields {
                problems += TermCheck.textProblems(matcher: matcher, text: value, location: "Info \(name) of revision \(revision)", revision: revision)
            }
            if let xmp = metadata.xmp {
                problems += TermCheck.textProblems(matcher: matcher, text: xmp, location: "XMP of revision \(revision)", revision: revision)
            }
        }
        problems.insert(
            Problem(
                kind: .earlierRevision, severity: .notice,
                hint: "the file was saved incrementally: \(earlier.count) earlier revision\(earlier.count == 1 ? " is" : "s are") stored in it"
                    + (unchanged > 0 ? " (\(unchanged) with nothing the current version does not show)" : "")),
            at: 0)
        return problems
    }

    /// Words of an earlier revision that the current file does not show, grouped into runs of
    /// consecutive words on a line.
    private func wordProblems(_ document: ExtractedDocument, revision: Int) -> [Problem] {
        var problems: [Problem] = []
        for page in document.pages {
            let scalars = Array(page.text.unicodeScalars)
            let boxes = page.boxes ?? []
            var run: [WordTokens.Token] = []
            func flush() {
                defer { run = [] }
                guard let first = run.first, let last = run.last else { return }
                let letters = run.reduce(0) { $0 + $1.folded.unicodeScalars.count }
                guard letters >= 2, !run.allSatisfy({ PlaceholderText.isPlaceholder(scalars[$0.range]) }) else { return }
                let range = first.range.lowerBound..<last.range.upperBound
                var box: TextBox?
                for i in range where i < boxes.count && !boxes[i].isEmpty { box = box.map { $0.union(boxes[i]) } ?? boxes[i] }
                problems.append(
                    Problem(
                        kind: .earlierRevision, severity: .leak, page: page.number, box: box, revision: revision,
                        text: String(String.UnicodeScalarView(scalars[range])),
                        hint: "revision \(revision) (the first \(scanner.revisionEnds[revision - 1]) bytes of the file) has text that the current version does not show; anyone can cut the file there and read it"))
            }
            var previousEnd: Int?
            for token in WordTokens.tokens(scalars) {
                let gone = !token.folded.isEmpty && visibleWords[token.folded] == nil
                let sameLine = previousEnd.map { end in !scalars[end..<token.range.lowerBound].contains { NormalizedText.isLineBreak($0) } } ?? true
                if gone && sameLine {
                    run.append(token)
                } else {
                    flush()
                    if gone { run.append(token) }
                }
                previousEnd = token.range.upperBound
            }
            flush()
        }
        return problems
    }

    /// Descriptive metadata an update replaced or removed.
    private func metadataProblems(_ metadata: DocumentMetadata, revision: Int) -> [Problem] {
        let current = Dictionary(currentMetadata?.infoFields.map { ($0.name, $0.value) } ?? [], uniquingKeysWith: { a, _ in a })
        var problems: [Problem] = []
        for (name, value) in metadata.infoFields where name != "Creator" && name != "Producer" {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, current[name] != value else { continue }
            problems.append(
                Problem(
                    kind: .earlierRevision, severity: .warning, revision: revision, location: "Info \(name)", text: trimmed,
                    hint: "revision \(revision) has a different \(name); the old value is still in the file"))
        }
        return problems
    }
}
