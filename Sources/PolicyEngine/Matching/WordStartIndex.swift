/// The word starts of a folded text (`WordStarts`) grouped by their first two bytes, built once
/// per text and shared by every discovery round's scan.
///
/// A pattern set scanned from word starts only needs the starts whose two bytes begin one of its
/// patterns (`AhoCorasick.Walker.mayStart`); a round adds a few names, whose first byte pairs are
/// rare among the text's words. With the starts grouped by pair, a scan visits just the starts
/// of its pairs instead of testing every word start of the text (`PatternSet.scan(_:from:)`).
struct WordStartIndex: Sendable {
    /// Each start (`position`) and the index of the previous start with the same two bytes
    /// (`previous`, -1 for the first), in text order.
    private let links: [(position: Int32, previous: Int32)]
    /// The index in `links` of the last start with the two bytes `b0 | b1 << 8`, or -1.
    private let lastOfPair: [Int32]
    /// A start at the text's last byte (it has no pair), if any.
    let startAtLastByte: Int?
    /// The text's byte count.
    let count: Int

    init(_ starts: WordStarts, in text: FoldedText) {
        let n = text.count
        count = n
        var total = 0
        for word in starts.bits { total &+= word.nonzeroBitCount }
        var lastOfPair = [Int32](repeating: -1, count: 1 << 16)
        var atLastByte: Int?
        // One pass over the start bits, filling the links uninitialised (no clearing pass first).
        links = [(position: Int32, previous: Int32)](unsafeUninitializedCapacity: total) { links, initialized in
            guard let bytes = text.bytes.baseAddress else { return }
            var k = 0
            lastOfPair.withUnsafeMutableBufferPointer { lastOfPair in
                starts.bits.withUnsafeBufferPointer { bits in
                    for w in 0..<bits.count {
                        var m = bits[w]
                        while m != 0 {
                            let start = w &<< 6 | m.trailingZeroBitCount
                            m &= m &- 1
                            guard start &+ 1 < n else {
                                atLastByte = start
                                break
                            }
                            // The two bytes in one load (b0 | b1 << 8), as `Walker.mayStart` reads them.
                            let pair = Int(truncatingIfNeeded: UInt16(littleEndian: UnsafeRawPointer(bytes + start).loadUnaligned(as: UInt16.self)))
                            (links.baseAddress! + k).initialize(to: (Int32(truncatingIfNeeded: start), lastOfPair[pair]))
                            lastOfPair[pair] = Int32(truncatingIfNeeded: k)
                            k &+= 1
                        }
                    }
                }
            }
            initialized = k
        }
        self.lastOfPair = lastOfPair
        self.startAtLastByte = atLastByte
    }

    /// Sets bit `s & 63` of `marks[s >> 6]` for every start `s` (not at the last byte) whose two
    /// bytes are `pair` (`b0 | b1 << 8`).
    @inline(__always)
    func mark(pair: Int, in marks: UnsafeMutableBufferPointer<UInt64>) {
        links.withUnsafeBufferPointer { links in
            var k = Int(lastOfPair[pair])
            while k >= 0 {
                let link = links[k]
                let s = Int(truncatingIfNeeded: link.position)
                marks[s >> 6] |= 1 &<< UInt64(truncatingIfNeeded: s & 63)
                k = Int(truncatingIfNeeded: link.previous)
            }
        }
    }
}
