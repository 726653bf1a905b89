/// A growing list of 32-bit positions for a hot loop that appends hundreds of thousands of them
/// (`ScanContext.specialBytes`): an append is a capacity test and a store, without `Array`'s
/// uniqueness check per call. `take()` hands the positions over as an array and frees the buffer.
struct PositionBuffer {
    private var base: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ position: Int) {
        if count == capacity { grow() }
        base[count] = Int32(truncatingIfNeeded: position)
        count &+= 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// The positions appended, in order; the buffer must not be used afterwards.
    mutating func take() -> [Int32] {
        let array = Array(UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        count = 0
        capacity = 0
        return array
    }
}
