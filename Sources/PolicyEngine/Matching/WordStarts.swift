/// The places in a folded text where a match of a `PatternSet` whose entries all start at word
/// starts (`startsAtWords`) can begin, 64 bytes at a time: a word byte or a byte ≥ 0x80 after a
/// non-word byte (or at the text start), and the first byte of every scalar of a script written
/// without spaces.
///
/// Read once per text, block after block (eight bytes at a time), for `WordStartIndex`, which
/// every pattern set scanned from word starts (the names of each discovery round) shares. The
/// unspaced starts are marked whether or not a set has unspaced entries: a start inside a word
/// can only yield matches that need a word boundary before them, which `PatternSet` rejects, so
/// the extra starts never add a hit.
struct WordStarts {
    private let flags: UnsafePointer<UInt8>
    private let bytes: UnsafePointer<UInt8>
    /// The text's byte count.
    private let count: Int
    /// 0x80 when the byte before the next block is a word byte.
    private var previousIsWord: UInt64 = 0

    /// A reader of `text`'s blocks (`text` must outlive it: it reads the text's buffers).
    private init(_ text: FoldedText) {
        count = text.count
        // (An empty text has no blocks: the pointers are then never read.)
        flags = text.flags.baseAddress ?? UnsafePointer(bitPattern: 1)!
        bytes = text.bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
    }

    /// The starts of every 64-byte block of `text`: bit `i & 63` of mask `i >> 6` is set when a
    /// match can start at folded byte `i`.
    static func masks(of text: FoldedText) -> [UInt64] {
        let blocks = (text.count + 63) >> 6
        return [UInt64](unsafeUninitializedCapacity: blocks) { masks, initialized in
            var reader = WordStarts(text)  // (created here: no captured variable written in the loop)
            for b in 0..<blocks { (masks.baseAddress! + b).initialize(to: reader.mask(ofBlock: b)) }
            initialized = blocks
        }
    }

    /// Bit `i & 63`: a match can start at folded byte `i`, for the bytes of block `block`
    /// (`i >> 6 == block`). Blocks must be read in order, each once, from 0.
    @inline(__always)
    private mutating func mask(ofBlock block: Int) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = ones &* 0x7F
        let word = ones &* UInt64(ScalarFolding.Flags.wordChar), unspaced = ones &* UInt64(ScalarFolding.Flags.unspaced)
        let continuation = ones &* UInt64(ScalarFolding.Flags.continuation)
        // The starts among the eight bytes at `i`, as the top bit of each byte; the flags of the
        // bytes are or-ed into `seen`. `unspacedToo`: also mark the unspaced scalars' starts.
        @inline(__always) func starts(_ i: Int, _ seen: inout UInt64, unspacedToo: Bool) -> UInt64 {
            let f = UnsafeRawPointer(flags + i).loadUnaligned(as: UInt64.self)
            let b = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
            seen |= f
            // Top bit of each byte whose flags have the bits (the flags are below 0x80: no carries).
            let isWord = ((f & word) &+ low7) & highs
            var starts = (isWord | (b & highs)) & ~(isWord << 8 | previousIsWord)
            if unspacedToo {
                let isUnspaced = ((f & unspaced) &+ low7) & highs
                let isContinuation = ((f & continuation) &+ low7) & highs
                starts |= isUnspaced & ~isContinuation
            }
            previousIsWord = isWord >> 56
            return starts
        }
        // The 64 starts of a block from its eight groups' top bits: group k's shifted down to bit
        // k of each byte (byte j, bit k: the block's byte 8k + j), then the 8×8 bit matrix
        // transposed (to bit 8k + j) in three rounds of swaps (Hacker's Delight, transpose8).
        @inline(__always) func blockStarts(_ i: Int, _ seen: inout UInt64, unspacedToo: Bool) -> UInt64 {
            var x = starts(i, &seen, unspacedToo: unspacedToo) >> 7
            for k in 1..<8 { x |= starts(i &+ 8 &* k, &seen, unspacedToo: unspacedToo) >> UInt64(7 &- k) }
            var t = (x ^ (x >> 7)) & 0x00AA_00AA_00AA_00AA
            x ^= t ^ (t << 7)
            t = (x ^ (x >> 14)) & 0x0000_CCCC_0000_CCCC
            x ^= t ^ (t << 14)
            t = (x ^ (x >> 28)) & 0x0000_0000_F0F0_F0F0
            x ^= t ^ (t << 28)
            return x
        }
        var i = block &<< 6
        var seen: UInt64 = 0
        if i &+ 64 <= count {
            let previous = previousIsWord
            let mask = blockStarts(i, &seen, unspacedToo: false)
            // Rare (only scripts written without spaces): the block again, with their starts.
            guard seen & unspaced == 0 else {
                previousIsWord = previous
                return blockStarts(i, &seen, unspacedToo: true)
            }
            return mask
        }
        // The last, shorter block: eight bytes at a time, then one by one.
        var mask: UInt64 = 0
        while i &+ 8 <= count {
            mask |= gatherTopBits(starts(i, &seen, unspacedToo: true)) << UInt64(truncatingIfNeeded: i & 63)
            i &+= 8
        }
        while i < count {
            let f = flags[i]
            let isWord = f & ScalarFolding.Flags.wordChar != 0
            if (previousIsWord == 0 && (isWord || bytes[i] >= 0x80))
                || (f & ScalarFolding.Flags.unspaced != 0 && f & ScalarFolding.Flags.continuation == 0)
            {
                mask |= 1 << UInt64(truncatingIfNeeded: i & 63)
            }
            previousIsWord = isWord ? 0x80 : 0
            i &+= 1
        }
        return mask
    }
}
