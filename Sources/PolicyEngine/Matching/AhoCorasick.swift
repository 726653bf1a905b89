/// A multi-pattern matcher over bytes (Aho–Corasick), compiled to a dense automaton with a
/// compressed alphabet: one table lookup per input byte, whatever the number of patterns.
///
/// Patterns are byte strings (folded text); the matcher reports every occurrence of every
/// pattern, overlapping ones included, by pattern index and end position.
struct AhoCorasick: Sendable {
    /// Byte → alphabet class (0 = a byte no pattern uses).
    private let classOf: [UInt8]
    private let classCount: Int
    /// Transitions: `delta[state * classCount + class]`.
    private let delta: [Int32]
    /// The same transitions for the scan loop: `row[row + class]` is the next state's row
    /// (state × classCount), negated (minus one) when that state has outputs.
    private let rows: [Int32]
    /// Outputs of state s are `outputs[outputStart[s] ..< outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    /// Length in bytes of each pattern.
    let patternLengths: [Int32]

    var stateCount: Int { outputStart.count - 1 }

    init(patterns: [[UInt8]]) {
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
        // Trie.
        var children: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
        var own: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for b in pattern {
                let c = Int(classOf[Int(b)])
                if children[state][c] < 0 {
                    children[state][c] = Int32(children.count)
                    children.append([Int32](repeating: -1, count: classCount))
                    own.append([])
                }
                state = Int(children[state][c])
            }
            own[state].append(Int32(index))
        }
        // Breadth-first failure links and full transitions.
        let stateCount = children.count
        var delta = [Int32](repeating: 0, count: stateCount * classCount)
        var fail = [Int32](repeating: 0, count: stateCount)
        var allOutputs = own
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        for c in 0..<classCount {
            let child = children[0][c]
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
            if !allOutputs[f].isEmpty { allOutputs[state] += allOutputs[f] }
            for c in 0..<classCount {
                let child = children[state][c]
                if child >= 0 {
                    fail[Int(child)] = delta[f * classCount + c]
                    delta[state * classCount + c] = child
                    queue.append(Int(child))
                } else {
                    delta[state * classCount + c] = delta[f * classCount + c]
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
        self.rows = delta.map { target in
            let row = target * Int32(classCount)
            return outputStart[Int(target)] != outputStart[Int(target) + 1] ? -row - 1 : row
        }
        self.classOf = classOf
        self.classCount = classCount
        self.delta = delta
        self.outputStart = outputStart
        self.outputs = outputs
        self.patternLengths = patterns.map { Int32($0.count) }
    }

    /// Runs the automaton from `p` until it enters a state with outputs (returned negated, as in
    /// `rows`) or reaches `end`. Kept apart so that the loop lives in registers.
    @inline(never)
    private static func run(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>, row: Int, classes: UnsafePointer<UInt8>, rows: UnsafePointer<Int32>
    ) -> (UnsafePointer<UInt8>, Int) {
        var p = start
        var row = row
        while p < end {
            row = Int(truncatingIfNeeded: rows[row &+ Int(truncatingIfNeeded: classes[Int(truncatingIfNeeded: p.pointee)])])
            p += 1
            if row < 0 { return (p, row) }
        }
        return (p, row)
    }

    /// Calls `report(patternIndex, end)` for every occurrence in `bytes[range]` (`end` exclusive).
    @inline(__always)
    func scan(_ input: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, _ report: (Int, Int) -> Void) {
        let range = range ?? 0..<input.count
        let classCount = Int32(self.classCount)
        classOf.withUnsafeBufferPointer { classes in
            rows.withUnsafeBufferPointer { rows in
                outputStart.withUnsafeBufferPointer { starts in
                    outputs.withUnsafeBufferPointer { outputs in
                        guard let base = input.baseAddress, let classes = classes.baseAddress, let rows = rows.baseAddress else { return }
                        var row = 0
                        var p = base + range.lowerBound
                        let end = base + range.upperBound
                        while p < end {
                            (p, row) = Self.run(from: p, to: end, row: row, classes: classes, rows: rows)
                            if row < 0 {
                                row = -row &- 1
                                let state = row / Int(classCount)
                                let i = p - base
                                for k in Int(starts[state])..<Int(starts[state + 1]) { report(Int(outputs[k]), i) }
                            }
                        }
                    }
                }
            }
        }
    }
}
