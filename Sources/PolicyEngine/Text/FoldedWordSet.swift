/// Folded keys (words, or words joined by ASCII separators) mapped to values, looked up straight
/// from bytes without building a String per lookup.
///
/// Gives exactly the answers of a `[String: Value]` keyed by the same text: ASCII keys compare by
/// bytes (two ASCII strings are equal exactly when their bytes are), and a key with other bytes
/// takes the String path, where Swift's canonical equivalence applies as before.
struct FoldedKeyMap<Value>: @unchecked Sendable {
    /// Open-addressing table of entry numbers (+1; 0 is an empty slot).
    private var slots: [Int32] = [Int32](repeating: 0, count: 16)
    /// The entries' bytes one after another: entry n is `keyBytes[keyEnds[n - 1] ..< keyEnds[n]]`
    /// (from 0 for the first); one buffer, so a probe touches no per-key array.
    private var keyBytes: [UInt8] = []
    private var keyEnds: [Int32] = []
    /// The value number of each entry. An ASCII key is one entry; a key with other bytes gets an
    /// entry for each byte spelling seen, all pointing at the value its String key has in `strings`.
    private var entryValues: [Int32] = []
    private var values: [Value] = []
    /// Keys with non-ASCII bytes → their value number (canonical String equality).
    private var strings: [String: Int32] = [:]

    init() {}

    /// An empty map with room for `capacity` ASCII keys (no table growth while they are set).
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    var isEmpty: Bool { values.isEmpty }

    /// A hash of the bytes (see `hashAndASCII`).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        hashAndASCII(bytes).hash
    }

    /// A hash of the bytes and whether they are all ASCII, eight bytes at a time (the last,
    /// shorter group of a key of eight or more bytes is the eight bytes ending it, overlapping).
    @inline(__always)
    static func hashAndASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: Int, ascii: Bool) {
        let n = bytes.count
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: n)
        var any: UInt64 = 0
        if n >= 8 {
            let p = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
            var i = 0
            while i &+ 8 <= n {
                let w = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                any |= w
                h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                i &+= 8
            }
            if i < n {
                let w = p.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
                any |= w
                h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            }
        } else {
            let w = shortKeyWord(bytes)
            any = w
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
        }
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return (Int(truncatingIfNeeded: h), any & 0x8080_8080_8080_8080 == 0)
    }

    /// Every byte of a key shorter than eight bytes in one word, without a loop over them: two
    /// four-byte loads that overlap (four to seven bytes), or the first, middle and last byte.
    @inline(__always)
    static func shortKeyWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        if n >= 4 {
            let p = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
            return UInt64(p.loadUnaligned(as: UInt32.self)) | UInt64(p.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)) << 32
        }
        guard n > 0 else { return 0 }
        return UInt64(bytes[0]) | UInt64(bytes[n >> 1]) << 8 | UInt64(bytes[n &- 1]) << 16
    }

    /// Whether every byte is ASCII (eight bytes at a time).
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 8 else { return shortKeyWord(bytes) & 0x8080_8080_8080_8080 == 0 }
        let p = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        var any: UInt64 = p.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        var i = 0
        while i &+ 8 <= n {
            any |= p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i &+= 8
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// The slot holding the entry with `key`'s bytes (of hash `hash`), or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int {
        slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { bytes in
                keyEnds.withUnsafeBufferPointer { ends in
                    let mask = slots.count - 1
                    var slot = hash & mask
                    while true {
                        let n = Int(slots[slot])
                        if n == 0 { return slot }
                        let start = n >= 2 ? Int(ends[n - 2]) : 0
                        let end = Int(ends[n - 1])
                        if end - start == key.count && memoryEqual(UnsafeBufferPointer(rebasing: bytes[start..<end]), key) { return slot }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The value of a key. (Inlined: the lookups sit in the scan's word loops.)
    @inline(__always)
    subscript(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        let (hash, ascii) = Self.hashAndASCII(key)
        let n = Int(slots[slot(of: key, hash: hash)])
        if n != 0 { return values[Int(entryValues[n - 1])] }
        if ascii { return nil }
        // A spelling not `set` yet: the String path (canonical equivalence).
        guard let v = strings[String(decoding: key, as: UTF8.self)] else { return nil }
        return values[Int(v)]
    }

    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        self[key] != nil
    }

    /// Sets the value of a key.
    mutating func set(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        let (hash, ascii) = Self.hashAndASCII(key)
        let s = slot(of: key, hash: hash)
        let n = Int(slots[s])
        if n != 0 {
            values[Int(entryValues[n - 1])] = value
            return
        }
        var v = Int32(values.count)
        if ascii {
            values.append(value)
        } else {
            let string = String(decoding: key, as: UTF8.self)
            if let known = strings[string] {
                v = known
                values[Int(known)] = value
            } else {
                strings[string] = v
                values.append(value)
            }
        }
        keyBytes.append(contentsOf: key)
        keyEnds.append(Int32(keyBytes.count))
        entryValues.append(v)
        slots[s] = Int32(keyEnds.count)
        if keyEnds.count * 2 > slots.count { grow() }
    }
    mutating func set(_ key: String, _ value: Value) {
        var key = key
        key.withUTF8 { set($0, value) }
    }

    /// Adds a key with a value unless it is there; whether it was added.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) -> Bool {
        if contains(key) { return false }
        set(key, value)
        return true
    }

    func value(_ key: String) -> Value? {
        var key = key
        return key.withUTF8 { self[$0] }
    }

    private mutating func grow() {
        var slots = [Int32](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count - 1
        keyBytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (n, end32) in keyEnds.enumerated() {
                let end = Int(end32)
                var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(n + 1)
                start = end
            }
        }
        self.slots = slots
    }
}

/// A fixed set of folded words and word prefixes (lexicon entries), matched against words of a
/// folded text without building Strings: the answers of `Set<String>.contains` and of
/// `String.hasPrefix` (for an ASCII word both compare bytes; other words take the String path).
struct FoldedWordSet: Sendable {
    private let exact: FoldedKeyMap<Int>
    /// ASCII prefixes by first byte, each with its value, in the order given.
    private let prefixesByFirstByte: [[(bytes: [UInt8], value: Int)]]
    /// All prefixes as Strings, for words with non-ASCII bytes.
    private let stringPrefixes: [(String, Int)]
    /// All words as Strings (when an entry is not ASCII, every lookup takes the String path).
    private let stringValues: [String: Int]
    private let needsStringPath: Bool

    init<S: Sequence<String>>(_ words: S, prefixes: [String] = []) {
        self.init(values: words.map { ($0, 0) }, prefixes: prefixes.map { ($0, 0) })
    }

    /// Words and prefixes with values (the first of equal words counts); a prefix search returns
    /// the first prefix that matches.
    init(values: [(String, Int)], prefixes: [(String, Int)]) {
        let needsStringPath = values.contains { $0.0.utf8.contains(where: { $0 >= 0x80 }) }
            || prefixes.contains { $0.0.isEmpty || $0.0.utf8.contains(where: { $0 >= 0x80 }) }
        var exact = FoldedKeyMap<Int>(capacity: values.count)
        // The String map only when a lookup may take the String path; for ASCII words the byte
        // map tells the first of equal words as well.
        var stringValues: [String: Int] = [:]
        for (word, value) in values {
            if needsStringPath {
                guard stringValues[word] == nil else { continue }
                stringValues[word] = value
            } else if exact.value(word) != nil {
                continue
            }
            exact.set(word, value)
        }
        // (No table of 256 lists for a set without prefixes.)
        var byFirst = [[(bytes: [UInt8], value: Int)]](repeating: [], count: prefixes.isEmpty ? 0 : 256)
        for (prefix, value) in prefixes {
            let bytes = Array(prefix.utf8)
            if let first = bytes.first { byFirst[Int(first)].append((bytes, value)) }
        }
        self.exact = exact
        self.prefixesByFirstByte = byFirst
        self.stringPrefixes = prefixes
        self.stringValues = stringValues
        self.needsStringPath = needsStringPath
    }

    /// Whether the word is one of the words. (Inlined, as `value`: a call cost more than the
    /// lookup, and the scan's word loops make ~120 K of them.)
    @inline(__always)
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        value(word) != nil
    }

    @inline(__always)
    func value(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        if needsStringPath { return stringValues[String(decoding: word, as: UTF8.self)] }
        return exact[word]
    }

    /// Whether the word is one of the words or starts with one of the prefixes.
    func matches(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(word) || prefixValue(word) != nil
    }

    /// The value of the first prefix the word starts with.
    func prefixValue(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        if !needsStringPath && FoldedKeyMap<Int>.isASCII(word) {
            guard let first = word.first, !prefixesByFirstByte.isEmpty else { return nil }
            for prefix in prefixesByFirstByte[Int(first)] where prefix.bytes.count <= word.count {
                if prefix.bytes.withUnsafeBufferPointer({ memoryEqual($0, UnsafeBufferPointer(rebasing: word[0..<$0.count])) }) {
                    return prefix.value
                }
            }
            return nil
        }
        let string = String(decoding: word, as: UTF8.self)
        return stringPrefixes.first { string.hasPrefix($0.0) }?.1
    }
}

/// Whether two byte buffers hold the same bytes (eight at a time, then the rest).
@inline(__always)
func memoryEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = a.count
    guard n == b.count else { return false }
    var i = 0
    if n >= 8 {
        let pa = UnsafeRawPointer(a.baseAddress.unsafelyUnwrapped), pb = UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped)
        while i &+ 8 <= n {
            if pa.loadUnaligned(fromByteOffset: i, as: UInt64.self) != pb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i &+= 8
        }
        // The last bytes as the eight ending the buffers (overlapping what was compared).
        return i == n || pa.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) == pb.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
    }
    while i < n {
        if a[i] != b[i] { return false }
        i &+= 1
    }
    return true
}
