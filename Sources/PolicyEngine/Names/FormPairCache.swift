/// The merged form lists of tokens found twice on one span (`ScanContext.mergeForms`), by the
/// pair of their form starts packed in a non-negative `Int64`. Every assembly asks again for
/// every doubled token: an open-addressing table with a multiplicative hash answers that without
/// the SipHash a `Dictionary` computes per lookup.
struct FormPairCache: Sendable {
    /// Keys (-1: empty slot), a power-of-two count of them, at most half full.
    private var keys = [Int64](repeating: -1, count: 64)
    private var values = [Range<Int32>](repeating: 0..<0, count: 64)
    private var count = 0

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: Int64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while keys[slot] != -1 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The merged range stored for `key` (≥ 0), if any.
    subscript(_ key: Int64) -> Range<Int32>? {
        let s = slot(of: key)
        return keys[s] == key ? values[s] : nil
    }

    /// Stores (or replaces) the merged range of `key` (≥ 0).
    mutating func set(_ key: Int64, _ value: Range<Int32>) {
        let s = slot(of: key)
        if keys[s] != key {
            keys[s] = key
            count += 1
        }
        values[s] = value
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [Int64](repeating: -1, count: oldKeys.count * 2)
        values = [Range<Int32>](repeating: 0..<0, count: oldKeys.count * 2)
        for (k, key) in oldKeys.enumerated() where key != -1 {
            let s = slot(of: key)
            keys[s] = key
            values[s] = oldValues[k]
        }
    }
}
