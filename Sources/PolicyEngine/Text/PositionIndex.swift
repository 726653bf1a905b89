/// Sorted positions in a text (hit starts, line breaks) with a table per block of bytes, so that
/// "the first position at or after p" is one table lookup and a short walk instead of a binary
/// search.
struct PositionIndex: Sendable {
    let positions: [Int32]
    /// `blockFirst[b]`: index of the first position ≥ b << shift.
    private let blockFirst: [Int32]
    private let shift: Int

    /// `positions` must be sorted (non-decreasing) and lie in `0...textCount`.
    init(positions: [Int32], textCount: Int, shift: Int = 6) {
        self.positions = positions
        self.shift = shift
        let blocks = (textCount >> shift) + 2
        // One pass over the positions: each one is the first for the blocks up to its own that
        // have none yet.
        let blockFirst = [Int32](unsafeUninitializedCapacity: blocks) { table, initialized in
            var next = 0
            positions.withUnsafeBufferPointer { positions in
                for k in 0..<positions.count {
                    let last = min(Int(positions[k]) >> shift, blocks - 1)
                    while next <= last {
                        table[next] = Int32(truncatingIfNeeded: k)
                        next &+= 1
                    }
                }
            }
            while next < blocks {
                table[next] = Int32(truncatingIfNeeded: positions.count)
                next &+= 1
            }
            initialized = blocks
        }
        self.blockFirst = blockFirst
    }

    /// The index with 64-byte blocks of the sorted `positions` (in `0...textCount`), and in
    /// `bits` one bit per byte, set at each position. A block is one word of the bitmap, so both
    /// come from one sequential pass (no zero fill, no scattered writes).
    init(positions: [Int32], textCount: Int, bits: inout [UInt64]) {
        let blocks = (textCount >> 6) + 2
        let words = blocks - 1
        var table: [Int32] = []
        bits = [UInt64](unsafeUninitializedCapacity: words) { bits, initializedBits in
            table = [Int32](unsafeUninitializedCapacity: blocks) { table, initialized in
                positions.withUnsafeBufferPointer { positions in
                    let n = positions.count
                    var k = 0
                    for b in 0..<words {
                        table[b] = Int32(truncatingIfNeeded: k)
                        let end = Int32(truncatingIfNeeded: (b &+ 1) << 6)
                        var word: UInt64 = 0
                        while k < n, positions[k] < end {
                            word |= 1 << UInt64(positions[k] & 63)
                            k &+= 1
                        }
                        bits[b] = word
                    }
                    table[words] = Int32(truncatingIfNeeded: k)
                }
                initialized = blocks
            }
            initializedBits = words
        }
        self.init(positions: positions, blockFirst: table, shift: 6)
    }

    private init(positions: [Int32], blockFirst: [Int32], shift: Int) {
        self.positions = positions
        self.blockFirst = blockFirst
        self.shift = shift
    }

    /// The index of `merged`, these positions with the positions (`key`) of the sorted `added`
    /// merged in, without a pass over all of them: the first index of a block grows by the number
    /// of added positions before it.
    func merging<T>(_ added: [T], _ key: (T) -> Int, into merged: [Int32]) -> PositionIndex {
        let blocks = blockFirst.count
        let table = [Int32](unsafeUninitializedCapacity: blocks) { table, initialized in
            blockFirst.withUnsafeBufferPointer { old in
                added.withUnsafeBufferPointer { added in
                    // Same walk as `init`, adding `j` (the added positions so far) to the old entries.
                    var next = 0
                    for j in 0..<added.count {
                        let last = min(key(added[j]) >> shift, blocks - 1)
                        while next <= last {
                            table[next] = old[next] &+ Int32(truncatingIfNeeded: j)
                            next &+= 1
                        }
                    }
                    while next < blocks {
                        table[next] = old[next] &+ Int32(truncatingIfNeeded: added.count)
                        next &+= 1
                    }
                }
            }
            initialized = blocks
        }
        return PositionIndex(positions: merged, blockFirst: table, shift: shift)
    }

    var count: Int { positions.count }

    /// Index of the first position ≥ `p` (`count` when none).
    @inline(__always)
    func firstIndex(atOrAfter p: Int) -> Int {
        guard p > 0 else { return 0 }
        let b = p >> shift
        guard b < blockFirst.count else { return positions.count }
        var k = Int(blockFirst[b])
        while k < positions.count, Int(positions[k]) < p { k += 1 }
        return k
    }

    /// The last position < `p`, if any.
    @inline(__always)
    func last(before p: Int) -> Int? {
        let k = firstIndex(atOrAfter: p)
        return k > 0 ? Int(positions[k - 1]) : nil
    }

    /// The first position ≥ `p`, if any.
    @inline(__always)
    func first(atOrAfter p: Int) -> Int? {
        let k = firstIndex(atOrAfter: p)
        return k < positions.count ? Int(positions[k]) : nil
    }
}
