import BlacklineCore

extension PageContent {
    /// Appends the page as one compact JSON object, the page format of `blackline extract
    /// --format json` that scripts rely on:
    /// `{"number", "width", "height", "text", "hasTextLayer", "hasFormFields", "hasAnnotations"}`,
    /// plus `"boxes": [[x, y, w, h], ...]` (or `null` when the page has none, as for plain text)
    /// when `includeBoxes` is set, and `"fonts"` when font runs were collected.
    ///
    /// Numbers have at most two decimals (`NumberFormatting.appendFixed`). Written straight into
    /// UTF-8 bytes: a page of boxes is tens of thousands of numbers.
    public func appendJSON(to out: inout [UInt8], includeBoxes: Bool) {
        out.reserveCapacity(out.count + text.utf8.count + 160 + (includeBoxes ? (boxes?.count ?? 0) * 28 : 0))
        JSONBytes.append("{\"number\":", to: &out)
        JSONBytes.appendInteger(number, to: &out)
        JSONBytes.append(",\"width\":", to: &out)
        JSONBytes.appendFixed(width, to: &out)
        JSONBytes.append(",\"height\":", to: &out)
        JSONBytes.appendFixed(height, to: &out)
        JSONBytes.append(",\"text\":", to: &out)
        JSONBytes.appendQuoted(text, to: &out)
        JSONBytes.append(",\"hasTextLayer\":", to: &out)
        JSONBytes.append(hasTextLayer ? "true" : "false", to: &out)
        JSONBytes.append(",\"hasFormFields\":", to: &out)
        JSONBytes.append(hasFormFields ? "true" : "false", to: &out)
        JSONBytes.append(",\"hasAnnotations\":", to: &out)
        JSONBytes.append(hasAnnotations ? "true" : "false", to: &out)
        if includeBoxes {
            if let boxes {
                JSONBytes.append(",\"boxes\":", to: &out)
                JSONBytes.appendBoxes(boxes, to: &out)
            } else {
                JSONBytes.append(",\"boxes\":null", to: &out)
            }
        }
        if let fontRuns {
            JSONBytes.append(",\"fonts\":", to: &out)
            let runs = JSONValue.array(
                fontRuns.map {
                    .object([
                        ("start", .integer($0.start)), ("end", .integer($0.end)), ("font", .string($0.fontName)),
                        ("size", .number($0.fontSize)),
                    ])
                })
            JSONBytes.append(runs.serialized(), to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}

/// JSON pieces written directly as UTF-8 bytes (the hot path of `--format json --boxes`).
package enum JSONBytes {
    /// Appends `text`'s UTF-8 bytes as they are (for literal JSON fragments).
    package static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    /// Appends `value` exactly as `NumberFormatting.appendFixed(value, decimals: 2)` does:
    /// rounded to two decimals, no trailing zeros, no "-0", non-finite values as 0.
    package static func appendFixed(_ value: Double, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            let end = writeFixed(value, into: buffer.baseAddress!, at: 0)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<end]))
        }
    }

    /// Appends `[[x,y,w,h],...]`, each number as `appendFixed` writes it.
    ///
    /// The boxes are formatted into a small buffer and appended a batch at a time. Heights, y
    /// positions and glyph widths repeat from character to character: their formatted bytes are
    /// remembered (`FormattedNumbers`) and copied instead of being formatted again.
    package static func appendBoxes(_ boxes: [TextBox], to out: inout [UInt8]) {
        // At most 30 bytes a number (see writeFixed), 4 numbers and 4 punctuation bytes a box;
        // a number copied from the cache writes 8 bytes (the rest is overwritten or cut off).
        let boxBytes = 124
        let batch = 64
        let capacity = batch * boxBytes + 8
        out.append(UInt8(ascii: "["))
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
            let p = scratch.baseAddress!
            p.initialize(repeating: 0, count: capacity)
            FormattedNumbers.with { numbers in
                boxes.withUnsafeBufferPointer { boxes in
                    var index = 0
                    while index < boxes.count {
                        var i = 0
                        let end = Swift.min(boxes.count, index + batch)
                        while index < end {
                            let box = boxes[index]
                            if index > 0 {
                                p[i] = UInt8(ascii: ",")
                                i += 1
                            }
                            p[i] = UInt8(ascii: "[")
                            i = writeFixed(box.x, into: p, at: i + 1)
                            p[i] = UInt8(ascii: ",")
                            i = numbers.write(box.y, into: p, at: i + 1)
                            p[i] = UInt8(ascii: ",")
                            i = numbers.write(box.width, into: p, at: i + 1)
                            p[i] = UInt8(ascii: ",")
                            i = numbers.write(box.height, into: p, at: i + 1)
                            p[i] = UInt8(ascii: "]")
                            i += 1
                            index += 1
                        }
                        out.append(contentsOf: UnsafeBufferPointer(start: p, count: i))
                    }
                }
            }
        }
        out.append(UInt8(ascii: "]"))
    }

    /// A small direct-mapped cache from a number (bit for bit) to the bytes `writeFixed` writes
    /// for it, for numbers of at most 8 bytes.
    struct FormattedNumbers {
        private static let slots = 256
        private let keys: UnsafeMutablePointer<UInt64>
        private let words: UnsafeMutablePointer<UInt64>  // the bytes, as written into memory
        private let lengths: UnsafeMutablePointer<UInt8>  // 0: empty slot

        /// Calls `body` with an empty cache that lives as long as the call.
        static func with<Result>(_ body: (FormattedNumbers) throws -> Result) rethrows -> Result {
            try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: slots * 2) { storage in
                try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: slots) { lengths in
                    storage.initialize(repeating: 0)
                    lengths.initialize(repeating: 0)
                    let base = storage.baseAddress!
                    return try body(FormattedNumbers(keys: base, words: base + slots, lengths: lengths.baseAddress!))
                }
            }
        }

        /// Writes `value` as `writeFixed` does at `p[i...]`; `p` must have 8 bytes of room.
        @inline(__always)
        func write(_ value: Double, into p: UnsafeMutablePointer<UInt8>, at i: Int) -> Int {
            let bits = value.bitPattern
            let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 56)
            let length = Int(lengths[slot])
            if length != 0, keys[slot] == bits {
                UnsafeMutableRawPointer(p + i).storeBytes(of: words[slot], as: UInt64.self)
                return i + length
            }
            let end = writeFixed(value, into: p, at: i)
            if end - i <= 8 {
                keys[slot] = bits
                words[slot] = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                lengths[slot] = UInt8(truncatingIfNeeded: end - i)
            }
            return end
        }
    }

    /// "00", "01", … "99": two decimal digits at a time.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// Writes `value` as `appendFixed` does at `p[i...]` (at most 30 bytes); returns the end.
    @inline(__always)
    static func writeFixed(_ value: Double, into p: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var i = start
        let magnitude = abs(value)
        guard magnitude < 1e15 else {  // also NaN and the infinities
            if value.isFinite {  // never a page coordinate; Swift's shortest form is valid JSON ("1e+20")
                for byte in String(value).utf8.prefix(30) {
                    p[i] = byte
                    i += 1
                }
            } else {
                p[i] = UInt8(ascii: "0")
                i += 1
            }
            return i
        }
        // Rounds half away from zero like `rounded()`, without a libm call (magnitude ≥ 0).
        let scaled = UInt64(Int64(magnitude * 100 + 0.5))  // signed conversion: one instruction on x86
        if value < 0, scaled != 0 {
            p[i] = UInt8(ascii: "-")
            i += 1
        }
        let pairs = digitPairs.utf8Start
        let zero = UInt8(ascii: "0")
        var integer = scaled / 100
        let fraction = Int(truncatingIfNeeded: scaled &- integer &* 100)
        if integer < 1000 {  // page coordinates: the common case, no loop
            let n = Int(truncatingIfNeeded: integer)
            if n >= 100 {
                let hundreds = n / 100
                let rest = (n &- hundreds &* 100) &* 2
                p[i] = zero &+ UInt8(truncatingIfNeeded: hundreds)
                p[i + 1] = pairs[rest]
                p[i + 2] = pairs[rest + 1]
                i += 3
            } else if n >= 10 {
                p[i] = pairs[n &* 2]
                p[i + 1] = pairs[n &* 2 + 1]
                i += 2
            } else {
                p[i] = zero &+ UInt8(truncatingIfNeeded: n)
                i += 1
            }
        } else {
            var digits = 1
            var limit: UInt64 = 10
            while integer >= limit, digits < 19 {
                digits += 1
                limit &*= 10
            }
            var position = i + digits - 1
            repeat {
                p[position] = zero &+ UInt8(truncatingIfNeeded: integer % 10)
                integer /= 10
                position -= 1
            } while integer > 0
            i += digits
        }
        if fraction != 0 {
            p[i] = UInt8(ascii: ".")
            p[i + 1] = pairs[fraction &* 2]
            let last = pairs[fraction &* 2 + 1]
            if last != zero {
                p[i + 2] = last
                i += 3
            } else {
                i += 2
            }
        }
        return i
    }

    /// Appends a decimal integer.
    package static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }

    /// Appends `text` as a quoted JSON string, escaping exactly what `JSONValue.appendQuoted`
    /// escapes (quote, backslash, control characters, U+2028 and U+2029).
    package static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var plainStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var escape: StaticString?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20: escape = ""  // \u00XX below
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: break
                }
                guard let escape else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
                if escape.utf8CodeUnitCount == 0 {
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
                    ])
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                }
                index += length
                plainStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
