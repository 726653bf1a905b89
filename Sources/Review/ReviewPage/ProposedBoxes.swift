import Extraction
import Redaction

/// The rectangles `blackline redact` will black out for each item, computed exactly as the PDF
/// redactor does: the operator's hidden part of the span (all of it, or all but the last
/// characters for `mask`), split by page, turned into padded line runs by `RedactionGeometry`,
/// with every proposed span counted as hidden when padding is limited. `redact` then grows each
/// rectangle over ink the renderer drew past it (`InkCoverage`) and snaps it to its pixels, so its
/// manifest's boxes can be slightly larger than these; the spans, and so the decisions, are equal.
///
/// Items the reviewer has not (yet) accepted get the boxes they would get if accepted, so the
/// page can show them too.
enum ProposedBoxes {
    static func compute(_ items: [RedactionItem], document: ExtractedDocument, options: RedactionOptions) throws -> [[PageBox]] {
        let operators = OperatorSet()
        // The hidden scalar ranges of each item, per page index.
        var pieces: [Int: [(item: Int, range: Range<Int>)]] = [:]
        for (index, original) in items.enumerated() {
            var item = original
            item.decision = .redact
            if item.action.kind == .keep { item.action = .redact }
            guard let outcome = try operators.apply(to: item, options: options), !outcome.hidden.isEmpty else { continue }
            let hiddenStart = item.start + outcome.hidden.lowerBound
            let hiddenEnd = item.start + outcome.hidden.upperBound
            for pageIndex in document.pageIndex(containingOffset: hiddenStart)..<document.pages.count {
                let pageStart = document.pageStartOffsets[pageIndex]
                guard pageStart < hiddenEnd else { break }
                let page = document.pages[pageIndex]
                let local = max(hiddenStart, pageStart) - pageStart..<min(hiddenEnd, pageStart + page.scalarCount) - pageStart
                if !local.isEmpty { pieces[pageIndex, default: []].append((index, local)) }
            }
        }
        var result = [[PageBox]](repeating: [], count: items.count)
        let geometry = RedactionGeometry()
        for (pageIndex, list) in pieces.sorted(by: { $0.key < $1.key }) {
            let page = document.pages[pageIndex]
            guard let boxes = page.boxes else { continue }
            let scalars = Array(page.text.unicodeScalars)
            var hidden = [Bool](repeating: false, count: scalars.count)
            for piece in list { for i in piece.range where i < hidden.count { hidden[i] = true } }
            for piece in list {
                for rect in geometry.rectangles(for: piece.range, scalars: scalars, boxes: boxes, hidden: hidden) {
                    result[piece.item].append(PageBox(page: page.number, box: rect))
                }
            }
        }
        return result
    }
}
