/// A document's text folded for matching (see `ScalarFolding`), with a map from every folded
/// byte back to the Unicode scalar offset it came from.
///
/// Built in one pass over the UTF-8 bytes. A hyphen that breaks a word at a line end
/// ("Đor-\nđević") is folded away, so the word matches whole while its span still covers the
/// hyphen and the line break.
struct FoldedText: Sendable {
    /// Folded bytes: ASCII for Latin and Cyrillic letters, UTF-8 for other scripts.
    let bytes: [UInt8]
    /// `ScalarFolding.Flags` of each folded byte.
    let flags: [UInt8]
    /// Scalar offset (in the original text) of the scalar each folded byte came from.
    let scalarOffsets: [Int32]
    /// Number of Unicode scalars in the original text.
    let scalarCount: Int

    var count: Int { bytes.count }

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        var result: (bytes: [UInt8], flags: [UInt8], offsets: [Int32], scalars: Int)!
        text.utf8.withContiguousStorageIfAvailable { utf8 in
            result = FoldedText.fold(utf8)
        }
        bytes = result.bytes
        flags = result.flags
        scalarOffsets = result.offsets
        scalarCount = result.scalars
    }

    /// Scalar offset where a folded range starts.
    func scalarStart(_ byteIndex: Int) -> Int {
        byteIndex < count ? Int(scalarOffsets[byteIndex]) : scalarCount
    }

    /// Scalar offset one past a folded range that ends (exclusive) at `byteEnd`. Scalars that
    /// folded to nothing right after the range (combining marks) are included.
    func scalarEnd(_ byteEnd: Int) -> Int {
        guard byteEnd > 0 else { return 0 }
        let natural = Int(scalarOffsets[byteEnd - 1]) + 1
        let next = byteEnd < count ? Int(scalarOffsets[byteEnd]) : scalarCount
        if next > natural && (byteEnd == count || flags[byteEnd] & ScalarFolding.Flags.wordChar == 0) { return next }
        return natural
    }

    private static func fold(_ input: UnsafeBufferPointer<UInt8>) -> ([UInt8], [UInt8], [Int32], Int) {
        let n = input.count
        var outBytes = [UInt8](repeating: 0, count: n)
        var outFlags = [UInt8](repeating: 0, count: n)
        var outOffsets = [Int32](repeating: 0, count: n)
        var o = 0
        var scalar: Int32 = 0
        let table = ScalarFolding.table
        let asciiFold = ScalarFolding.ascii
        let asciiFlags = ScalarFolding.asciiFlags
        outBytes.withUnsafeMutableBufferPointer { ob in
            outFlags.withUnsafeMutableBufferPointer { of in
                outOffsets.withUnsafeMutableBufferPointer { oo in
                    table.withUnsafeBufferPointer { tb in
                        var i = 0
                        while i < n {
                            let b = input[i]
                            if b < 0x80 {
                                if b == 0x2D, i + 1 < n, o > 0, of[o - 1] & ScalarFolding.Flags.letter != 0,
                                    let skip = lineBreakBeforeLowercase(input, i + 1)
                                {
                                    // "-\n" inside a word: fold away; the span map still covers it.
                                    scalar += Int32(1 + skip.scalars)
                                    i += 1 + skip.bytes
                                    continue
                                }
                                ob[o] = asciiFold[Int(b)]
                                of[o] = asciiFlags[Int(b)]
                                oo[o] = scalar
                                o += 1
                                i += 1
                                scalar += 1
                                continue
                            }
                            let (v, length) = decode(input, i)
                            if v < UInt32(ScalarFolding.tableSize) {
                                let e = tb[Int(v)]
                                if e.count == ScalarFolding.passthrough {
                                    for k in 0..<length {
                                        ob[o] = input[i + k]
                                        of[o] = k == 0 ? e.flags : e.flags & ~ScalarFolding.Flags.upper | ScalarFolding.Flags.continuation
                                        oo[o] = scalar
                                        o += 1
                                    }
                                } else if e.count > 0 {
                                    ob[o] = e.b0; of[o] = e.flags; oo[o] = scalar; o += 1
                                    if e.count > 1 {
                                        ob[o] = e.b1; of[o] = (e.flags & ~ScalarFolding.Flags.upper) | ScalarFolding.Flags.continuation
                                        oo[o] = scalar; o += 1
                                    }
                                    if e.count > 2 {
                                        ob[o] = e.b2; of[o] = (e.flags & ~ScalarFolding.Flags.upper) | ScalarFolding.Flags.continuation
                                        oo[o] = scalar; o += 1
                                    }
                                }
                            } else if (0xFF01...0xFF5E).contains(v) {
                                let a = Int(v - 0xFF01 + 0x21)
                                ob[o] = asciiFold[a]; of[o] = asciiFlags[a]; oo[o] = scalar; o += 1
                            } else if v == 0x3000 || v == 0xFEFF || (0xE0000...0xE007F).contains(v) {
                                if v == 0x3000 { ob[o] = 0x20; of[o] = ScalarFolding.Flags.space; oo[o] = scalar; o += 1 }
                            } else {
                                let flags = ScalarFolding.flagsOutsideTable(v)
                                for k in 0..<length {
                                    ob[o] = input[i + k]
                                    of[o] = k == 0 ? flags : flags | ScalarFolding.Flags.continuation
                                    oo[o] = scalar
                                    o += 1
                                }
                            }
                            i += length
                            scalar += 1
                        }
                    }
                }
            }
        }
        outBytes.removeLast(n - o)
        outFlags.removeLast(n - o)
        outOffsets.removeLast(n - o)
        return (outBytes, outFlags, outOffsets, Int(scalar))
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
