/// A word- and character-level diff of two texts (typically a document and its redacted copy),
/// on Unicode scalars.
///
/// Lines are matched first with patience diff (unchanged unique lines anchor the texts), then
/// the tokens of each changed stretch of lines (words, spaces, line breaks, symbol runs, single
/// characters) with Myers' algorithm. A redacted megabyte is diffed in well under a second (see
/// BENCHMARKS.md, "Review").
public struct TextDiff: Sendable {
    public let originalScalars: [Unicode.Scalar]
    public let redactedScalars: [Unicode.Scalar]
    /// The changes in order; between two changes the texts are equal.
    public let changes: [TextChange]
    public let originalLines: LineIndex
    public let redactedLines: LineIndex

    public init(original: String, redacted: String) {
        self.init(originalScalars: Array(original.unicodeScalars), redactedScalars: Array(redacted.unicodeScalars))
    }

    public init(originalScalars a: [Unicode.Scalar], redactedScalars b: [Unicode.Scalar]) {
        originalScalars = a
        redactedScalars = b
        originalLines = LineIndex(a)
        redactedLines = LineIndex(b)
        changes = TextDiff.compare(a, b)
    }

    /// Scalars removed and inserted in total.
    public var removedCount: Int { changes.reduce(0) { $0 + $1.original.count } }
    public var insertedCount: Int { changes.reduce(0) { $0 + $1.redacted.count } }

    static func compare(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [TextChange] {
        let boundsA = TextTokenizer.boundaries(a)
        let boundsB = TextTokenizer.boundaries(b)
        let tokenCountA = boundsA.count - 1
        let tokenCountB = boundsB.count - 1

        // Token ids over both texts.
        var units = [UInt32]()
        units.reserveCapacity(a.count + b.count)
        for s in a { units.append(s.value) }
        for s in b { units.append(s.value) }
        var tokens = SequenceInterner(buffer: units, expectedCount: (tokenCountA + tokenCountB) / 4 + 16)
        var idsA = [Int](repeating: 0, count: tokenCountA)
        for t in 0..<tokenCountA { idsA[t] = tokens.id(of: boundsA[t]..<boundsA[t + 1]) }
        var idsB = [Int](repeating: 0, count: tokenCountB)
        for t in 0..<tokenCountB { idsB[t] = tokens.id(of: a.count + boundsB[t]..<a.count + boundsB[t + 1]) }

        // Lines as runs of tokens ending with a line break token.
        func lineStarts(_ bounds: [Int], _ scalars: [Unicode.Scalar], tokenCount: Int) -> [Int] {
            var starts = [0]
            for t in 0..<tokenCount where TextTokenizer.Kind(scalars[bounds[t]]) == .lineBreak && t + 1 < tokenCount {
                starts.append(t + 1)
            }
            starts.append(tokenCount)
            return starts
        }
        let linesA = tokenCountA == 0 ? [0] : lineStarts(boundsA, a, tokenCount: tokenCountA)
        let linesB = tokenCountB == 0 ? [0] : lineStarts(boundsB, b, tokenCount: tokenCountB)
        var lineUnits = [UInt32]()
        lineUnits.reserveCapacity(tokenCountA + tokenCountB)
        for id in idsA { lineUnits.append(UInt32(truncatingIfNeeded: id)) }
        for id in idsB { lineUnits.append(UInt32(truncatingIfNeeded: id)) }
        var lineInterner = SequenceInterner(buffer: lineUnits, expectedCount: linesA.count + linesB.count)
        let lineIdsA = (0..<linesA.count - 1).map { lineInterner.id(of: linesA[$0]..<linesA[$0 + 1]) }
        let lineIdsB = (0..<linesB.count - 1).map { lineInterner.id(of: tokenCountA + linesB[$0]..<tokenCountA + linesB[$0 + 1]) }

        // Changed stretches of lines, then the tokens inside them.
        var changes: [TextChange] = []
        let lineBlocks = PatienceDiff.matchingBlocks(lineIdsA, lineIdsB)
        for gap in lineBlocks.gaps(countA: lineIdsA.count, countB: lineIdsB.count) {
            let tokenRangeA = linesA[gap.a.lowerBound]..<linesA[gap.a.upperBound]
            let tokenRangeB = linesB[gap.b.lowerBound]..<linesB[gap.b.upperBound]
            let blocks = MyersDiff.matchingBlocks(idsA, idsB, aRange: tokenRangeA, bRange: tokenRangeB)
            var nextA = tokenRangeA.lowerBound
            var nextB = tokenRangeB.lowerBound
            for block in blocks + [MatchingBlock(a: tokenRangeA.upperBound, b: tokenRangeB.upperBound, count: 0)] {
                if block.a > nextA || block.b > nextB {
                    changes.append(TextChange(original: boundsA[nextA]..<boundsA[block.a], redacted: boundsB[nextB]..<boundsB[block.b]))
                }
                nextA = block.a + block.count
                nextB = block.b + block.count
            }
        }
        return merged(changes, a, b)
    }

    /// Joins two changes separated only by spaces when one of them is a pure deletion or
    /// insertion: Myers may match the space before a removed name with the space inside it
    /// ("[- Moše-] [-Pijade 18-]{+█████+}"); a reader expects "[-Moše Pijade 18-]{+█████+}".
    /// Common leading and trailing spaces of the joined change go back to the unchanged text.
    static func merged(_ changes: [TextChange], _ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [TextChange] {
        func isSpace(_ s: Unicode.Scalar) -> Bool { TextTokenizer.Kind(s) == .space }
        var result: [TextChange] = []
        for change in changes {
            if let previous = result.last, previous.original.isEmpty || previous.redacted.isEmpty || change.original.isEmpty || change.redacted.isEmpty,
                previous.original.upperBound <= change.original.lowerBound,
                a[previous.original.upperBound..<change.original.lowerBound].allSatisfy(isSpace)
            {
                var joined = TextChange(
                    original: previous.original.lowerBound..<change.original.upperBound,
                    redacted: previous.redacted.lowerBound..<change.redacted.upperBound)
                while !joined.original.isEmpty, !joined.redacted.isEmpty, isSpace(a[joined.original.lowerBound]),
                    a[joined.original.lowerBound] == b[joined.redacted.lowerBound]
                {
                    joined.original = joined.original.lowerBound + 1..<joined.original.upperBound
                    joined.redacted = joined.redacted.lowerBound + 1..<joined.redacted.upperBound
                }
                while !joined.original.isEmpty, !joined.redacted.isEmpty, isSpace(a[joined.original.upperBound - 1]),
                    a[joined.original.upperBound - 1] == b[joined.redacted.upperBound - 1]
                {
                    joined.original = joined.original.lowerBound..<joined.original.upperBound - 1
                    joined.redacted = joined.redacted.lowerBound..<joined.redacted.upperBound - 1
                }
                result[result.count - 1] = joined
            } else {
                result.append(change)
            }
        }
        return result
    }
}
