import CPoppler

extension PDFDocument {
    /// The document's bookmarks (outline), depth first, in reading order. Empty when it has none.
    ///
    /// Bookmark titles are not part of any page's text; a verifier must check them separately.
    public func outline(maximumItems: Int = 100_000) -> [OutlineItem] {
        var items: [OutlineItem] = []
        func walk(_ iterator: PopplerOutlineIterator, depth: Int) {
            repeat {
                guard items.count < maximumItems else { return }
                if let action = iterator.action() {
                    let summary = action.summary
                    items.append(OutlineItem(title: summary.title ?? "", depth: depth, action: summary))
                }
                if depth < 64, let child = iterator.children() { walk(child, depth: depth + 1) }
            } while iterator.advance()
        }
        if let root = PopplerOutlineIterator(taking: poppler_index_iter_new(handle)) { walk(root, depth: 0) }
        return items
    }
}
