/// An `Int` stored in 32 bits: offsets and indices of the values a scan holds by the million
/// (candidates, hits, mentions), half the memory of `Int`, read and written as `Int`.
/// Folded texts are far below 2 GB, so nothing is lost.
@propertyWrapper
struct Compact32: Sendable {
    private var stored: Int32

    init(wrappedValue: Int) {
        stored = Int32(truncatingIfNeeded: wrappedValue)
    }

    var wrappedValue: Int {
        @inline(__always) get { Int(stored) }
        @inline(__always) set { stored = Int32(truncatingIfNeeded: newValue) }
    }
}

/// An `Int?` stored in 32 bits (nil as -1; the values are non-negative indices).
@propertyWrapper
struct CompactOptional32: Sendable {
    private var stored: Int32

    init(wrappedValue: Int?) {
        stored = wrappedValue.map { Int32(truncatingIfNeeded: $0) } ?? -1
    }

    var wrappedValue: Int? {
        @inline(__always) get { stored < 0 ? nil : Int(stored) }
        @inline(__always) set { stored = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
}
