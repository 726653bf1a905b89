/// The one rule that decides between overlapping candidates. Deterministic, in this order:
///
/// 1. Candidates below the policy threshold are dropped (deny-list entries never are).
/// 2. Deny-list spans always stay, whole.
/// 3. A keep span (allow list, kept party) removes every redact candidate lying inside it; a
///    redact candidate that is strictly longer than an overlapping keep span wins over it
///    (a protected "Jelena Marković" beats a kept "Marković").
/// 4. Between redact candidates, the stronger one stays whole — higher score, then longer, then
///    earlier, then lower rule index — and the weaker is cut to its parts outside it; parts
///    without a letter or digit are dropped. Nothing covered by a redact candidate is lost.
enum OverlapResolver {
    static func resolve(_ candidates: consuming [Candidate], threshold: Double) -> [Candidate] {
        // Only candidates that overlap can conflict: split into clusters of overlapping spans
        // (a sweep over starts) and resolve each cluster on its own. O(n log n) overall.
        // The array is filtered and sorted in one go (the caller hands it over).
        var live = consume candidates
        keepSortedByStartThenLongest(&live) { !($0.kind == .redact && $0.score < threshold - 1e-9) }
        var result: [Candidate] = []
        result.reserveCapacity(live.count)
        var work = ClusterBuffers()
        var clusterStart = 0
        var clusterEnd = Int.min
        live.withUnsafeBufferPointer { live in
            for k in live.indices {
                let start = live[k].start, end = live[k].end
                if k > clusterStart && start >= clusterEnd {
                    // A candidate alone (most are) stays unless it is a keep span, as
                    // `resolveCluster` decides; it is not sliced and handed over.
                    if k - clusterStart == 1 {
                        if live[clusterStart].kind != .keep { result.append(live[clusterStart]) }
                    } else {
                        resolveCluster(live[clusterStart..<k], into: &result, &work)
                    }
                    clusterStart = k
                }
                if k == clusterStart { clusterEnd = end } else { clusterEnd = max(clusterEnd, end) }
            }
            if clusterStart < live.count { resolveCluster(live[clusterStart...], into: &result, &work) }
        }
        return result
    }

    /// Keeps the candidates that pass `isKept` (in their order, as `removeAll` would), sorted by
    /// start, then end descending. The sort runs on (key, index) pairs whose one-integer key
    /// orders them exactly as `start < start'`, then `end > end'`, would: the same comparisons
    /// give the same permutation as sorting the candidates themselves (ties included), while
    /// the sort moves 16-byte pairs instead of whole candidates, and the kept ones are copied
    /// once, into their sorted places.
    private static func keepSortedByStartThenLongest(_ candidates: inout [Candidate], _ isKept: (Candidate) -> Bool) {
        var order = [(key: UInt64, index: Int32)]()
        order.reserveCapacity(candidates.count)
        var sorted = true
        var previous: UInt64 = 0
        for (k, c) in candidates.enumerated() where isKept(c) {
            // Offsets are 32-bit and never negative (`Compact32`).
            let key = UInt64(UInt32(truncatingIfNeeded: c.start)) << 32 | UInt64(~UInt32(truncatingIfNeeded: c.end))
            if key < previous { sorted = false }
            previous = key
            order.append((key, Int32(truncatingIfNeeded: k)))
        }
        if sorted && order.count == candidates.count { return }
        if !sorted { order.sort { $0.key < $1.key } }
        candidates = order.map { candidates[Int($0.index)] }
    }

    /// Arrays one cluster needs, kept from cluster to cluster (no allocation per cluster).
    private struct ClusterBuffers {
        var deny: [Candidate] = []
        var keeps: [Candidate] = []
        var redacts: [Candidate] = []
        var placed: [Candidate] = []
        var pieces: [Candidate] = []
        var nextPieces: [Candidate] = []
    }

    private static func resolveCluster(_ cluster: Slice<UnsafeBufferPointer<Candidate>>, into result: inout [Candidate], _ work: inout ClusterBuffers) {
        if cluster.count == 1 {
            if cluster.first!.kind != .keep { result.append(cluster.first!) }
            return
        }
        work.deny.removeAll(keepingCapacity: true)
        work.keeps.removeAll(keepingCapacity: true)
        work.redacts.removeAll(keepingCapacity: true)
        for candidate in cluster {
            switch candidate.kind {
            case .deny: work.deny.append(candidate)
            case .keep: work.keeps.append(candidate)
            case .redact: work.redacts.append(candidate)
            }
        }
        // Rule 3: keep spans.
        if !work.keeps.isEmpty {
            let keeps = work.keeps
            work.redacts.removeAll { r in
                keeps.contains { k in
                    k.start < r.end && r.start < k.end && !(r.start <= k.start && r.end >= k.end && r.length > k.length)
                }
            }
        }
        // Rule 4: strongest first.
        work.redacts.sort(by: stronger)
        work.deny.sort { $0.start < $1.start }
        swap(&work.placed, &work.deny)
        for candidate in work.redacts {
            work.pieces.removeAll(keepingCapacity: true)
            work.pieces.append(candidate)
            for other in work.placed {
                work.nextPieces.removeAll(keepingCapacity: true)
                for piece in work.pieces {
                    guard other.start < piece.end && piece.start < other.end else {
                        work.nextPieces.append(piece)
                        continue
                    }
                    if piece.start < other.start {
                        var left = piece
                        left.end = other.start
                        work.nextPieces.append(left)
                    }
                    if piece.end > other.end {
                        var right = piece
                        right.start = other.end
                        work.nextPieces.append(right)
                    }
                }
                swap(&work.pieces, &work.nextPieces)
                if work.pieces.isEmpty { break }
            }
            for piece in work.pieces {
                var p = piece
                if p.start != candidate.start || p.end != candidate.end { p.notes.insert(.trimmed) }
                work.placed.append(p)
            }
        }
        work.placed.sort { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
        result += work.placed
        work.placed.removeAll(keepingCapacity: true)
    }

    static func stronger(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.kind != b.kind { return a.kind == .deny }
        if abs(a.score - b.score) > 1e-9 { return a.score > b.score }
        if a.length != b.length { return a.length > b.length }
        if a.start != b.start { return a.start < b.start }
        return a.rule < b.rule
    }
}
