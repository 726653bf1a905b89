/// The hits of a scan as they are found: a buffer grown by doubling, written without the
/// uniqueness and bounds checks of an array's appends and stores (a few hundred thousand of
/// them in a large text). Its owner frees it (`deallocate()`) once the hits are taken (`array`).
struct HitList {
    private(set) var base: UnsafeMutablePointer<PatternHit>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// Makes room for one more hit.
    @inline(__always)
    mutating func reserveOneMore() {
        guard count == capacity else { return }
        let grown = UnsafeMutablePointer<PatternHit>.allocate(capacity: capacity &* 2)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity &*= 2
    }

    /// The hits, as an array.
    var array: [PatternHit] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func deallocate() { base.deallocate() }
}
