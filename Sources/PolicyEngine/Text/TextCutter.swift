/// Finds the UTF-8 byte ranges of scalar ranges, walking the UTF-8 forward from a known point at
/// or before them (ranges asked in the order of their starts).
struct TextCutter {
    private let utf8: UnsafeBufferPointer<UInt8>
    private var byte: Int
    private var scalar: Int

    /// A cutter that starts walking at UTF-8 offset `byte`, the start of scalar `scalar`.
    init(_ utf8: UnsafeBufferPointer<UInt8>, byte: Int = 0, scalar: Int = 0) {
        self.utf8 = utf8
        self.byte = byte
        self.scalar = scalar
    }

    /// The UTF-8 byte range of scalars `start ..< end`.
    mutating func bytes(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        precondition(start >= scalar, "a range before the point the cutter walks from")
        advance(to: start)
        let from = byte
        advance(to: end)
        return (from, byte)
    }

    /// Scalar offsets → byte offsets by counting lead bytes. `scalar` is the number of lead bytes
    /// before `byte`; whole words (32, then 8 bytes) are skipped while the target's lead byte lies
    /// beyond them; in the word that holds it, the lead bytes before it are cleared from the word's
    /// lead flags and the next flag is its byte. Only the last few bytes of the text are walked
    /// byte by byte.
    private mutating func advance(to target: Int) {
        let count = utf8.count
        let base = UnsafeRawPointer(utf8.baseAddress!)
        var byte = self.byte, scalar = self.scalar
        defer {
            self.byte = byte
            self.scalar = scalar
        }
        // Lead bytes of a word (bit 7 of each, the first byte in the lowest bits): all but the
        // continuation bytes (10xxxxxx: bit 7 set, bit 6 clear).
        @inline(__always) func leads(_ at: Int) -> UInt64 {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            return (~word | (word << 1)) & 0x8080_8080_8080_8080
        }
        // Continuation bytes of a word as one bit per byte (bit 0); four words' flags add up
        // without carries (at most 4 per byte) and are counted with one multiply.
        @inline(__always) func continuations(_ at: Int) -> UInt64 {
            let word = base.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            return (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        }
        while byte + 32 <= count {
            let flags = continuations(byte) &+ continuations(byte + 8) &+ continuations(byte + 16) &+ continuations(byte + 24)
            let n = 32 - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
            if scalar + n > target { break }
            byte += 32
            scalar += n
        }
        while byte + 8 <= count {
            var flags = leads(byte)
            let n = countFlaggedBytes(flags)
            if scalar + n > target {
                for _ in 0..<(target - scalar) { flags &= flags &- 1 }
                byte += flags.trailingZeroBitCount >> 3
                scalar = target
                return
            }
            byte += 8
            scalar += n
        }
        while byte < count {
            if utf8[byte] & 0xC0 != 0x80 {
                if scalar == target { break }
                scalar += 1
            }
            byte += 1
        }
    }
}
