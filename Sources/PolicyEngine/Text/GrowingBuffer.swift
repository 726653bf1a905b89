/// A growing list for a hot loop that appends hundreds of thousands of values (positions in
/// `ScanContext.specialBytes`, pattern hits in `PatternSet.scan`): an append is a capacity test
/// and a store, without `Array`'s uniqueness and bounds checks per call. `take()` hands the
/// values over as an array and frees the buffer. For trivial types (plain numbers and structs of
/// them), which the slots `growByOne()` opens are written as.
struct GrowingBuffer<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        growByOne()[count &- 1] = element
    }

    /// Counts one more element and returns the storage; the caller writes `count` - 1, or
    /// shifts elements up to write an earlier slot (an insertion into a sorted list).
    @inline(__always)
    mutating func growByOne() -> UnsafeMutablePointer<Element> {
        if count == capacity { grow() }
        count &+= 1
        return base
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// The values appended, in order; the buffer must not be used afterwards.
    mutating func take() -> [Element] {
        let array = Array(UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        count = 0
        capacity = 0
        return array
    }
}

/// 32-bit positions in a text (`ScanContext.specialBytes`).
typealias PositionBuffer = GrowingBuffer<Int32>

extension GrowingBuffer<Int32> {
    @inline(__always)
    mutating func append(_ position: Int) {
        append(Int32(truncatingIfNeeded: position))
    }
}
