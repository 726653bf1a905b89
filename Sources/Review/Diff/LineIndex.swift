/// Line numbers of scalar offsets in a text. Lines end at `\n`, a form feed (page break) or a
/// Unicode line/paragraph separator, which belongs to the line it ends.
public struct LineIndex: Sendable {
    /// Scalar offset where each line starts; line N (1-based) starts at `starts[N - 1]`.
    public let starts: [Int]
    /// Length of the text in scalars.
    public let length: Int

    public init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where TextTokenizer.Kind(scalar) == .lineBreak {
            starts.append(index + 1)
        }
        self.starts = starts
        length = scalars.count
    }

    /// Number of lines (a text ending in a line break has an empty last line, not counted).
    public var count: Int { starts.count > 1 && starts.last == length ? starts.count - 1 : starts.count }

    /// 1-based line holding `offset` (the offset just past the end belongs to the last line).
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based column (in scalars) of `offset` on its line.
    public func column(of offset: Int) -> Int { offset - starts[line(of: offset) - 1] + 1 }

    /// Scalar range of a 1-based line, including its line break.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] : length
        return start..<end
    }
}
