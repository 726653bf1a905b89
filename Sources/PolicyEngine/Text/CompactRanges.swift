/// Ranges of a folded text (digit runs…) stored as pairs of 32-bit bounds: a quarter of the
/// memory of `[Range<Int>]`, read as `Range<Int>`.
struct CompactRanges: RandomAccessCollection, Sendable {
    /// Lower and upper bound of range k at 2k and 2k + 1.
    private var bounds: [Int32] = []

    init() {}

    /// Ranges from their bounds: lower and upper bound of range k at 2k and 2k + 1.
    init(bounds: [Int32]) {
        self.bounds = bounds
    }

    var startIndex: Int { 0 }
    var endIndex: Int { bounds.count >> 1 }

    subscript(k: Int) -> Range<Int> {
        // (Every stored pair is a valid range: its bounds are not compared again.)
        // (One check of the index for both bounds, instead of the array's check of each.)
        @inline(__always) get {
            precondition(UInt(bitPattern: 2 &* k &+ 1) < UInt(bitPattern: bounds.count), "CompactRanges index out of range")
            return bounds.withUnsafeBufferPointer { b in Range(uncheckedBounds: (Int(b[2 &* k]), Int(b[2 &* k &+ 1]))) }
        }
    }

    /// Walks the bounds directly (the detectors walk the digit runs many times over).
    struct Iterator: IteratorProtocol {
        fileprivate let bounds: [Int32]
        fileprivate var k = 0

        @inline(__always)
        mutating func next() -> Range<Int>? {
            guard k &+ 1 < bounds.count else { return nil }
            defer { k &+= 2 }
            // (Read through the buffer: the guard above checked both bounds' index.)
            return bounds.withUnsafeBufferPointer { b in Range(uncheckedBounds: (Int(b[k]), Int(b[k &+ 1]))) }
        }
    }

    func makeIterator() -> Iterator { Iterator(bounds: bounds) }

    /// Index of the first range whose lower bound is at least `position` (`count` when none); the
    /// ranges must be sorted, as digit runs are. A binary search on the bounds themselves.
    func firstIndex(lowerBoundAtLeast position: Int) -> Int {
        var low = 0, high = bounds.count >> 1
        while low < high {
            let mid = (low &+ high) >> 1
            if Int(bounds[2 &* mid]) < position { low = mid &+ 1 } else { high = mid }
        }
        return low
    }

    mutating func append(_ range: Range<Int>) {
        bounds.append(Int32(truncatingIfNeeded: range.lowerBound))
        bounds.append(Int32(truncatingIfNeeded: range.upperBound))
    }
}
