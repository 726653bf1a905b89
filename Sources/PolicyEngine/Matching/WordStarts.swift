/// The places in a folded text where a match of a `PatternSet` whose entries all start at word
/// starts (`startsAtWords`) can begin, as one bit per folded byte: a word byte or a byte ≥ 0x80
/// after a non-word byte (or at the text start), and the first byte of every scalar of a script
/// written without spaces.
///
/// Built once per text (eight bytes at a time) and shared by every pattern set scanned from word
/// starts (the names of each discovery round). The unspaced starts are marked whether or not a
/// set has unspaced entries: a start inside a word can only yield matches that need a word
/// boundary before them, which `PatternSet` rejects, so the extra starts never add a hit.
struct WordStarts: Sendable {
    /// Bit `i & 63` of `bits[i >> 6]`: a match can start at folded byte `i`.
    let bits: [UInt64]

    init(_ text: FoldedText) {
        let n = text.count
        var bits = [UInt64](repeating: 0, count: (n + 63) >> 6)
        guard n > 0, let flags = text.flags.baseAddress, let bytes = text.bytes.baseAddress else {
            self.bits = bits
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
                return gatherTopBits(starts)
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
        self.bits = bits
    }

    /// Calls `body` with every start, in order.
    @inline(__always)
    func forEach(_ body: (Int) -> Void) {
        bits.withUnsafeBufferPointer { bits in
            for w in 0..<bits.count {
                var m = bits[w]
                while m != 0 {
                    body(w << 6 | m.trailingZeroBitCount)
                    m &= m &- 1
                }
            }
        }
    }
}
