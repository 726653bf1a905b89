/// Myers' O(ND) difference algorithm in linear space ("An O(ND) Difference Algorithm and Its
/// Variations", 1986, section 4b), on sequences of integer ids.
///
/// Each step strips the common prefix and suffix, finds the middle of an optimal edit path by
/// searching from both ends at once, and splits there. Like git's xdiff it gives up on an exact
/// middle after `costLimit` edit steps and splits at the furthest-reaching point instead, so that
/// two unrelated inputs cost O((N + M) · costLimit) rather than O((N + M) · D); the result is then
/// still a correct diff, only not always a minimal one.
enum MyersDiff {
    /// The matching blocks of `a[aRange]` and `b[bRange]`, in ascending order, with indexes into
    /// the whole arrays.
    static func matchingBlocks(
        _ a: [Int], _ b: [Int], aRange: Range<Int>? = nil, bRange: Range<Int>? = nil, costLimit: Int? = nil
    ) -> [MatchingBlock] {
        let aRange = aRange ?? 0..<a.count
        let bRange = bRange ?? 0..<b.count
        var search = MiddleSearch(a: a, b: b, aRange: aRange, bRange: bRange)
        let limit = costLimit ?? defaultCostLimit(aRange.count + bRange.count)
        var blocks: [MatchingBlock] = []
        // Sub-problems, left to right: pushed right first.
        var stack = [(aRange.lowerBound, aRange.upperBound, bRange.lowerBound, bRange.upperBound)]
        // Matches found as a common suffix wait until everything left of them is done.
        var pendingSuffixes: [(stackDepth: Int, block: MatchingBlock)] = []
        while let (aLow0, aHigh0, bLow0, bHigh0) = stack.popLast() {
            var (aLow, aHigh, bLow, bHigh) = (aLow0, aHigh0, bLow0, bHigh0)
            var prefix = 0
            while aLow + prefix < aHigh, bLow + prefix < bHigh, a[aLow + prefix] == b[bLow + prefix] { prefix += 1 }
            blocks.appendMerging(a: aLow, b: bLow, count: prefix)
            aLow += prefix
            bLow += prefix
            var suffix = 0
            while aHigh - suffix > aLow, bHigh - suffix > bLow, a[aHigh - suffix - 1] == b[bHigh - suffix - 1] { suffix += 1 }
            aHigh -= suffix
            bHigh -= suffix
            if suffix > 0 {
                pendingSuffixes.append((stack.count, MatchingBlock(a: aHigh, b: bHigh, count: suffix)))
            }
            if aLow < aHigh, bLow < bHigh {
                let (x, y) = search.split(aLow, aHigh, bLow, bHigh, costLimit: limit)
                if (x, y) != (aLow, bLow), (x, y) != (aHigh, bHigh) {
                    stack.append((x, aHigh, y, bHigh))
                    stack.append((aLow, x, bLow, y))
                    continue
                }
                // No usable split (cannot happen after stripping; kept as a guard): all changed.
            }
            // This sub-problem is finished: emit the suffixes whose left side is now complete.
            while let last = pendingSuffixes.last, last.stackDepth >= stack.count {
                pendingSuffixes.removeLast()
                blocks.appendMerging(a: last.block.a, b: last.block.b, count: last.block.count)
            }
        }
        return blocks
    }

    /// git's rule of thumb: about √(N + M), at least 256 steps.
    static func defaultCostLimit(_ total: Int) -> Int {
        var root = 1
        while root * root < total { root += 1 }
        return max(256, root)
    }

    /// The forward and backward frontiers, allocated once for the whole diff.
    struct MiddleSearch {
        let a: [Int]
        let b: [Int]
        var forward: [Int]
        var backward: [Int]
        /// Index of diagonal 0 in the frontier arrays (diagonal k = x − y).
        let origin: Int

        init(a: [Int], b: [Int], aRange: Range<Int>, bRange: Range<Int>) {
            self.a = a
            self.b = b
            // Diagonals of any sub-problem lie in (aLow − bHigh) … (aHigh − bLow).
            origin = bRange.upperBound - aRange.lowerBound + 1
            let size = aRange.upperBound - bRange.lowerBound + origin + 2
            forward = [Int](repeating: 0, count: size)
            backward = [Int](repeating: 0, count: size)
        }

        /// A point (x, y) on an optimal (or, past the cost limit, a good) edit path from
        /// (aLow, bLow) to (aHigh, bHigh). Both ends must differ (stripped before).
        mutating func split(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int, costLimit: Int) -> (Int, Int) {
            let o = origin
            let minDiagonal = aLow - bHigh
            let maxDiagonal = aHigh - bLow
            let forwardMid = aLow - bLow
            let backwardMid = aHigh - bHigh
            let odd = (forwardMid - backwardMid) & 1 != 0
            var fMin = forwardMid, fMax = forwardMid
            var bMin = backwardMid, bMax = backwardMid
            forward[forwardMid + o] = aLow
            backward[backwardMid + o] = aHigh
            var cost = 1
            while true {
                if fMin > minDiagonal {
                    fMin -= 1
                    forward[fMin - 1 + o] = -1
                } else {
                    fMin += 1
                }
                if fMax < maxDiagonal {
                    fMax += 1
                    forward[fMax + 1 + o] = -1
                } else {
                    fMax -= 1
                }
                var d = fMax
                while d >= fMin {
                    var x = forward[d - 1 + o] >= forward[d + 1 + o] ? forward[d - 1 + o] + 1 : forward[d + 1 + o]
                    var y = x - d
                    while x < aHigh, y < bHigh, a[x] == b[y] {
                        x += 1
                        y += 1
                    }
                    forward[d + o] = x
                    if odd, bMin <= d, d <= bMax, backward[d + o] <= x { return (x, y) }
                    d -= 2
                }
                if bMin > minDiagonal {
                    bMin -= 1
                    backward[bMin - 1 + o] = Int.max
                } else {
                    bMin += 1
                }
                if bMax < maxDiagonal {
                    bMax += 1
                    backward[bMax + 1 + o] = Int.max
                } else {
                    bMax -= 1
                }
                d = bMax
                while d >= bMin {
                    var x = backward[d - 1 + o] < backward[d + 1 + o] ? backward[d - 1 + o] : backward[d + 1 + o] - 1
                    var y = x - d
                    while x > aLow, y > bLow, a[x - 1] == b[y - 1] {
                        x -= 1
                        y -= 1
                    }
                    backward[d + o] = x
                    if !odd, fMin <= d, d <= fMax, x <= forward[d + o] { return (x, y) }
                    d -= 2
                }
                if cost >= costLimit {
                    return furthestPoint(aLow, aHigh, bLow, bHigh, fMin: fMin, fMax: fMax, bMin: bMin, bMax: bMax)
                }
                cost += 1
            }
        }

        /// The point that got furthest from its end, forward or backward.
        private func furthestPoint(
            _ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int, fMin: Int, fMax: Int, bMin: Int, bMax: Int
        ) -> (Int, Int) {
            let o = origin
            var forwardBest = -1
            var forwardX = aLow
            var d = fMax
            while d >= fMin {
                var x = min(forward[d + o], aHigh)
                var y = x - d
                if bHigh < y {
                    x = bHigh + d
                    y = bHigh
                }
                if forwardBest < x + y {
                    forwardBest = x + y
                    forwardX = x
                }
                d -= 2
            }
            var backwardBest = Int.max
            var backwardX = aHigh
            d = bMax
            while d >= bMin {
                var x = max(aLow, backward[d + o])
                var y = x - d
                if y < bLow {
                    x = bLow + d
                    y = bLow
                }
                if x + y < backwardBest {
                    backwardBest = x + y
                    backwardX = x
                }
                d -= 2
            }
            if (aHigh + bHigh) - backwardBest < forwardBest - (aLow + bLow) {
                return (forwardX, forwardBest - forwardX)
            }
            return (backwardX, backwardBest - backwardX)
        }
    }
}
