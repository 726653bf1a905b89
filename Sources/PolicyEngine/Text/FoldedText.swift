/// A document's text folded for matching (see `ScalarFolding`), with a map from every folded
/// byte back to the Unicode scalar offset it came from.
///
/// Built in one pass over the UTF-8 bytes. A hyphen that breaks a word at a line end
/// ("Đor-\nđević") is folded away, so the word matches whole while its span still covers the
/// hyphen and the line break.
///
/// Two bytes per input byte at most (the folded byte and its flags). The scalar map is not stored
/// per byte: a byte starts a new scalar unless it has the `continuation` flag, scalars that fold
/// to nothing are listed apart (`vanished`), and a checkpoint every 64 bytes makes a lookup a
/// short count.
struct FoldedText: @unchecked Sendable {
    /// Folded bytes: ASCII for Latin and Cyrillic letters, UTF-8 for other scripts.
    let bytes: UnsafeBufferPointer<UInt8>
    /// `ScalarFolding.Flags` of each folded byte.
    let flags: UnsafeBufferPointer<UInt8>
    /// Number of Unicode scalars in the original text.
    let scalarCount: Int
    /// Owns the memory of `bytes` and `flags` and the scalar map.
    private let storage: Storage
    /// Some scalars folded to nothing (`Storage.vanished` is not empty): most texts have none,
    /// and a scalar offset lookup then never reads the list.
    private let hasVanished: Bool

    var count: Int { bytes.count }

    final class Storage {
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let flags: UnsafeMutableBufferPointer<UInt8>
        /// (folded index, scalars that vanished right before it), sorted by index; the index may
        /// be `count` (vanished at the end).
        let vanished: [(index: Int, scalars: Int)]
        /// Scalar offset of folded byte 64·k (noted by the fold as it writes the byte).
        let checkpoints: [Int32]
        /// UTF-8 offset in the original text of that scalar (noted with it).
        let originalCheckpoints: [Int32]

        init(
            bytes: UnsafeMutableBufferPointer<UInt8>, flags: UnsafeMutableBufferPointer<UInt8>, vanished: [(index: Int, scalars: Int)],
            checkpoints: [Int32], originalCheckpoints: [Int32]
        ) {
            self.bytes = bytes
            self.flags = flags
            self.vanished = vanished
            self.checkpoints = checkpoints
            self.originalCheckpoints = originalCheckpoints
            assert(checkpoints == Storage.makeCheckpoints(UnsafeBufferPointer(flags), vanished), "fold checkpoints differ from the flags")
        }

        deinit {
            bytes.deallocate()  // the flags are in the same allocation (see `fold`)
        }

        /// Scalar offsets of every 64th byte: count the bytes that start a scalar (no
        /// `continuation` flag), eight at a time, plus the vanished scalars. (What the fold notes
        /// as it goes; computed again only to check it in debug builds.)
        private static func makeCheckpoints(_ flags: UnsafeBufferPointer<UInt8>, _ vanished: [(index: Int, scalars: Int)]) -> [Int32] {
            let n = flags.count
            var checkpoints: [Int32] = []
            checkpoints.reserveCapacity(n / 64 + 1)
            var scalar = -1  // offset of the byte before index 0
            var v = 0
            var i = 0
            while i < n {
                // Vanished scalars before byte i count for byte i.
                while v < vanished.count, vanished[v].index <= i {
                    scalar += vanished[v].scalars
                    v += 1
                }
                // Byte i starts a scalar unless it continues one.
                if flags[i] & ScalarFolding.Flags.continuation == 0 { scalar += 1 }
                checkpoints.append(Int32(truncatingIfNeeded: scalar))
                // Bytes i+1 ..< i+64, and the scalars that vanished before them.
                scalar += countScalarStarts(flags, from: i + 1, to: min(n, i + 64))
                i += 64
                while v < vanished.count, vanished[v].index < i {
                    scalar += vanished[v].scalars
                    v += 1
                }
            }
            return checkpoints
        }
    }

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        var result: (Storage, Int)!
        text.utf8.withContiguousStorageIfAvailable { utf8 in
            result = FoldedText.fold(utf8)
        }
        storage = result.0
        scalarCount = result.1
        hasVanished = !storage.vanished.isEmpty
        bytes = UnsafeBufferPointer(storage.bytes)
        flags = UnsafeBufferPointer(storage.flags)
    }

    /// The folded bytes of a string, as an array.
    static func foldedBytes(_ text: String) -> [UInt8] {
        let folded = FoldedText(text)
        return withExtendedLifetime(folded) { Array(folded.bytes) }
    }

    /// Where folded byte 64·k came from: the scalar offset of its scalar, and the UTF-8 offset of
    /// that scalar in the original text (for every k with 64·k < `count`). A point to count
    /// scalars forward from in the original text, to find the bytes of a scalar offset near it.
    var checkpoints: (scalars: [Int32], utf8: [Int32]) {
        (storage.checkpoints, storage.originalCheckpoints)
    }

    /// The checkpoint at or before folded byte `i` (an index into `checkpoints`: one per 64 bytes).
    static func checkpoint(before i: Int) -> Int { i >> 6 }

    /// Scalar offset of the scalar folded byte `i` came from (`scalarCount` past the end).
    func scalarStart(_ i: Int) -> Int {
        guard i < count else { return scalarCount }
        let k = Self.checkpoint(before: i)
        let scalar = Int(storage.checkpoints[k]) + countScalarStarts(flags, from: (k << 6) + 1, to: i + 1)
        return scalar + vanishedScalars(after: k << 6, through: i)
    }

    /// Scalars that vanished before bytes in `(low, high]` (the test inline: most texts have none).
    @inline(__always)
    private func vanishedScalars(after low: Int, through high: Int) -> Int {
        hasVanished && low < high ? listedVanishedScalars(after: low, through: high) : 0
    }

    /// `vanishedScalars(after:through:)` read from the list.
    private func listedVanishedScalars(after low: Int, through high: Int) -> Int {
        let vanished = storage.vanished
        var a = 0
        var b = vanished.count
        while a < b {
            let mid = (a + b) / 2
            if vanished[mid].index <= low { a = mid + 1 } else { b = mid }
        }
        var total = 0
        while a < vanished.count, vanished[a].index <= high {
            total += vanished[a].scalars
            a += 1
        }
        return total
    }

    /// Scalar offset one past a folded range that ends (exclusive) at `byteEnd`. Scalars that
    /// folded to nothing right after the range (combining marks) are included.
    func scalarEnd(_ byteEnd: Int) -> Int {
        guard byteEnd > 0 else { return 0 }
        return scalarEnd(byteEnd, last: scalarStart(byteEnd - 1))
    }

    /// `(scalarStart(start), scalarEnd(end))` of a non-empty folded range. The scalar of the
    /// range's last byte is counted on from the first's over the range's own bytes when the range
    /// is short (not again from the checkpoint before it).
    func scalarRange(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        let first = scalarStart(start)
        guard end - start <= 64, end <= count else { return (first, scalarEnd(end)) }
        // scalarStart(end - 1) - scalarStart(start): the bytes in (start, end - 1] that start a
        // scalar, and the scalars that vanished before them.
        let last = first + countScalarStarts(flags, from: start + 1, to: end) + vanishedScalars(after: start, through: end - 1)
        assert(last == scalarStart(end - 1))
        return (first, scalarEnd(end, last: last))
    }

    /// `scalarEnd(byteEnd)`, given `last = scalarStart(byteEnd - 1)`.
    private func scalarEnd(_ byteEnd: Int, last: Int) -> Int {
        let natural = last + 1
        let next: Int
        if byteEnd >= count {
            next = scalarCount
        } else if byteEnd & 63 == 0 {
            next = scalarStart(byteEnd)  // a checkpoint: read it
        } else {
            // scalarStart(byteEnd) from scalarStart(byteEnd - 1): the same block, one byte on.
            next = last + (flags[byteEnd] & ScalarFolding.Flags.continuation == 0 ? 1 : 0)
                + vanishedScalars(after: byteEnd - 1, through: byteEnd)
            assert(next == scalarStart(byteEnd))
        }
        if next > natural && (byteEnd == count || flags[byteEnd] & ScalarFolding.Flags.wordChar == 0) { return next }
        return natural
    }

    /// First folded byte whose scalar offset is at least `scalar` (`count` when past the end).
    func byteIndex(ofScalar scalar: Int) -> Int {
        let checkpoints = storage.checkpoints
        // Last checkpoint below `scalar`, then walk.
        var low = 0
        var high = checkpoints.count
        while low < high {
            let mid = (low + high) / 2
            if Int(checkpoints[mid]) < scalar { low = mid + 1 } else { high = mid }
        }
        var i = max(0, (low - 1) << 6)
        while i < count, scalarStart(i) < scalar { i += 1 }
        return i
    }

    private static func fold(_ input: UnsafeBufferPointer<UInt8>) -> (Storage, Int) {
        let n = input.count
        // The folded bytes and their flags in one allocation: the bytes first, the flags `capacity`
        // bytes on (the fold reaches a byte's flag at that fixed distance).
        let capacity = max(n, 1)
        let outBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 2 * capacity)
        let outFlags = UnsafeMutableBufferPointer(rebasing: outBytes[capacity...])
        var vanished: [(index: Int, scalars: Int)] = []
        // The scalar offset of every 64th output byte, noted when a step writes it: each step
        // writes at most eight bytes, so it passes at most one.
        let checkpoints = UnsafeMutablePointer<Int32>.allocate(capacity: n / 64 + 1)
        defer { checkpoints.deallocate() }
        // And the input offset of that scalar.
        let originalCheckpoints = UnsafeMutablePointer<Int32>.allocate(capacity: n / 64 + 1)
        defer { originalCheckpoints.deallocate() }
        let out = Output(bytes: outBytes.baseAddress!, flags: outFlags.baseAddress!, checkpoints: checkpoints, originalCheckpoints: originalCheckpoints)
        var written = (bytes: 0, scalars: 0, checkpoints: 0)
        ScalarFolding.table.withUnsafeBufferPointer { table in
            ScalarFolding.twoByte.withUnsafeBufferPointer { twoByte in
                ScalarFolding.asciiPairs.withUnsafeBufferPointer { asciiPairs in
                    written = foldLoop(input, out, &vanished, table, twoByte, asciiPairs)
                }
            }
        }
        let o = written.bytes
        // Keep the buffers as they are (no copy): pages past what was written are never touched,
        // so they take no memory.
        let storage = Storage(
            bytes: UnsafeMutableBufferPointer(rebasing: outBytes[0..<o]), flags: UnsafeMutableBufferPointer(rebasing: outFlags[0..<o]),
            vanished: vanished, checkpoints: Array(UnsafeBufferPointer(start: checkpoints, count: written.checkpoints)),
            originalCheckpoints: Array(UnsafeBufferPointer(start: originalCheckpoints, count: written.checkpoints)))
        return (storage, written.scalars)
    }

    /// Where the fold writes: folded bytes, their flags, and the two checkpoint lists.
    private struct Output {
        let bytes: UnsafeMutablePointer<UInt8>
        let flags: UnsafeMutablePointer<UInt8>
        let checkpoints: UnsafeMutablePointer<Int32>
        let originalCheckpoints: UnsafeMutablePointer<Int32>
    }

    /// The fold's one pass over the input: the number of bytes written, of scalars read and of
    /// checkpoints noted. All its state is in local variables (no closure captures them, so no
    /// access is checked at run time), and as few as can be, so that the loop keeps them in
    /// registers: it walks pointers (input, output) instead of indexes into several buffers.
    private static func foldLoop(
        _ input: UnsafeBufferPointer<UInt8>, _ out: Output, _ vanished: inout [(index: Int, scalars: Int)],
        _ tb: UnsafeBufferPointer<ScalarFolding.Entry>, _ twoByte: UnsafeBufferPointer<ScalarFolding.TwoByteFolding>,
        _ asciiPairs: UnsafeBufferPointer<UInt32>
    ) -> (bytes: Int, scalars: Int, checkpoints: Int) {
        guard let start = input.baseAddress, input.count > 0 else { return (0, 0, 0) }
        let end = start + input.count
        var p = start  // the next input byte
        let outStart = out.bytes
        var q = outStart  // the next output byte
        // The flag of output byte q is at q + toFlags (one distance instead of a second index).
        let toFlags = out.flags - out.bytes
        // The output byte of the next checkpoint (64 bytes apart: checkpoint k at outStart + 64·k).
        var nextCheckpoint = outStart
        var scalar = 0
        var pendingVanished = 0
        let hyphens: UInt64 = 0x2D2D_2D2D_2D2D_2D2D
        let lows: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while p < end {
            let b = p.pointee
            if b < 0x80 {
                // Runs of ASCII bytes without a hyphen, eight at a time while whole blocks are:
                // every byte before the first non-ASCII byte or hyphen folds by table alone (the
                // same values as the one-byte path below, without its tests). All eight bytes are
                // folded, two per lookup in `asciiPairs`; those past the run are written over by
                // the steps that follow (the output never passes the input, so the eight are
                // inside the buffer).
                if pendingVanished == 0, end - p >= 8 {
                    let runStart = p
                    while true {
                        let word = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
                        let x = word ^ hyphens
                        // Top bit of the first stop byte exact (later ones may be flagged wrongly).
                        let stop = (word | ((x &- lows) & ~x)) & highs
                        let run = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
                        if run == 0 { break }
                        let outBytes = UnsafeMutableRawPointer(q)
                        let outFlags = UnsafeMutableRawPointer(q + toFlags)
                        for k in 0..<4 {  // unrolled
                            let e = asciiPairs[Int(truncatingIfNeeded: (word >> UInt64(16 &* k)) & 0xFFFF)]
                            outBytes.storeBytes(of: UInt16(truncatingIfNeeded: e), toByteOffset: 2 &* k, as: UInt16.self)
                            outFlags.storeBytes(of: UInt16(truncatingIfNeeded: e >> 16), toByteOffset: 2 &* k, as: UInt16.self)
                        }
                        if q + run > nextCheckpoint {
                            let k = nextCheckpoint - q  // the run's byte there
                            noteCheckpoint(out, &nextCheckpoint, scalar &+ k, at: p - start &+ k)
                        }
                        q += run
                        p += run
                        scalar &+= run
                        if run < 8 {
                            // The run stopped at a hyphen or a non-ASCII byte. One two-byte scalar
                            // that does not vanish and an ASCII byte after it (a letter with a
                            // diacritic inside a Latin word) are folded here, and the ASCII blocks
                            // go on after it; anything else goes back to the top.
                            let lead = p.pointee
                            guard lead & 0xE0 == 0xC0, end - p >= 10, p[2] < 0x80 else { break }
                            let e = twoByte[(Int(lead & 0x1F) << 6) | Int(p[1] & 0x3F)]
                            guard e.count > 0 else { break }
                            writeTwoByte(e, &q, toFlags, out, &nextCheckpoint, scalar, at: p - start)
                            p += 2
                            scalar &+= 1
                        }
                        guard end - p >= 8 else { break }
                    }
                    if p != runStart { continue }
                }
                if b == 0x2D, end - p > 1, q > outStart, (q + toFlags - 1).pointee & ScalarFolding.Flags.letter != 0,
                    let skip = lineBreakBeforeLowercase(input, p - start + 1)
                {
                    // "-\n" inside a word: fold away; the span map still covers it.
                    pendingVanished += 1 + skip.scalars
                    scalar += 1 + skip.scalars
                    p += 1 + skip.bytes
                    continue
                }
                flushVanished(&vanished, &pendingVanished, at: q - outStart)
                let e = asciiPairs[Int(b)]  // b and a NUL: the low halves are b's
                write(&q, toFlags, UInt8(truncatingIfNeeded: e), UInt8(truncatingIfNeeded: e >> 16))
                if q > nextCheckpoint { noteCheckpoint(out, &nextCheckpoint, scalar, at: p - start) }
                p += 1
                scalar += 1
                continue
            }
            // Two-byte scalars (Cyrillic, Latin with diacritics) that do not vanish, one after
            // the other: their folded bytes and flags are precomputed (`TwoByteFolding`), and
            // both are written whatever the count (the output never passes the input, so the
            // second byte is inside the buffer and is overwritten if unused).
            if b < 0xE0, pendingVanished == 0 {
                var e = twoByte[(Int(b & 0x1F) << 6) | Int(p[1] & 0x3F)]
                if e.count > 0 {
                    repeat {
                        writeTwoByte(e, &q, toFlags, out, &nextCheckpoint, scalar, at: p - start)
                        p += 2
                        scalar &+= 1
                        // The next scalar, when it is a two-byte one (a lead byte 110xxxxx; the
                        // input is valid UTF-8, so its second byte is there).
                        guard p < end else { break }
                        var lead = p.pointee
                        if lead & 0xE0 != 0xC0 {
                            // One ASCII byte (not a hyphen) between two such scalars (the space
                            // between two Cyrillic words): folded here, by the one-byte path's table.
                            guard lead < 0x80, lead != 0x2D, end - p > 1, p[1] & 0xE0 == 0xC0 else { break }
                            let a = asciiPairs[Int(lead)]  // lead and a NUL
                            write(&q, toFlags, UInt8(truncatingIfNeeded: a), UInt8(truncatingIfNeeded: a >> 16))
                            if q > nextCheckpoint { noteCheckpoint(out, &nextCheckpoint, scalar, at: p - start) }
                            p += 1
                            scalar &+= 1
                            lead = p.pointee
                        }
                        e = twoByte[(Int(lead & 0x1F) << 6) | Int(p[1] & 0x3F)]
                    } while e.count > 0
                    continue
                }
            }
            let (v, length) = decode(input, p - start)
            // Every path below writes this scalar's bytes (if any) one by one.
            if v < UInt32(ScalarFolding.tableSize) {
                let e = tb[Int(v)]
                if e.count == ScalarFolding.passthrough {
                    flushVanished(&vanished, &pendingVanished, at: q - outStart)
                    for k in 0..<length {
                        write(&q, toFlags, p[k], k == 0 ? e.flags : e.flags & ~ScalarFolding.Flags.upper | ScalarFolding.Flags.continuation)
                    }
                } else if e.count > 0 {
                    flushVanished(&vanished, &pendingVanished, at: q - outStart)
                    write(&q, toFlags, e.b0, e.flags)
                    if e.count > 1 { write(&q, toFlags, e.b1, (e.flags & ~ScalarFolding.Flags.upper) | ScalarFolding.Flags.continuation) }
                    if e.count > 2 { write(&q, toFlags, e.b2, (e.flags & ~ScalarFolding.Flags.upper) | ScalarFolding.Flags.continuation) }
                } else {
                    pendingVanished += 1
                }
            } else if (0xFF01...0xFF5E).contains(v) {
                flushVanished(&vanished, &pendingVanished, at: q - outStart)
                let e = asciiPairs[Int(v - 0xFF01 + 0x21)]  // an ASCII byte and a NUL
                write(&q, toFlags, UInt8(truncatingIfNeeded: e), UInt8(truncatingIfNeeded: e >> 16))
            } else if v == 0x3000 || v == 0xFEFF || (0xE0000...0xE007F).contains(v) {
                if v == 0x3000 {
                    flushVanished(&vanished, &pendingVanished, at: q - outStart)
                    write(&q, toFlags, 0x20, ScalarFolding.Flags.space)
                } else {
                    pendingVanished += 1
                }
            } else {
                flushVanished(&vanished, &pendingVanished, at: q - outStart)
                let flags = ScalarFolding.flagsOutsideTable(v)
                for k in 0..<length {
                    write(&q, toFlags, p[k], k == 0 ? flags : flags | ScalarFolding.Flags.continuation)
                }
            }
            if q > nextCheckpoint { noteCheckpoint(out, &nextCheckpoint, scalar, at: p - start) }  // the bytes written are this scalar's
            p += length
            scalar += 1
        }
        flushVanished(&vanished, &pendingVanished, at: q - outStart)
        return (q - outStart, scalar, (nextCheckpoint - outStart) >> 6)
    }

    /// Notes the checkpoint of output byte `next` (64·k): the scalar offset and input offset it
    /// came from.
    @inline(__always)
    private static func noteCheckpoint(_ out: Output, _ next: inout UnsafeMutablePointer<UInt8>, _ scalar: Int, at input: Int) {
        let k = (next - out.bytes) >> 6
        out.checkpoints[k] = Int32(truncatingIfNeeded: scalar)
        out.originalCheckpoints[k] = Int32(truncatingIfNeeded: input)
        next += 64
    }

    /// Writes a folded byte and its flag at `q` (the flag at `q + toFlags`), and moves `q` on.
    @inline(__always)
    private static func write(_ q: inout UnsafeMutablePointer<UInt8>, _ toFlags: Int, _ byte: UInt8, _ flag: UInt8) {
        q.pointee = byte
        (q + toFlags).pointee = flag
        q += 1
    }

    /// Writes a two-byte scalar's folding (both bytes and flags whatever its count: the output
    /// never passes the input, so an unused second byte is overwritten later), notes a checkpoint
    /// it reaches, and moves `q` past the bytes it counts.
    @inline(__always)
    private static func writeTwoByte(
        _ e: ScalarFolding.TwoByteFolding, _ q: inout UnsafeMutablePointer<UInt8>, _ toFlags: Int, _ out: Output,
        _ nextCheckpoint: inout UnsafeMutablePointer<UInt8>, _ scalar: Int, at input: Int
    ) {
        UnsafeMutableRawPointer(q).storeBytes(of: e.bytes, as: UInt16.self)
        UnsafeMutableRawPointer(q + toFlags).storeBytes(of: e.flags, as: UInt16.self)
        let written = Int(truncatingIfNeeded: e.count)
        if q + written > nextCheckpoint { noteCheckpoint(out, &nextCheckpoint, scalar, at: input) }
        q += written
    }

    /// Lists the scalars that vanished before output byte `o`, if any.
    @inline(__always)
    private static func flushVanished(_ vanished: inout [(index: Int, scalars: Int)], _ pending: inout Int, at o: Int) {
        if pending > 0 {
            vanished.append((o, pending))
            pending = 0
        }
    }

    /// If `input[i...]` is a line break followed by a lower-case letter, its length in bytes and scalars.
    private static func lineBreakBeforeLowercase(_ input: UnsafeBufferPointer<UInt8>, _ i: Int) -> (bytes: Int, scalars: Int)? {
        var j = i
        if j < input.count, input[j] == 0x0D { j += 1 }
        guard j < input.count, input[j] == 0x0A else { return nil }
        j += 1
        guard j < input.count else { return nil }
        let b = input[j]
        if b < 0x80 {
            guard (0x61...0x7A).contains(b) else { return nil }
        } else {
            let (v, _) = decode(input, j)
            guard v < UInt32(ScalarFolding.tableSize) else { return nil }
            let flags = ScalarFolding.table[Int(v)].flags
            guard flags & ScalarFolding.Flags.letter != 0, flags & ScalarFolding.Flags.upper == 0 else { return nil }
        }
        return (j - i, j - i)
    }

    /// Decodes the (valid) UTF-8 sequence at `i`: the scalar value and its length in bytes.
    @inline(__always)
    private static func decode(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(s[i])
        if b0 < 0xE0 {
            return (((b0 & 0x1F) << 6) | (UInt32(s[i + 1]) & 0x3F), 2)
        } else if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(s[i + 1]) & 0x3F) << 6) | (UInt32(s[i + 2]) & 0x3F), 3)
        }
        return (
            ((b0 & 0x07) << 18) | ((UInt32(s[i + 1]) & 0x3F) << 12) | ((UInt32(s[i + 2]) & 0x3F) << 6)
                | (UInt32(s[i + 3]) & 0x3F), 4
        )
    }
}

/// The number of bytes of `x` whose top bit is set, when no other bits are (a sum of the bytes'
/// top bits by one multiplication; `nonzeroBitCount` is a library call on baseline x86-64).
@inline(__always)
func countFlaggedBytes(_ x: UInt64) -> Int {
    Int(truncatingIfNeeded: ((x >> 7) &* 0x0101_0101_0101_0101) >> 56)
}

/// The bytes of `flags[from ..< to]` that start a scalar (no `ScalarFolding.Flags.continuation`),
/// for at most 248 bytes (callers count within 64): eight at a time, the last few from the eight
/// bytes that end at `to`, those already counted masked off (byte by byte only in a text shorter
/// than eight bytes). The continuation flags are summed per byte lane and the lanes added up once,
/// by one multiplication (no lane or total passes 255).
@inline(__always)
func countScalarStarts(_ flags: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    guard to > from else { return 0 }
    assert(to - from <= 248, "countScalarStarts counts at most 248 bytes")
    let base = UnsafeRawPointer(flags.baseAddress!)
    let continuationBits: UInt64 = 0x4040_4040_4040_4040  // Flags.continuation in each byte
    var lanes: UInt64 = 0  // continuation bytes per byte lane
    var j = from
    while j + 8 <= to {
        lanes &+= (base.loadUnaligned(fromByteOffset: j, as: UInt64.self) & continuationBits) >> 6
        j += 8
    }
    var continuations = 0
    let rest = to - j  // 0 ... 7 bytes left
    if rest > 0 && to >= 8 {
        let word = base.loadUnaligned(fromByteOffset: to - 8, as: UInt64.self)
        lanes &+= ((word & continuationBits) >> 6) & (~0 << UInt64(8 * (8 - rest)))
    } else {
        while j < to {
            if flags[j] & ScalarFolding.Flags.continuation != 0 { continuations += 1 }
            j += 1
        }
    }
    continuations += Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
    return (to - from) - continuations
}

/// The top bits of the eight bytes of `x` gathered into one byte (bit k from byte k), when no
/// other bits are set: one multiplication.
@inline(__always)
func gatherTopBits(_ x: UInt64) -> UInt64 {
    ((x >> 7) &* 0x0102_0408_1020_4080) >> 56
}
