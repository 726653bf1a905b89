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
        // The array is filtered and sorted in place (the caller hands it over).
        var live = consume candidates
        live.removeAll { $0.kind == .redact && $0.score < threshold - 1e-9 }
        live.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var result: [Candidate] = []
        result.reserveCapacity(live.count)
        var cluster: [Candidate] = []
        var clusterEnd = Int.min
        for candidate in live {
            if !cluster.isEmpty && candidate.start >= clusterEnd {
                result += resolveCluster(cluster)
                cluster.removeAll(keepingCapacity: true)
            }
            if cluster.isEmpty { clusterEnd = candidate.end } else { clusterEnd = max(clusterEnd, candidate.end) }
            cluster.append(candidate)
        }
        if !cluster.isEmpty { result += resolveCluster(cluster) }
        return result
    }

    private static func resolveCluster(_ cluster: [Candidate]) -> [Candidate] {
        if cluster.count == 1 { return cluster[0].kind == .keep ? [] : cluster }
        let deny = cluster.filter { $0.kind == .deny }
        let keeps = cluster.filter { $0.kind == .keep }
        var redacts = cluster.filter { $0.kind == .redact }
        // Rule 3: keep spans.
        redacts.removeAll { r in
            keeps.contains { k in
                k.start < r.end && r.start < k.end && !(r.start <= k.start && r.end >= k.end && r.length > k.length)
            }
        }
        // Rule 4: strongest first.
        redacts.sort(by: stronger)
        var placed: [Candidate] = deny.sorted { $0.start < $1.start }
        for candidate in redacts {
            var pieces = [candidate]
            for other in placed {
                pieces = pieces.flatMap { piece -> [Candidate] in
                    guard other.start < piece.end && piece.start < other.end else { return [piece] }
                    var out: [Candidate] = []
                    if piece.start < other.start {
                        var left = piece
                        left.end = other.start
                        out.append(left)
                    }
                    if piece.end > other.end {
                        var right = piece
                        right.start = other.end
                        out.append(right)
                    }
                    return out
                }
                if pieces.isEmpty { break }
            }
            placed += pieces.map { piece in
                var p = piece
                if p.start != candidate.start || p.end != candidate.end { p.notes.insert(.trimmed) }
                return p
            }
        }
        return placed.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }

    static func stronger(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.kind != b.kind { return a.kind == .deny }
        if abs(a.score - b.score) > 1e-9 { return a.score > b.score }
        if a.length != b.length { return a.length > b.length }
        if a.start != b.start { return a.start < b.start }
        return a.rule < b.rule
    }
}
