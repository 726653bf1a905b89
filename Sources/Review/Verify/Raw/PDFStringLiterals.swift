/// Extracts and decodes the string literals of PDF syntax: `(literal)` with escapes and nested
/// parentheses, and `<hex>` strings. Pieces inside one array (a `TJ` array of kerned text) are joined
/// into one string, so a name split for kerning reads whole.
enum PDFStringLiterals {
    static func extract(_ bytes: [UInt8]) -> [String] {
        var strings: [String] = []
        var arrayDepth = 0
        var arrayPieces: [UInt8]? = nil
        var i = 0
        func emit(_ raw: [UInt8]) {
            if arrayDepth > 0 {
                arrayPieces = (arrayPieces ?? []) + raw
            } else {
                let decoded = decode(raw)
                if !decoded.isEmpty { strings.append(decoded) }
            }
        }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case 0x25:  // % comment to end of line
                while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            case 0x28:  // (
                let (raw, next) = literal(bytes, from: i + 1)
                emit(raw)
                i = next
                continue
            case 0x3C:  // < hex string, << dictionary
                if i + 1 < bytes.count, bytes[i + 1] == 0x3C {
                    i += 2
                    continue
                }
                let (raw, next) = hex(bytes, from: i + 1)
                emit(raw)
                i = next
                continue
            case 0x5B:  // [
                arrayDepth += 1
            case 0x5D:  // ]
                if arrayDepth > 0 {
                    arrayDepth -= 1
                    if arrayDepth == 0, let pieces = arrayPieces {
                        let decoded = decode(pieces)
                        if !decoded.isEmpty { strings.append(decoded) }
                        arrayPieces = nil
                    }
                }
            default:
                break
            }
            i += 1
        }
        if let pieces = arrayPieces {
            let decoded = decode(pieces)
            if !decoded.isEmpty { strings.append(decoded) }
        }
        return strings
    }

    /// A literal string's bytes from just after "(" to its matching ")"; returns the index after it.
    private static func literal(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        var out: [UInt8] = []
        var depth = 1
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x5C, i + 1 < bytes.count {  // backslash
                let e = bytes[i + 1]
                i += 2
                switch e {
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x0D:
                    if i < bytes.count, bytes[i] == 0x0A { i += 1 }
                case 0x0A: break
                case 0x30...0x37:
                    var value = Int(e - 0x30)
                    var digits = 1
                    while digits < 3, i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x37 {
                        value = value * 8 + Int(bytes[i] - 0x30)
                        i += 1
                        digits += 1
                    }
                    out.append(UInt8(value & 0xFF))
                default: out.append(e)
                }
                continue
            }
            if b == 0x28 { depth += 1 }
            if b == 0x29 {
                depth -= 1
                if depth == 0 { return (out, i + 1) }
            }
            out.append(b)
            i += 1
        }
        return (out, i)
    }

    private static func hex(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        var out: [UInt8] = []
        var high: UInt8?
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == 0x3E { break }
            let nibble: UInt8
            switch b {
            case 0x30...0x39: nibble = b - 0x30
            case 0x41...0x46: nibble = b - 0x41 + 10
            case 0x61...0x66: nibble = b - 0x61 + 10
            case 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00: continue
            default: return ([], i)  // not a hex string
            }
            if let h = high {
                out.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        if let h = high { out.append(h << 4) }
        return (out, i)
    }

    /// UTF-16BE (with BOM), UTF-8 (with BOM), else PDFDocEncoding read as Latin-1. Strings that
    /// are mostly control bytes (glyph codes of embedded fonts) decode to "".
    static func decode(_ raw: [UInt8]) -> String {
        guard !raw.isEmpty else { return "" }
        if raw.count >= 2, raw[0] == 0xFE, raw[1] == 0xFF {
            var units: [UInt16] = []
            var k = 2
            while k + 1 < raw.count {
                units.append(UInt16(raw[k]) << 8 | UInt16(raw[k + 1]))
                k += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            return String(decoding: raw.dropFirst(3), as: UTF8.self)
        }
        let controls = raw.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }.count
        if controls * 4 > raw.count { return "" }
        var view = String.UnicodeScalarView()
        for b in raw { view.append(Unicode.Scalar(b)) }
        return String(view)
    }
}
