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

    init(_ text: FoldedText) {
        let n = text.count
        count = n
        var lastOfPair = [Int32](repeating: -1, count: 1 << 16)
        var starts = WordStarts(text)
        var block = 0
        var atLastByte: Int?
        var links: [(position: Int32, previous: Int32)] = []
        // Room for a start every fourth byte (words are longer); when a text has more, the links
        // so far move to an array twice as large and the pass goes on from the next block.
        var capacity = max(n >> 2, 64)
        while true {
            let old = links
            links = .init(unsafeUninitializedCapacity: capacity) { buffer, initialized in
                let k = old.count
                old.withUnsafeBufferPointer { old in
                    if k > 0 { buffer.baseAddress!.initialize(from: old.baseAddress!, count: k) }
                }
                // (Local copies: no access checks on the captured variables inside the loop.)
                var s = starts, b = block, last = atLastByte
                initialized = lastOfPair.withUnsafeMutableBufferPointer { lastOfPair in
                    Self.fill(buffer, from: k, starts: &s, block: &b, lastOfPair: lastOfPair.baseAddress!, atLastByte: &last)
                }
                starts = s
                block = b
                atLastByte = last
            }
            if block == starts.blockCount { break }
            capacity &*= 2
        }
        self.links = links
        self.lastOfPair = lastOfPair
        self.startAtLastByte = atLastByte
    }

    /// The two bytes at `p` as one number, `b0 | b1 << 8` (one little-endian load): the key of
    /// `lastOfPair`, and of `AhoCorasick`'s first pairs.
    @inline(__always)
    static func pair(at p: UnsafePointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: UInt16(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt16.self)))
    }

    /// Links the starts of the blocks from `block` on into `links` from index `k`, while a whole
    /// block (64 starts at most) fits; returns the new count. A start at the text's last byte
    /// goes to `atLastByte` instead.
    @inline(__always)
    private static func fill(
        _ links: UnsafeMutableBufferPointer<(position: Int32, previous: Int32)>, from k: Int, starts: inout WordStarts,
        block: inout Int, lastOfPair: UnsafeMutablePointer<Int32>, atLastByte: inout Int?
    ) -> Int {
        let n = starts.count
        guard n > 0 else { return k }
        let lastBlock = (n &- 1) >> 6
        var k = k, b = block
        let bytes = starts.bytes
        while b <= lastBlock && k &+ 64 <= links.count {
            var m = starts.mask(ofBlock: b)
            if b == lastBlock {
                // The last byte has no pair: kept apart (and no load past the text's end).
                let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: (n &- 1) & 63)
                if m & bit != 0 { atLastByte = n &- 1 }
                m &= ~bit
            }
            let first = b &<< 6
            while m != 0 {
                let start = first | m.trailingZeroBitCount
                m &= m &- 1
                let p = Self.pair(at: bytes + start)
                (links.baseAddress! + k).initialize(to: (Int32(truncatingIfNeeded: start), lastOfPair[p]))
                lastOfPair[p] = Int32(truncatingIfNeeded: k)
                k &+= 1
            }
            b &+= 1
        }
        block = b
        return k
    }

    /// Like `mark(pair:in:)`, for only the starts `s` whose third byte, `bytes[s + 2]`, is in the
    /// text and `accepted`.
    @inline(__always)
    func mark(pair: Int, in marks: UnsafeMutableBufferPointer<UInt64>, bytes: UnsafePointer<UInt8>, thirdByte accepted: (UInt8) -> Bool) {
        links.withUnsafeBufferPointer { links in
            var k = Int(lastOfPair[pair])
            while k >= 0 {
                let link = links[k]
                let s = Int(truncatingIfNeeded: link.position)
                if s &+ 2 < count && accepted(bytes[s &+ 2]) {
                    marks[s >> 6] |= 1 &<< UInt64(truncatingIfNeeded: s & 63)
                }
                k = Int(truncatingIfNeeded: link.previous)
            }
        }
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
