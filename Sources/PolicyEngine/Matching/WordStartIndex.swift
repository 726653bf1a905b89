/// The word starts of a folded text (`WordStarts`) grouped by their first two bytes, built once
/// per text and shared by every discovery round's scan.
///
/// A pattern set scanned from word starts only needs the starts whose two bytes begin one of its
/// patterns (`AhoCorasick.Walker.mayStart`); a round adds a few names, whose first byte pairs are
/// rare among the text's words. With the starts grouped by pair, a scan visits just the starts
/// of its pairs instead of testing every word start of the text (`PatternSet.scan(_:from:)`).
struct WordStartIndex: Sendable {
    /// Every start (not at the last byte), grouped by its two bytes and in text order within a
    /// group: the starts with pair `p` are `positions[groupStart[p]..<groupStart[p + 1]]`.
    /// A group is read front to back, so marking its starts streams through memory instead of
    /// chasing links across the whole list (each a likely cache miss on a large text).
    private let positions: [Int32]
    /// Where each pair's group begins in `positions` (`1 << 16` pairs, plus the end).
    private let groupStart: [Int32]
    /// A start at the text's last byte (it has no pair), if any.
    let startAtLastByte: Int?
    /// The text's byte count.
    let count: Int

    init(_ text: FoldedText) {
        let n = text.count
        count = n
        // The start masks of the blocks; the last byte's start, which has no pair, is kept apart.
        let masks = WordStarts.masks(of: text)
        var atLastByte: Int?
        var placed = 0
        for (b, m) in masks.enumerated() {
            var m = m
            if b == masks.count - 1 {
                let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: (n &- 1) & 63)
                if m & bit != 0 { atLastByte = n &- 1 }
                m &= ~bit
            }
            placed &+= m.nonzeroBitCount
        }
        startAtLastByte = atLastByte
        // A counting sort by pair: count each pair's starts, turn the counts into group starts,
        // then place each start at its group's cursor (in text order, so groups stay sorted).
        var groupStart = [Int32](repeating: 0, count: (1 << 16) + 1)
        var cursor = [Int32](repeating: 0, count: 1 << 16)
        let last = n &- 1
        positions = [Int32](unsafeUninitializedCapacity: placed) { positions, initialized in
            guard let bytes = text.bytes.baseAddress, placed > 0 else { return }
            masks.withUnsafeBufferPointer { masks in
                groupStart.withUnsafeMutableBufferPointer { groupStart in
                    for w in 0..<masks.count {
                        var m = masks[w]
                        while m != 0 {
                            let start = w &<< 6 | m.trailingZeroBitCount
                            m &= m &- 1
                            if start < last { groupStart[Self.pair(at: bytes + start) &+ 1] &+= 1 }
                        }
                    }
                    for p in 1..<groupStart.count { groupStart[p] &+= groupStart[p &- 1] }
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        _ = cursor.initialize(from: groupStart[0..<(1 << 16)])
                        let out = positions.baseAddress!
                        for w in 0..<masks.count {
                            var m = masks[w]
                            while m != 0 {
                                let start = w &<< 6 | m.trailingZeroBitCount
                                m &= m &- 1
                                guard start < last else { continue }
                                let pair = Self.pair(at: bytes + start)
                                let k = Int(truncatingIfNeeded: cursor[pair])
                                (out + k).initialize(to: Int32(truncatingIfNeeded: start))
                                cursor[pair] = Int32(truncatingIfNeeded: k &+ 1)
                            }
                        }
                    }
                }
            }
            initialized = placed
        }
        self.groupStart = groupStart
    }

    /// The two bytes at `p` as one number, `b0 | b1 << 8` (one little-endian load): the key of
    /// the groups, and of `AhoCorasick`'s first pairs.
    @inline(__always)
    static func pair(at p: UnsafePointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: UInt16(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt16.self)))
    }

    /// Like `mark(pair:in:)`, for only the starts `s` whose third byte, `bytes[s + 2]`, is in the
    /// text and `accepted`.
    @inline(__always)
    func mark(pair: Int, in marks: UnsafeMutableBufferPointer<UInt64>, bytes: UnsafePointer<UInt8>, thirdByte accepted: (UInt8) -> Bool) {
        positions.withUnsafeBufferPointer { positions in
            for k in Int(groupStart[pair])..<Int(groupStart[pair &+ 1]) {
                let s = Int(truncatingIfNeeded: positions[k])
                if s &+ 2 < count && accepted(bytes[s &+ 2]) {
                    marks[s >> 6] |= 1 &<< UInt64(truncatingIfNeeded: s & 63)
                }
            }
        }
    }

    /// Sets bit `s & 63` of `marks[s >> 6]` for every start `s` (not at the last byte) whose two
    /// bytes are `pair` (`b0 | b1 << 8`).
    @inline(__always)
    func mark(pair: Int, in marks: UnsafeMutableBufferPointer<UInt64>) {
        positions.withUnsafeBufferPointer { positions in
            for k in Int(groupStart[pair])..<Int(groupStart[pair &+ 1]) {
                let s = Int(truncatingIfNeeded: positions[k])
                marks[s >> 6] |= 1 &<< UInt64(truncatingIfNeeded: s & 63)
            }
        }
    }
}
