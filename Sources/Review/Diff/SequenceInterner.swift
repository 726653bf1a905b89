/// Gives equal stretches of a buffer the same small integer id, so that diffs compare integers.
///
/// An open-addressing hash table over (start, length) pairs of one shared buffer: no copies of
/// the stretches are made, which keeps tokenising a megabyte of text to a few milliseconds.
struct SequenceInterner {
    private let buffer: [UInt32]
    /// Per slot: id + 1, or 0 when empty.
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    /// Per id: where its first occurrence is.
    private var starts: [Int] = []
    private var lengths: [Int] = []

    init(buffer: [UInt32], expectedCount: Int) {
        self.buffer = buffer
        var capacity = 64
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        slotHashes = [UInt64](repeating: 0, count: capacity)
    }

    /// Number of distinct stretches seen.
    var count: Int { starts.count }

    /// The id of `buffer[range]`.
    mutating func id(of range: Range<Int>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the 32-bit units
        for index in range {
            hash ^= UInt64(buffer[index])
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash ^= UInt64(range.count)
        if starts.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 {
                let id = starts.count
                slots[slot] = Int32(id + 1)
                slotHashes[slot] = hash
                starts.append(range.lowerBound)
                lengths.append(range.count)
                return id
            }
            let id = Int(stored) - 1
            if slotHashes[slot] == hash, lengths[id] == range.count, equal(starts[id], range) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func equal(_ start: Int, _ range: Range<Int>) -> Bool {
        var offset = 0
        for index in range {
            if buffer[start + offset] != buffer[index] { return false }
            offset += 1
        }
        return true
    }

    private mutating func grow() {
        let oldSlots = slots
        let oldHashes = slotHashes
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        slotHashes = [UInt64](repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for (index, stored) in oldSlots.enumerated() where stored != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[index] >> 7) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
            slotHashes[slot] = oldHashes[index]
        }
    }
}
