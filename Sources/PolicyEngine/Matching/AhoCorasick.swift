/// A multi-pattern matcher over bytes (Aho–Corasick), compiled to a dense automaton with a
/// compressed alphabet: one table lookup per input byte, whatever the number of patterns.
///
/// Patterns are byte strings (folded text); the matcher reports every occurrence of every
/// pattern, overlapping ones included, by pattern index and end position.
struct AhoCorasick: Sendable {
    /// Byte → alphabet class (0 = a byte no pattern uses).
    private let classOf: [UInt8]
    private let classCount: Int
    /// A row (state × classCount) back to its state without a division: classCount is
    /// 2^rowShift × an odd number whose inverse mod 2^64 is rowInverse (exact division).
    private let rowShift: Int
    private let rowInverse: UInt64
    /// The trie's edges for walks from chosen starts (`Walker`): `trie[state * classCount + class]`
    /// is the child, negated (minus one) when it reports patterns of its own (as long as its path),
    /// or 0 where the trie has no edge (the root is no one's child).
    private let trie: [Int32]
    /// The same transitions for the scan loop: `row[row + class]` is the next state's row
    /// (state × classCount), negated (minus one) when that state has outputs.
    private let rows: [Int32]
    /// Outputs of state s are `outputs[outputStart[s] ..< outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    /// Per byte: some pattern starts with it.
    private let firstBytes: [Bool]
    /// Bit `b0 | b1 << 8` (`WordStartIndex.pair(at:)`): some pattern starts with the bytes b0 b1,
    /// or is the one byte b0.
    private let firstPairs: [UInt64]
    /// Length in bytes of each pattern.
    let patternLengths: [Int32]
    /// Length of the longest pattern.
    private let maxLength: Int

    /// Built only to be walked from chosen starts (`withWalker`), not to scan a text.
    let isWalkOnly: Bool

    var stateCount: Int { outputStart.count - 1 }

    /// `walkOnly`: the automaton will only be walked from chosen starts (`withWalker`), never run
    /// over a text (`scan`), so the failure links and full transitions are not built. A walk follows
    /// trie edges only and reports a state's own patterns (see `Walker.forEachMatch`), and each
    /// state's outputs are then its own patterns — the same reports, in the same order, as from
    /// the full automaton.
    init(patterns: [[UInt8]], walkOnly: Bool = false) {
        // Alphabet compression.
        var classOf = [UInt8](repeating: 0, count: 256)
        var used = [Bool](repeating: false, count: 256)
        for pattern in patterns { for b in pattern { used[Int(b)] = true } }
        var next: Int = 1
        for b in 0..<256 where used[b] {
            if next < 255 {
                classOf[b] = UInt8(next)
                next += 1
            } else {
                classOf[b] = 255
            }
        }
        let classCount = min(next, 256)
        // Trie: the children of state s are `children[s * classCount ..< (s + 1) * classCount]`
        // (one flat table, no array per state); states are numbered as they are made.
        var children = [Int32](repeating: -1, count: classCount)
        var own: [[Int32]] = [[]]
        var depths: [Int32] = [0]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for b in pattern {
                let c = Int(classOf[Int(b)])
                if children[state * classCount + c] < 0 {
                    children[state * classCount + c] = Int32(depths.count)
                    children.append(contentsOf: repeatElement(-1, count: classCount))
                    own.append([])
                    depths.append(depths[state] + 1)
                }
                state = Int(children[state * classCount + c])
            }
            own[state].append(Int32(index))
        }
        let stateCount = depths.count
        var delta: [Int32] = []
        var allOutputs = own
        if !walkOnly {
            // Breadth-first failure links and full transitions.
            delta = [Int32](repeating: 0, count: stateCount * classCount)
            var fail = [Int32](repeating: 0, count: stateCount)
            var queue: [Int] = []
            queue.reserveCapacity(stateCount)
            for c in 0..<classCount {
                let child = children[c]
                if child >= 0 {
                    delta[c] = child
                    fail[Int(child)] = 0
                    queue.append(Int(child))
                } else {
                    delta[c] = 0
                }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                let f = Int(fail[state])
                // (The state's own patterns stay first: `Walker.forEachMatch` relies on it.)
                if !allOutputs[f].isEmpty { allOutputs[state] += allOutputs[f] }
                for c in 0..<classCount {
                    let child = children[state * classCount + c]
                    if child >= 0 {
                        fail[Int(child)] = delta[f * classCount + c]
                        delta[state * classCount + c] = child
                        queue.append(Int(child))
                    } else {
                        delta[state * classCount + c] = delta[f * classCount + c]
                    }
                }
            }
        }
        var outputStart = [Int32](repeating: 0, count: stateCount + 1)
        var outputs: [Int32] = []
        for s in 0..<stateCount {
            outputStart[s] = Int32(outputs.count)
            outputs += allOutputs[s]
        }
        outputStart[stateCount] = Int32(outputs.count)
        self.isWalkOnly = walkOnly
        self.rows = walkOnly ? [] : delta.map { target in
            let row = target * Int32(classCount)
            return outputStart[Int(target)] != outputStart[Int(target) + 1] ? -row - 1 : row
        }
        self.trie = children.map { child in child < 0 ? 0 : own[Int(child)].isEmpty ? child : ~child }
        self.classOf = classOf
        self.classCount = classCount
        self.rowShift = classCount.trailingZeroBitCount
        let odd = UInt64(classCount >> classCount.trailingZeroBitCount)
        // Newton's iteration doubles the correct low bits each step (odd is its own inverse mod 8).
        var inverse = odd
        for _ in 0..<5 { inverse = inverse &* (2 &- odd &* inverse) }
        self.rowInverse = inverse
        self.firstBytes = (0..<256).map { b in children[Int(classOf[b])] >= 0 && classOf[b] != 0 }
        var firstPairs = [UInt64](repeating: 0, count: 1 << 10)
        for pattern in patterns where !pattern.isEmpty {
            // A pattern's first two bytes; any byte may follow a one-byte pattern: (b0, 0...255).
            let first = pattern.count == 1 ? Int(pattern[0]) : pattern.withUnsafeBufferPointer { WordStartIndex.pair(at: $0.baseAddress!) }
            for b1 in 0..<(pattern.count == 1 ? 256 : 1) {
                let pair = first | b1 << 8
                firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.firstPairs = firstPairs
        self.outputStart = outputStart
        self.outputs = outputs
        self.patternLengths = patterns.map { Int32($0.count) }
        self.maxLength = patterns.map { $0.count }.max() ?? 0
    }

    /// Calls `report(patternIndex, end)` for every occurrence in `input[range]` (`end`
    /// exclusive), in the order of `end` (and of the state's output list for one end).
    ///
    /// Each transition is a load that depends on the one before. So the text goes in chunks, each cut into four
    /// lanes that four automata run through side by side, each noting the states with outputs it
    /// enters in a buffer (a branch taken for a few bytes in a hundred, which costs less than
    /// writing every state without one). The first lane carries on from
    /// the state where the previous chunk ended; the others start at the root the longest
    /// pattern's length before their lane, which puts them in the right state when it begins.
    /// The outputs are then reported in text order.
    ///
    /// `gate`: a state whose flag in `states` is set reports nothing where the byte after the
    /// match has a flag of `mask` in `flags` (its patterns all need a word end, see `PatternSet`).
    func scan(
        _ input: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil,
        gate: (states: UnsafeBufferPointer<Bool>, flags: UnsafeBufferPointer<UInt8>, mask: UInt8)? = nil, _ report: (Int, Int) -> Void
    ) {
        let range = range ?? 0..<input.count
        guard let base = input.baseAddress, !range.isEmpty else { return }
        precondition(!isWalkOnly, "a walk-only automaton cannot scan a text")
        let warmUp = maxLength
        let laneLength = Self.laneLength
        let chunk = 4 * laneLength
        let events = UnsafeMutablePointer<UInt64>.allocate(capacity: chunk)
        defer { events.deallocate() }
        classOf.withUnsafeBufferPointer { classes in
            rows.withUnsafeBufferPointer { rows in
                outputStart.withUnsafeBufferPointer { starts in
                    outputs.withUnsafeBufferPointer { outputs in
                        let classes = classes.baseAddress!, rows = rows.baseAddress!
                        let rowShift = UInt64(rowShift), rowInverse = rowInverse
                        @inline(__always) func next(_ row: Int, _ p: Int) -> Int {
                            Int(truncatingIfNeeded: rows[row &+ Int(truncatingIfNeeded: classes[Int(truncatingIfNeeded: base[p])])])
                        }
                        @inline(__always) func emit(_ row: Int, end: Int) {
                            let state = Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: row) &>> rowShift) &* rowInverse)
                            if let gate, gate.states[state], end < gate.flags.count, gate.flags[end] & gate.mask != 0 { return }
                            for o in Int(starts[state])..<Int(starts[state + 1]) { report(Int(outputs[o]), end) }
                        }
                        var row = 0
                        var at = range.lowerBound
                        while range.upperBound - at >= chunk {
                            // Lanes 1-3 warm up from the root.
                            var warmed = (0, 0, 0)
                            for lane in 1...3 {
                                let start = at + lane * laneLength
                                var r = 0
                                var p = max(range.lowerBound, start - warmUp)
                                while p < start {
                                    r = next(r, p)
                                    if r < 0 { r = ~r }
                                    p += 1
                                }
                                if lane == 1 { warmed.0 = r } else if lane == 2 { warmed.1 = r } else { warmed.2 = r }
                            }
                            let result = Self.runLanes(
                                base + at, rows: (row, warmed.0, warmed.1, warmed.2), classes: classes, table: rows,
                                events: events)
                            let counts = [result.counts.0, result.counts.1, result.counts.2, result.counts.3]
                            for lane in 0..<4 {
                                let laneEvents = events + lane * laneLength
                                let offset = at + lane * laneLength
                                for k in 0..<counts[lane] {
                                    let event = laneEvents[k]
                                    emit(Int(truncatingIfNeeded: event >> 32), end: offset &+ Int(truncatingIfNeeded: event & 0xFFFF_FFFF) &+ 1)
                                }
                            }
                            row = result.lastRow
                            at += chunk
                        }
                        // The rest, one automaton.
                        var p = at
                        while p < range.upperBound {
                            row = next(row, p)
                            p += 1
                            if row < 0 {
                                row = ~row
                                emit(row, end: p)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Per state: it reports some pattern, and every pattern it reports satisfies `predicate`.
    func statesWhoseOutputsAll(_ predicate: (Int) -> Bool) -> [Bool] {
        (0..<stateCount).map { s in
            let first = Int(outputStart[s]), last = Int(outputStart[s + 1])
            return first < last && (first..<last).allSatisfy { predicate(Int(outputs[$0])) }
        }
    }

    /// Walks the trie from chosen start positions (see `withWalker`).
    struct Walker {
        fileprivate let trie: UnsafePointer<Int32>
        fileprivate let classes: UnsafePointer<UInt8>
        fileprivate let outputStart: UnsafePointer<Int32>
        fileprivate let outputs: UnsafePointer<Int32>
        fileprivate let lengths: UnsafePointer<Int32>
        fileprivate let firstBytes: UnsafePointer<Bool>
        fileprivate let firstPairs: UnsafePointer<UInt64>
        fileprivate let classCount: Int

        /// Whether some pattern may start at `start`: one begins with the two bytes there (or
        /// with the last byte of the input), or is the one byte there. Never false where
        /// `forEachMatch` would report something; one table lookup instead of a walk for most
        /// words.
        @inline(__always)
        func mayStart(at start: Int, in input: UnsafeBufferPointer<UInt8>) -> Bool {
            let base = input.baseAddress!
            guard start &+ 1 < input.count else { return firstBytes[Int(truncatingIfNeeded: base[start])] }
            let pair = WordStartIndex.pair(at: base + start)
            return firstPairs[pair >> 6] & (1 &<< UInt64(truncatingIfNeeded: pair & 63)) != 0
        }

        /// The state two bytes `pair` (`b0 | b1 << 8`) lead to from the root when neither it nor
        /// the state after b0 reports a pattern of its own: a walk from a start with these bytes
        /// then reports something only if the trie has an edge for the third byte
        /// (`hasEdge(from:on:)`). Nil otherwise (or when the trie has no such path).
        @inline(__always)
        func stateAfter(pair: Int) -> Int? {
            let first = Int(trie[Int(classes[pair & 0xFF])])
            guard first > 0 else { return nil }
            let second = Int(trie[first &* classCount &+ Int(classes[pair >> 8])])
            return second > 0 ? second : nil
        }

        /// Whether the trie has an edge from `state` for `byte`.
        @inline(__always)
        func hasEdge(from state: Int, on byte: UInt8) -> Bool {
            trie[state &* classCount &+ Int(classes[Int(byte)])] != 0
        }

        /// Calls `body` with every two bytes (`b0 | b1 << 8`) for which `mayStart` is true at a
        /// start that is not the input's last byte, in increasing order.
        func forEachFirstPair(_ body: (Int) -> Void) {
            for w in 0..<(1 << 10) {
                var m = firstPairs[w]
                while m != 0 {
                    body(w << 6 | m.trailingZeroBitCount)
                    m &= m &- 1
                }
            }
        }

        /// Calls `report(patternIndex, end)` for every occurrence that starts exactly at `start`,
        /// in the order `scan` reports them (by end, then the state's output list): the trie
        /// walked from the root until the text leaves it.
        ///
        /// `gate`: as for `scan`, a state whose flag in `states` is set reports nothing where the
        /// byte after the match has a flag of `mask` in `flags`.
        @inline(__always)
        func forEachMatch(
            startingAt start: Int, in input: UnsafeBufferPointer<UInt8>,
            gate: (states: UnsafeBufferPointer<Bool>, flags: UnsafeBufferPointer<UInt8>, mask: UInt8)? = nil, _ report: (Int, Int) -> Void
        ) {
            let base = input.baseAddress!
            let n = input.count
            var state = 0
            var j = start
            while j < n {
                let next = Int(trie[state &* classCount &+ Int(classes[Int(base[j])])])
                j &+= 1
                // Most steps: an edge to a state without patterns of its own.
                if next > 0 {
                    state = next
                    continue
                }
                // No edge: the text leaves the trie, nothing more starts at `start`.
                guard next < 0 else { return }
                state = ~next
                if let gate, gate.states[state], j < n, gate.flags[j] & gate.mask != 0 { continue }
                // A state lists its own patterns (as long as its path) before those of its failure
                // links (shorter, ending inside the path; see `init`): the ones starting at `start`
                // are the list's head.
                for o in Int(outputStart[state])..<Int(outputStart[state &+ 1]) {
                    let pattern = Int(outputs[o])
                    guard Int(lengths[pattern]) == j &- start else { break }
                    report(pattern, j)
                }
            }
        }
    }

    /// Runs `body` with a walker over this automaton's tables (valid only inside `body`).
    func withWalker<R>(_ body: (Walker) -> R) -> R {
        trie.withUnsafeBufferPointer { trie in
            classOf.withUnsafeBufferPointer { classes in
                outputStart.withUnsafeBufferPointer { starts in
                    outputs.withUnsafeBufferPointer { outputs in
                        patternLengths.withUnsafeBufferPointer { lengths in
                            firstBytes.withUnsafeBufferPointer { firstBytes in
                                firstPairs.withUnsafeBufferPointer { firstPairs in
                                    body(Walker(
                                        trie: trie.baseAddress!, classes: classes.baseAddress!,
                                        outputStart: starts.baseAddress!, outputs: outputs.baseAddress ?? starts.baseAddress!,
                                        lengths: lengths.baseAddress ?? starts.baseAddress!, firstBytes: firstBytes.baseAddress!,
                                        firstPairs: firstPairs.baseAddress!, classCount: classCount))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The length of each of `runLanes`' four lanes (a constant: each lane's bytes and events are
    /// then at fixed offsets from the first lane's, with no pointer of their own to keep).
    private static let laneLength = 1 << 13

    /// Runs four automata side by side over four lanes of `laneLength` bytes from `p`, starting
    /// in `rows`; lane k writes (row << 32 | last byte's index in lane) of each state with outputs to
    /// `events[k · laneLength ...]`. Returns how many each wrote and the last lane's final row.
    @inline(never)
    private static func runLanes(
        _ p: UnsafePointer<UInt8>, rows: (Int, Int, Int, Int), classes: UnsafePointer<UInt8>,
        table: UnsafePointer<Int32>, events: UnsafeMutablePointer<UInt64>
    ) -> (counts: (Int, Int, Int, Int), lastRow: Int) {
        let laneLength = Self.laneLength
        var (r0, r1, r2, r3) = rows
        var c0 = 0, c1 = laneLength, c2 = 2 * laneLength, c3 = 3 * laneLength
        @inline(__always) func step(_ r: inout Int, _ c: inout Int, _ lane: Int, _ i: Int) {
            r = Int(truncatingIfNeeded: table[r &+ Int(truncatingIfNeeded: classes[Int(truncatingIfNeeded: p[lane &* laneLength &+ i])])])
            if r < 0 {  // the state has outputs (rare: a branch the predictor gets right nearly always)
                r = ~r
                events[c] = UInt64(truncatingIfNeeded: r) << 32 | UInt64(truncatingIfNeeded: i)
                c &+= 1
            }
        }
        // Two bytes of each lane per turn: half the loop's own count and test.
        for half in 0..<(laneLength >> 1) {
            let i = half &<< 1
            step(&r0, &c0, 0, i)
            step(&r1, &c1, 1, i)
            step(&r2, &c2, 2, i)
            step(&r3, &c3, 3, i)
            step(&r0, &c0, 0, i &+ 1)
            step(&r1, &c1, 1, i &+ 1)
            step(&r2, &c2, 2, i &+ 1)
            step(&r3, &c3, 3, i &+ 1)
        }
        return ((c0, c1 - laneLength, c2 - 2 * laneLength, c3 - 3 * laneLength), r3)
    }
}
