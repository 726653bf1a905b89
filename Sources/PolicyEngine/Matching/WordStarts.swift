/// The places in a folded text where a match of a `PatternSet` whose entries all start at word
/// starts (`startsAtWords`) can begin: a word byte or a byte ≥ 0x80 after a non-word byte (or at
/// the text start), and the first byte of every scalar of a script written without spaces.
///
/// Built once per text (a bitmap, eight bytes at a time, then listed with the first two bytes at
/// each start, so that a scan tests a start's pair without reading the text) and shared by every
/// pattern set scanned from word starts (the names of each discovery round). The unspaced starts
/// are marked whether or not a set has unspaced entries: a start inside a word can only yield
/// matches that need a word boundary before them, which `PatternSet` rejects, so the extra starts
/// never add a hit.
struct WordStarts: Sendable {
    /// The starts in increasing order, but for one at the text's last byte (`lastByteStart`).
    let starts: [Int32]
    /// The two bytes at each start as they lie in memory: `b0 | b1 << 8`.
    let pairs: [UInt16]
    /// The text's last byte, when it is a start (it has no second byte).
    let lastByteStart: Int?

    init(_ text: FoldedText) {
        let n = text.count
        // Bit `i & 63` of `bits[i >> 6]`: a match can start at folded byte `i`.
        var bits = [UInt64](repeating: 0, count: (n + 63) >> 6)
        guard n > 0, let flags = text.flags.baseAddress, let bytes = text.bytes.baseAddress else {
            (starts, pairs, lastByteStart) = ([], [], nil)
            return
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = ones &* 0x7F
        let word = ones &* UInt64(ScalarFolding.Flags.wordChar), unspaced = ones &* UInt64(ScalarFolding.Flags.unspaced)
        let continuation = ones &* UInt64(ScalarFolding.Flags.continuation)
        bits.withUnsafeMutableBufferPointer { bits in
            // 0x80 when the byte before the current eight is a word byte.
            var previousIsWord: UInt64 = 0
            // The starts among the eight bytes at `i`, as eight bits (bit k for byte k).
            @inline(__always) func starts(_ i: Int) -> UInt64 {
                let f = UnsafeRawPointer(flags + i).loadUnaligned(as: UInt64.self)
                let b = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
                // Top bit of each byte whose flags have the bits (the flags are below 0x80: no carries).
                let isWord = ((f & word) &+ low7) & highs
                var starts = (isWord | (b & highs)) & ~(isWord << 8 | previousIsWord)
                if f & unspaced != 0 {  // rare: only scripts written without spaces
                    let isUnspaced = ((f & unspaced) &+ low7) & highs
                    let isContinuation = ((f & continuation) &+ low7) & highs
                    starts |= isUnspaced & ~isContinuation
                }
                previousIsWord = isWord >> 56
                // The eight top bits gathered into one byte (bit k from byte k) by one multiplication.
                return ((starts >> 7) &* 0x0102_0408_1020_4080) >> 56
            }
            var i = 0
            // 64 bytes at a time, one word of bits each.
            while i &+ 64 <= n {
                var block = starts(i)
                for k in 1..<8 { block |= starts(i &+ 8 &* k) << UInt64(8 &* k) }
                bits[i >> 6] = block
                i &+= 64
            }
            while i &+ 8 <= n {
                bits[i >> 6] |= starts(i) << UInt64(truncatingIfNeeded: i & 63)
                i &+= 8
            }
            while i < n {
                let f = flags[i]
                let isWord = f & ScalarFolding.Flags.wordChar != 0
                if (previousIsWord == 0 && (isWord || bytes[i] >= 0x80))
                    || (f & ScalarFolding.Flags.unspaced != 0 && f & ScalarFolding.Flags.continuation == 0)
                {
                    bits[i >> 6] |= 1 << UInt64(truncatingIfNeeded: i & 63)
                }
                previousIsWord = isWord ? 0x80 : 0
                i += 1
            }
        }
        // The last byte is left out of the list: it has no pair.
        let last = n - 1
        let lastIsStart = bits[last >> 6] & (1 << UInt64(last & 63)) != 0
        if lastIsStart { bits[last >> 6] &= ~(1 << UInt64(last & 63)) }
        lastByteStart = lastIsStart ? last : nil
        let count = bits.reduce(0) { $0 + $1.nonzeroBitCount }
        var pairs = [UInt16](repeating: 0, count: count)
        starts = bits.withUnsafeBufferPointer { bits in
            pairs.withUnsafeMutableBufferPointer { pairs in
                [Int32](unsafeUninitializedCapacity: count) { starts, initialized in
                    var k = 0
                    for w in 0..<bits.count {
                        var m = bits[w]
                        while m != 0 {
                            let start = w << 6 | m.trailingZeroBitCount
                            starts[k] = Int32(truncatingIfNeeded: start)
                            pairs[k] = UnsafeRawPointer(bytes + start).loadUnaligned(as: UInt16.self)
                            k &+= 1
                            m &= m &- 1
                        }
                    }
                    initialized = k
                }
            }
        }
        self.pairs = pairs
    }

    /// Calls `body` with every start and the two bytes there (`b0 | b1 << 8`, as in `pairs`; -1
    /// for a start at the text's last byte), in order.
    @inline(__always)
    func forEach(_ body: (_ start: Int, _ pair: Int) -> Void) {
        starts.withUnsafeBufferPointer { starts in
            pairs.withUnsafeBufferPointer { pairs in
                for k in 0..<starts.count { body(Int(starts[k]), Int(pairs[k])) }
            }
        }
        if let lastByteStart { body(lastByteStart, -1) }
    }
}
