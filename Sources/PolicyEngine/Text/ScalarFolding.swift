import Foundation

/// How one Unicode scalar folds for matching: lower case, no diacritics, Cyrillic and Latin
/// Serbian on one key (`ђ`, `đ` → `dj`; `љ` → `lj`; `џ`, `dž` → `dz`; `č`, `ć`, `ч`, `ћ` → `c`),
/// Vietnamese tones dropped, and two transcription merges (`w` → `v`, `y` → `j`) so that
/// "WANG" meets "Vang" and "Nguyễn" meets "Ngujen". Combining marks and invisible format
/// characters vanish; other scripts (Hanzi…) pass through as their UTF-8 bytes.
///
/// The result never has more bytes than the scalar's own UTF-8 encoding, so a folded text is
/// never longer than the original.
enum ScalarFolding {
    /// Per-byte character classes of folded text.
    struct Flags {
        static let letter: UInt8 = 1
        static let upper: UInt8 = 2
        static let digit: UInt8 = 4
        static let space: UInt8 = 8
        static let newline: UInt8 = 16
        /// A letter of a script written without spaces (Han, kana, Hangul): no word boundaries.
        static let unspaced: UInt8 = 32
        /// Second or later byte of one scalar's folding ("j" of "dj" from "Đ").
        static let continuation: UInt8 = 64
        static let wordChar: UInt8 = letter | digit
    }

    /// An entry of the fold table: up to three output bytes, their count, and flags.
    /// `count == 0xFF` means "copy the scalar's UTF-8 bytes".
    struct Entry {
        var count: UInt8
        var b0: UInt8 = 0, b1: UInt8 = 0, b2: UInt8 = 0
        var flags: UInt8
    }

    static let passthrough: UInt8 = 0xFF
    static let tableSize = 0x2500

    /// Folding of every scalar below `tableSize`.
    static let table: [Entry] = buildTable()

    /// The folding of a two-byte scalar (U+0080 ..< U+0800) as the fold loop writes it: both
    /// output bytes and both flags at once (a second byte and flag past `count` are never read).
    struct TwoByteFolding {
        /// Folded bytes, first byte lowest (stored little-endian).
        var bytes: UInt16
        /// Flags of the folded bytes, the same way.
        var flags: UInt16
        /// Number of folded bytes (1 or 2); 0 when the scalar vanishes (the general path handles it).
        var count: UInt8
    }

    /// `table` for every scalar value below U+0800, in the form of `TwoByteFolding` (values
    /// below U+0080 are never two-byte scalars and have count 0).
    static let twoByte: [TwoByteFolding] = (0..<0x800).map { v -> TwoByteFolding in
        let e = table[v]
        guard v >= 0x80, e.count != 0 else { return TwoByteFolding(bytes: 0, flags: 0, count: 0) }
        let following = e.flags & ~Flags.upper | Flags.continuation
        let pair = { (a: UInt8, b: UInt8) in (UInt16(a) | UInt16(b) << 8).littleEndian }
        if e.count == passthrough {
            let utf8 = Array(String(Unicode.Scalar(UInt32(v))!).utf8)
            return TwoByteFolding(bytes: pair(utf8[0], utf8[1]), flags: pair(e.flags, following), count: 2)
        }
        return TwoByteFolding(bytes: pair(e.b0, e.b1), flags: pair(e.flags, following), count: e.count)
    }

    /// Folding of ASCII bytes.
    static let ascii: [UInt8] = (0..<128).map { byte -> UInt8 in
        var b = UInt8(byte)
        if (65...90).contains(b) { b += 32 }
        if b == UInt8(ascii: "w") { return UInt8(ascii: "v") }
        if b == UInt8(ascii: "y") { return UInt8(ascii: "j") }
        return b
    }

    static let asciiFlags: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 65...90: return Flags.letter | Flags.upper
        case 97...122: return Flags.letter
        case 48...57: return Flags.digit
        case 10, 12, 13: return Flags.newline | Flags.space
        case 9, 32, 11: return Flags.space
        default: return 0
        }
    }

    /// `ascii` and `asciiFlags` of every pair of bytes b0 b1, for the fold's ASCII runs: entry
    /// `b0 | b1 << 8` holds, from its lowest byte up, the folded b0 and b1 and their flags (a
    /// byte ≥ 0x80 is taken without its top bit: such entries are only written where later
    /// steps write over them). 256 KB; two bytes folded by one lookup of the two as they lie in
    /// memory (little-endian).
    static let asciiPairs: [UInt32] = (0..<(1 << 16)).map { k -> UInt32 in
        let b0 = k & 0x7F, b1 = (k >> 8) & 0x7F
        return UInt32(ascii[b0]) | UInt32(ascii[b1]) << 8 | UInt32(asciiFlags[b0]) << 16 | UInt32(asciiFlags[b1]) << 24
    }

    /// Folds a string the way text is folded (for lexicon words, names and list entries).
    static func fold(_ string: String) -> [UInt8] {
        // Most lexicon words are ASCII without a hyphen: each byte folds by the `ascii` table
        // alone (as in the text fold's ASCII runs), with no FoldedText built.
        var string = string
        if let bytes = string.withUTF8({ utf8 -> [UInt8]? in
            guard !utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "-") }) else { return nil }
            return ascii.withUnsafeBufferPointer { table in utf8.map { table[Int($0)] } }
        }) {
            return bytes
        }
        return FoldedText.foldedBytes(string)
    }

    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ж": "z", "з": "z", "и": "i",
        "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
        "й": "j", "ы": "i", "э": "e", "ю": "ju", "я": "ja", "ё": "e", "щ": "s", "ъ": "", "ь": "", "є": "je",
        "ї": "ji", "і": "i", "ѓ": "g", "ќ": "k", "ѕ": "dz", "ў": "u", "ґ": "g",
    ]

    private static let latinSpecial: [Character: String] = [
        "đ": "dj", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "œ": "oe", "ı": "i", "þ": "th", "ħ": "h",
        "ŧ": "t", "ŀ": "l", "ǆ": "dz", "ǅ": "dz", "Ǆ": "dz", "ǉ": "lj", "ǈ": "lj", "Ǉ": "lj", "ǌ": "nj", "ǋ": "nj",
        "Ǌ": "nj", "ŋ": "ng", "ƒ": "f",
    ]

    private static func buildTable() -> [Entry] {
        var table = [Entry](repeating: Entry(count: passthrough, flags: 0), count: tableSize)
        func set(_ v: Int, _ output: String, _ flags: UInt8) {
            var bytes = Array(output.utf8)
            let limit = v < 0x80 ? 1 : (v < 0x800 ? 2 : 3)
            if bytes.count > limit { bytes = Array(bytes.prefix(limit)) }
            var e = Entry(count: UInt8(bytes.count), flags: flags)
            if bytes.count > 0 { e.b0 = bytes[0] }
            if bytes.count > 1 { e.b1 = bytes[1] }
            if bytes.count > 2 { e.b2 = bytes[2] }
            table[v] = e
        }
        for v in 0..<128 {
            set(v, String(UnicodeScalar(ascii[v])), asciiFlags[v])
        }
        for v in 0x80..<tableSize {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let properties = scalar.properties
            let upper: UInt8 = properties.isUppercase ? Flags.upper : 0
            let character = Character(scalar)
            let lower = Character(String(character).lowercased())
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
                || properties.generalCategory == .format || v == 0xAD
            {
                set(v, "", 0)
                continue
            }
            if properties.isWhitespace {
                let isNewline = v == 0x85 || v == 0x2028 || v == 0x2029
                set(v, isNewline ? "\n" : " ", isNewline ? Flags.newline | Flags.space : Flags.space)
                continue
            }
            if (0x400...0x4FF).contains(v) {
                if let mapped = cyrillic[lower] {
                    set(v, mapped, Flags.letter | upper)
                } else if properties.isAlphabetic {
                    table[v] = Entry(count: passthrough, flags: Flags.letter | upper)
                }
                continue
            }
            if let mapped = latinSpecial[lower] {
                set(v, mapped, Flags.letter | upper)
                continue
            }
            if properties.isAlphabetic && (v <= 0x24F || (0x1E00...0x1EFF).contains(v)) {
                let base = String(lower).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                if base.isASCII {
                    set(v, String(UnicodeScalar(ascii[Int(base.value)])), Flags.letter | upper)
                    continue
                }
            }
            switch v {
            case 0x2010...0x2015, 0x2212: set(v, "-", 0); continue
            case 0x2018...0x201B, 0x2032: set(v, "'", 0); continue
            case 0x201C...0x201F, 0x00AB, 0x00BB, 0x2033: set(v, "\"", 0); continue
            default: break
            }
            if properties.isAlphabetic {
                table[v] = Entry(count: passthrough, flags: Flags.letter | upper)
            } else if properties.numericType == .decimal {
                table[v] = Entry(count: passthrough, flags: 0)
            }
        }
        return table
    }

    /// Flags of a scalar outside the table (Han and other scripts pass through).
    static func flagsOutsideTable(_ v: UInt32) -> UInt8 {
        if isUnspacedScript(v) { return Flags.letter | Flags.unspaced }
        guard let scalar = Unicode.Scalar(v) else { return 0 }
        if scalar.properties.isWhitespace { return Flags.space }
        return scalar.properties.isAlphabetic ? Flags.letter : 0
    }

    static func isUnspacedScript(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v)
    }
}
