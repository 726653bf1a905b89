/// Writes page numbers compactly: [1, 2, 3, 7] → "1–3, 7".
enum PageRanges {
    static func describe(_ pages: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var previous: Int?
        for page in pages.sorted() {
            if let p = previous, page == p + 1 {
                previous = page
                continue
            }
            if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
            start = page
            previous = page
        }
        if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
        return parts.joined(separator: ", ")
    }
}
