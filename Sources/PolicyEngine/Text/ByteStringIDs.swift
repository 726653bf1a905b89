/// Byte strings numbered in the order they are first seen, compared byte for byte. Keys live in
/// one buffer: looking one up or adding it allocates nothing per key.
struct ByteStringIDs {
    /// Open-addressing table of ids + 1 (0 is an empty slot).
    private var slots = [Int32](repeating: 0, count: 64)
    private var bytes: [UInt8] = []
    /// Key n is `bytes[bounds[n] ..< bounds[n + 1]]`.
    private var bounds: [Int32] = [0]

    init() {}

    /// Number of different keys seen.
    var count: Int { bounds.count - 1 }

    /// The id of a key (0, 1, 2… in order of first appearance), adding it when new.
    mutating func id(of key: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = FoldedKeyMap<Int>.hash(key) & mask
        while true {
            let n = Int(slots[slot])
            if n == 0 { break }
            if isKey(n - 1, key) { return n - 1 }
            slot = (slot + 1) & mask
        }
        let id = count
        bytes.append(contentsOf: key)
        bounds.append(Int32(bytes.count))
        slots[slot] = Int32(id + 1)
        if count * 2 > slots.count { grow() }
        return id
    }

    private func isKey(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(bounds[id]), end = Int(bounds[id + 1])
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { memoryEqual(UnsafeBufferPointer(rebasing: $0[start..<end]), key) }
    }

    private mutating func grow() {
        var slots = [Int32](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { all in
            for id in 0..<count {
                var slot = FoldedKeyMap<Int>.hash(UnsafeBufferPointer(rebasing: all[Int(bounds[id])..<Int(bounds[id + 1])])) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id + 1)
            }
        }
        self.slots = slots
    }
}
