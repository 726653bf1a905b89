/// An open-addressing hash table of entry numbers (0, 1, 2 …) into a list the caller keeps, for
/// finding an entry again by its key without hashing the key with SipHash or storing it twice.
///
/// The caller hashes a key and says whether an entry has that key; the table only stores the
/// numbers. It grows when half full, re-placing each entry by `hash(entry)`.
struct InternTable {
    /// Entry number + 1 per slot (0: empty); a power of two long.
    private var slots: [Int32]
    private var count = 0

    /// A table with room for `capacity` entries before it grows (rounded up to a power of two).
    init(capacity: Int = 32) {
        var size = 2
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// The entry whose key `isKey` accepts, searched from `hash`; else nil and the empty slot
    /// where `insert` puts such an entry.
    @inline(__always)
    func find(hash: Int, where isKey: (Int) -> Bool) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let n = Int(slots[slot])
            if n == 0 { return (slot, nil) }
            if isKey(n - 1) { return (slot, n - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Puts `entry` in the empty `slot` that `find` returned; `hash` gives any entry's hash
    /// (the table re-places its entries with it when it grows).
    mutating func insert(_ entry: Int, at slot: Int, hash: (Int) -> Int) {
        slots[slot] = Int32(entry + 1)
        count += 1
        guard count * 2 > slots.count else { return }
        let old = slots
        slots = [Int32](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for n in old where n != 0 {
            var s = hash(Int(n) - 1) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = n
        }
    }
}
