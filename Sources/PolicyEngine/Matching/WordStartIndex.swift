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

    init(_ starts: WordStarts, in text: FoldedText) {
        let n = text.count
        count = n
        // The last byte can only hold a start of a one-byte word; it has no pair.
        let last = n &- 1
        startAtLastByte = n > 0 && starts.bits.isEmpty == false && starts.bits[last >> 6] & (1 &<< UInt64(last & 63)) != 0 ? last : nil
        let placed = starts.bits.reduce(0) { $0 &+ $1.nonzeroBitCount } - (startAtLastByte == nil ? 0 : 1)
        // A counting sort by pair: count each pair's starts, turn the counts into group starts,
        // then place each start at its group's cursor (in text order, so groups stay sorted).
        // Plain loops over local pointers (no closure writes a captured variable).
        var groupStart = [Int32](repeating: 0, count: (1 << 16) + 1)
        var cursor = [Int32](repeating: 0, count: 1 << 16)
        positions = [Int32](unsafeUninitializedCapacity: placed) { positions, initialized in
            guard let bytes = text.bytes.baseAddress, placed > 0 else { return }
            starts.bits.withUnsafeBufferPointer { bits in
                groupStart.withUnsafeMutableBufferPointer { groupStart in
                    for w in 0..<bits.count {
                        var m = bits[w]
                        while m != 0 {
                            let start = w &<< 6 | m.trailingZeroBitCount
                            m &= m &- 1
                            if start < last { groupStart[Self.pair(at: start, in: bytes) &+ 1] &+= 1 }
                        }
                    }
                    for p in 1..<groupStart.count { groupStart[p] &+= groupStart[p &- 1] }
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        _ = cursor.initialize(from: groupStart[0..<(1 << 16)])
                        let out = positions.baseAddress!
                        for w in 0..<bits.count {
                            var m = bits[w]
                            while m != 0 {
                                let start = w &<< 6 | m.trailingZeroBitCount
                                m &= m &- 1
                                guard start < last else { continue }
                                let pair = Self.pair(at: start, in: bytes)
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

    /// The two bytes at `position` in one load, as `b0 | b1 << 8` (the key `Walker.mayStart`
    /// reads).
    @inline(__always)
    static func pair(at position: Int, in bytes: UnsafePointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: UInt16(littleEndian: UnsafeRawPointer(bytes + position).loadUnaligned(as: UInt16.self)))
    }

    /// Sets bit `s & 63` of `marks[s >> 6]` for every start `s` (not at the last byte) whose two
    /// bytes are `pair` (`b0 | b1 << 8`).
    @inline(__always)
    func mark(pair: Int, in marks: UnsafeMutableBufferPointer<UInt64>) {
        positions.withUnsafeBufferPointer { positions in
            groupStart.withUnsafeBufferPointer { groupStart in
                for k in Int(groupStart[pair])..<Int(groupStart[pair &+ 1]) {
                    let s = Int(truncatingIfNeeded: positions[k])
                    marks[s >> 6] |= 1 &<< UInt64(truncatingIfNeeded: s & 63)
                }
            }
        }
    }
}
