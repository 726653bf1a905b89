import Extraction

/// The checked set of redactions for one document, with each applied item's operator outcome and
/// the hidden character ranges of every page.
public struct RedactionPlan: Sendable {
    /// A hidden stretch of one page's text that belongs to one item.
    public struct Piece: Equatable, Sendable {
        /// Index into `items`.
        public var item: Int
        /// Scalar range in the page's text.
        public var range: Range<Int>
        /// Printed inside the first box of the piece, when set.
        public var boxText: String?
    }

    /// Items in document order (applied and kept).
    public let items: [RedactionItem]
    /// Outcomes of applied items, by index into `items`.
    public let outcomes: [Int: OperatorOutcome]
    public let areas: [AreaRedaction]
    /// Hidden pieces per page, by 1-based page number.
    public let pieces: [Int: [Piece]]

    /// Checks `items` and `areas` against `document` and runs the operators.
    ///
    /// - Throws: `RedactionError(.findingMismatch)` when an item's offsets are outside the text,
    ///   its text differs from the document's, two applied items overlap, or an area names a page
    ///   that does not exist.
    public init(
        document: ExtractedDocument, items unsorted: [RedactionItem], areas: [AreaRedaction], operators: OperatorSet,
        options: RedactionOptions
    ) throws {
        let scalars = Array(document.text.unicodeScalars)
        let source = document.source
        var items = unsorted.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
        var seenIDs = Set<String>()
        for index in items.indices {
            var item = items[index]
            guard item.start >= 0, item.end > item.start, item.end <= scalars.count else {
                throw RedactionError(
                    .findingMismatch, source: source,
                    detail: "redaction \(item.id): offsets \(item.start)–\(item.end) are outside the document text (\(scalars.count) characters)")
            }
            guard seenIDs.insert(item.id).inserted else {
                throw RedactionError(.findingMismatch, source: source, detail: "redaction id \(item.id) is used twice")
            }
            var actual = String.UnicodeScalarView()
            actual.append(contentsOf: scalars[item.start..<item.end])
            if item.text.isEmpty {
                item.text = String(actual)
            } else if item.text.unicodeScalars.elementsEqual(actual) == false {
                throw RedactionError(
                    .findingMismatch, source: source,
                    detail: "redaction \(item.id): the text at offsets \(item.start)–\(item.end) differs from the finding's text (findings made for another file or another extraction?)")
            }
            item.page = document.pages[document.pageIndex(containingOffset: item.start)].number
            items[index] = item
        }
        var lastApplied: RedactionItem?
        for item in items where item.isApplied {
            if let previous = lastApplied, item.start < previous.end {
                throw RedactionError(
                    .findingMismatch, source: source, detail: "redactions \(previous.id) and \(item.id) overlap")
            }
            lastApplied = item
        }
        let pageNumbers = Set(document.pages.map(\.number))
        for area in areas where !pageNumbers.contains(area.page) {
            throw RedactionError(.findingMismatch, source: source, detail: "area \(area.id): page \(area.page) does not exist")
        }
        for area in areas where !(area.box.width > 0 && area.box.height > 0) {
            throw RedactionError(.findingMismatch, source: source, detail: "area \(area.id): width and height must be positive")
        }

        var outcomes: [Int: OperatorOutcome] = [:]
        var pieces: [Int: [Piece]] = [:]
        for (index, item) in items.enumerated() {
            guard let outcome = try operators.apply(to: item, options: options) else { continue }
            outcomes[index] = outcome
            guard !outcome.hidden.isEmpty else { continue }
            let hiddenStart = item.start + outcome.hidden.lowerBound
            let hiddenEnd = item.start + outcome.hidden.upperBound
            var first = true
            for pageIndex in document.pageIndex(containingOffset: hiddenStart)..<document.pages.count {
                let pageStart = document.pageStartOffsets[pageIndex]
                guard pageStart < hiddenEnd else { break }
                let page = document.pages[pageIndex]
                let local = max(hiddenStart, pageStart) - pageStart..<min(hiddenEnd, pageStart + page.scalarCount) - pageStart
                guard !local.isEmpty else { continue }
                pieces[page.number, default: []].append(Piece(item: index, range: local, boxText: first ? outcome.boxText : nil))
                first = false
            }
        }
        self.items = items
        self.outcomes = outcomes
        self.areas = areas
        self.pieces = pieces
    }

    /// Items that change the output.
    public var appliedCount: Int { outcomes.count }
}
