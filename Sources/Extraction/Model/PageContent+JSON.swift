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
        out.reserveCapacity(out.count + text.utf8.count + 160 + (includeBoxes ? (boxes?.count ?? 0) * 26 : 0))
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
    package static func appendBoxes(_ boxes: [TextBox], to out: inout [UInt8]) {
        // At most 30 bytes a number (see writeFixed), 4 numbers and 4 punctuation bytes a box.
        let capacity = boxes.count * 124 + 2
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            let p = buffer.baseAddress!
            var i = 0
            p[i] = UInt8(ascii: "[")
            i += 1
            boxes.withUnsafeBufferPointer { boxes in
            for index in boxes.indices {
                let box = boxes[index]
                if index > 0 {
                    p[i] = UInt8(ascii: ",")
                    i += 1
                }
                p[i] = UInt8(ascii: "[")
                i = writeFixed(box.x, into: p, at: i + 1)
                p[i] = UInt8(ascii: ",")
                i = writeFixed(box.y, into: p, at: i + 1)
                p[i] = UInt8(ascii: ",")
                i = writeFixed(box.width, into: p, at: i + 1)
                p[i] = UInt8(ascii: ",")
                i = writeFixed(box.height, into: p, at: i + 1)
                p[i] = UInt8(ascii: "]")
                i += 1
            }
            }
            p[i] = UInt8(ascii: "]")
            initialized = i + 1
        }
        out.append(contentsOf: bytes)
    }

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
        var integer = scaled / 100
        let zero = UInt8(ascii: "0")
        if integer < 1000 {  // page coordinates: the common case, no loop
            if integer >= 100 {
                p[i] = zero &+ UInt8(truncatingIfNeeded: integer / 100)
                p[i + 1] = zero &+ UInt8(truncatingIfNeeded: integer / 10 % 10)
                p[i + 2] = zero &+ UInt8(truncatingIfNeeded: integer % 10)
                i += 3
            } else if integer >= 10 {
                p[i] = zero &+ UInt8(truncatingIfNeeded: integer / 10)
                p[i + 1] = zero &+ UInt8(truncatingIfNeeded: integer % 10)
                i += 2
            } else {
                p[i] = zero &+ UInt8(truncatingIfNeeded: integer)
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
        let fraction = UInt8(truncatingIfNeeded: scaled % 100)
        if fraction != 0 {
            p[i] = UInt8(ascii: ".")
            p[i + 1] = UInt8(ascii: "0") &+ fraction / 10
            i += 2
            if fraction % 10 != 0 {
                p[i] = UInt8(ascii: "0") &+ fraction % 10
                i += 1
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
