/// A set of pages as a user writes it: `1-3,7`, `5-` (5 to the end), `-2` (1 to 2).
public struct PageSelection: Equatable, Sendable, CustomStringConvertible {
    /// Inclusive ranges of 1-based page numbers; `nil` upper bound means "to the last page".
    public let ranges: [(lower: Int, upper: Int?)]
    public let description: String

    public static func == (a: PageSelection, b: PageSelection) -> Bool {
        a.description == b.description
    }

    /// Parses a selection; throws `ExtractionError(.invalidPageSelection)` naming the bad part.
    public init(parsing text: String) throws {
        var ranges: [(Int, Int?)] = []
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        for rawPart in parts {
            let part = rawPart.trimmingCharacters(in: " ")
            func bad(_ why: String) -> ExtractionError {
                ExtractionError(.invalidPageSelection, source: "--pages", detail: "\"\(part)\": \(why)")
            }
            if part.isEmpty { throw bad("empty range") }
            if let dash = part.firstIndex(of: "-") {
                let lowerText = part[..<dash]
                let upperText = part[part.index(after: dash)...]
                let lower = lowerText.isEmpty ? 1 : Int(lowerText)
                let upper: Int?? = upperText.isEmpty ? .some(nil) : Int(upperText).map { .some($0) }
                guard let lower, let upper, lower >= 1 else { throw bad("expected N, N-M, N- or -M with page numbers from 1") }
                if let u = upper, u < lower { throw bad("the range ends before it starts") }
                ranges.append((lower, upper))
            } else {
                guard let page = Int(part), page >= 1 else { throw bad("expected a page number from 1") }
                ranges.append((page, page))
            }
        }
        self.ranges = ranges
        self.description = text
    }

    /// The selected page numbers in document order without duplicates, checked against `pageCount`.
    public func pageNumbers(pageCount: Int, source: String) throws -> [Int] {
        var selected = Set<Int>()
        for (lower, upper) in ranges {
            let last = upper ?? pageCount
            guard lower <= pageCount, last <= pageCount else {
                throw ExtractionError(.pageOutOfRange, source: source, detail: "--pages \(description): the document has \(pageCount) page\(pageCount == 1 ? "" : "s")")
            }
            if lower <= last { selected.formUnion(lower...last) }
        }
        return selected.sorted()
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
