/// Patience diff (Bram Cohen): elements that occur exactly once in both sequences anchor the
/// diff (their longest common increasing run), the stretches between anchors are diffed again,
/// and stretches without unique elements go to `MyersDiff`.
///
/// Used on lines: unchanged unique lines pin the two texts together, so a redacted document
/// (mostly equal, with changes inside lines) is matched in near-linear time whatever its size.
enum PatienceDiff {
    static func matchingBlocks(_ a: [Int], _ b: [Int]) -> [MatchingBlock] {
        var blocks: [MatchingBlock] = []
        var stack = [(0..<a.count, 0..<b.count)]
        // Left to right: a range is either split into sub-ranges (pushed right first) or diffed.
        var pending: [(depth: Int, block: MatchingBlock)] = []
        while let (aRange, bRange) = stack.popLast() {
            var aLow = aRange.lowerBound, aHigh = aRange.upperBound
            var bLow = bRange.lowerBound, bHigh = bRange.upperBound
            while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] {
                blocks.appendMerging(a: aLow, b: bLow, count: 1)
                aLow += 1
                bLow += 1
            }
            var suffix = 0
            while aHigh - suffix > aLow, bHigh - suffix > bLow, a[aHigh - suffix - 1] == b[bHigh - suffix - 1] { suffix += 1 }
            aHigh -= suffix
            bHigh -= suffix
            if suffix > 0 { pending.append((stack.count, MatchingBlock(a: aHigh, b: bHigh, count: suffix))) }
            if aLow < aHigh, bLow < bHigh {
                let anchors = uniqueAnchors(a, b, aLow..<aHigh, bLow..<bHigh)
                if anchors.isEmpty {
                    for block in MyersDiff.matchingBlocks(a, b, aRange: aLow..<aHigh, bRange: bLow..<bHigh) {
                        blocks.appendMerging(a: block.a, b: block.b, count: block.count)
                    }
                } else {
                    // Ranges between anchors, each anchor a one-element range of its own.
                    var parts: [(Range<Int>, Range<Int>)] = []
                    var nextA = aLow, nextB = bLow
                    for (x, y) in anchors {
                        parts.append((nextA..<x, nextB..<y))
                        parts.append((x..<x + 1, y..<y + 1))
                        nextA = x + 1
                        nextB = y + 1
                    }
                    parts.append((nextA..<aHigh, nextB..<bHigh))
                    for part in parts.reversed() where !(part.0.isEmpty && part.1.isEmpty) { stack.append(part) }
                    continue
                }
            }
            while let last = pending.last, last.depth >= stack.count {
                pending.removeLast()
                blocks.appendMerging(a: last.block.a, b: last.block.b, count: last.block.count)
            }
        }
        return blocks
    }

    /// Pairs (x, y) of elements unique in `a[aRange]` and in `b[bRange]` with a[x] == b[y], the
    /// longest subsequence increasing in both.
    static func uniqueAnchors(_ a: [Int], _ b: [Int], _ aRange: Range<Int>, _ bRange: Range<Int>) -> [(Int, Int)] {
        // For each value: its position in a (or -1 when repeated), its position in b (or -1 when repeated).
        var inA: [Int: Int] = [:]
        inA.reserveCapacity(aRange.count)
        for x in aRange { inA[a[x]] = inA[a[x]] == nil ? x : -1 }
        var inB: [Int: Int] = [:]
        inB.reserveCapacity(bRange.count)
        for y in bRange where inA[b[y]] != nil { inB[b[y]] = inB[b[y]] == nil ? y : -1 }
        var pairs: [(Int, Int)] = []
        for x in aRange {
            guard let ax = inA[a[x]], ax >= 0, let by = inB[a[x]], by >= 0 else { continue }
            pairs.append((x, by))
        }
        guard !pairs.isEmpty else { return [] }
        // Longest increasing subsequence of the b positions (patience sorting).
        var pileTops: [Int] = []  // index into pairs of each pile's top
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = pileTops.count
            while low < high {
                let mid = (low + high) / 2
                if pairs[pileTops[mid]].1 < pair.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = pileTops[low - 1] }
            if low == pileTops.count { pileTops.append(index) } else { pileTops[low] = index }
        }
        var result: [(Int, Int)] = []
        var index = pileTops.last ?? -1
        while index >= 0 {
            result.append(pairs[index])
            index = previous[index]
        }
        return result.reversed()
    }
}
