/// A run of equal elements in two sequences: `a[a..<a + count] == b[b..<b + count]`.
///
/// A diff is the ascending list of matching blocks; everything between two blocks is a change
/// (deleted from `a`, inserted into `b`, or both: replaced).
public struct MatchingBlock: Equatable, Hashable, Sendable {
    /// Start in the first sequence.
    public var a: Int
    /// Start in the second sequence.
    public var b: Int
    public var count: Int

    public init(a: Int, b: Int, count: Int) {
        self.a = a
        self.b = b
        self.count = count
    }
}

extension Array where Element == MatchingBlock {
    /// Appends a block, merging it with the last one when they touch.
    mutating func appendMerging(a: Int, b: Int, count: Int) {
        guard count > 0 else { return }
        if let last = self.last, last.a + last.count == a, last.b + last.count == b {
            self[self.count - 1].count += count
        } else {
            append(MatchingBlock(a: a, b: b, count: count))
        }
    }

    /// The gaps between blocks (and before the first and after the last) as ranges of `a` and
    /// `b`, for sequences of lengths `countA` and `countB`. Empty gaps are left out.
    func gaps(countA: Int, countB: Int) -> [(a: Range<Int>, b: Range<Int>)] {
        var result: [(a: Range<Int>, b: Range<Int>)] = []
        var nextA = 0
        var nextB = 0
        for block in self + [MatchingBlock(a: countA, b: countB, count: 0)] {
            if block.a > nextA || block.b > nextB { result.append((nextA..<block.a, nextB..<block.b)) }
            nextA = block.a + block.count
            nextB = block.b + block.count
        }
        return result
    }
}
