import Foundation

extension JSONNode {
    /// Parses JSON text. Errors are `LocatedError`s with `file:line:col` and the offending line.
    ///
    /// Strict RFC 8259: no comments, no trailing commas, one top-level value. Duplicate keys in an
    /// object are an error (a policy with two "threshold" fields is ambiguous, not last-wins).
    public static func parse(_ text: String, file: String) throws -> JSONNode {
        var parser = JSONParser(text: text, source: JSONSource(file: file, text: text))
        return try parser.parseDocument()
    }

    /// Reads and parses a JSON file; a missing file is `.missingInput`, bad UTF-8 or JSON `.badInput`.
    public static func parse(contentsOf url: URL, displayName: String? = nil) throws -> JSONNode {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GeneralError(.missingInput, "cannot read \(name): no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LocatedError(file: name, location: nil, reason: "not valid UTF-8 text")
        }
        return try parse(text, file: name)
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes that tracks line and column.
struct JSONParser {
    private let bytes: [UInt8]
    private let source: JSONSource
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private static let maximumDepth = 512

    init(text: String, source: JSONSource) {
        self.bytes = Array(text.utf8)
        self.source = source
    }

    mutating func parseDocument() throws -> JSONNode {
        skipWhitespace()
        if position < bytes.count, bytes[position] == 0xEF, position + 2 < bytes.count,
            bytes[position + 1] == 0xBB, bytes[position + 2] == 0xBF
        {
            position += 3  // UTF-8 byte order mark
            lineStart = position
            skipWhitespace()
        }
        guard position < bytes.count else { throw fail("the file is empty; expected a JSON value") }
        let node = try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw fail("unexpected text after the JSON value") }
        return node
    }

    private var location: SourceLocation {
        // Columns count Unicode scalars: skip UTF-8 continuation bytes.
        var column = 1
        var i = lineStart
        while i < position {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: line, column: column)
    }

    private func fail(_ reason: String) -> LocatedError {
        source.error(at: location, reason)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private mutating func parseValue() throws -> JSONNode {
        skipWhitespace()
        guard position < bytes.count else { throw fail("unexpected end of file; expected a value") }
        let start = location
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""): return JSONNode(kind: .string(try parseString()), location: start, source: source)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(kind: .bool(true), location: start, source: source)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(kind: .bool(false), location: start, source: source)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(kind: .null, location: start, source: source)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(start)
        case UInt8(ascii: "}"), UInt8(ascii: "]"): throw fail("expected a value, found '\(Character(Unicode.Scalar(bytes[position])))' (a trailing comma?)")
        case UInt8(ascii: "/"): throw fail("comments are not allowed in JSON")
        case UInt8(ascii: "'"): throw fail("strings must use double quotes")
        default: throw fail("expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else {
            throw fail("invalid literal; expected \(word)")
        }
        position += utf8.count
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject(_ start: SourceLocation) throws -> JSONNode {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [JSONNode.Member] = []
        var seen = Set<String>()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return JSONNode(kind: .object([]), location: start, source: source)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of file inside an object (missing '}')") }
            guard bytes[position] == UInt8(ascii: "\"") else {
                if bytes[position] == UInt8(ascii: "}") { throw fail("trailing comma before '}'") }
                throw fail("expected a field name in double quotes")
            }
            let keyLocation = location
            let key = try parseString()
            if !seen.insert(key).inserted {
                throw source.error(at: keyLocation, "duplicate field \"\(key)\"")
            }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw fail("expected ':' after the field name \"\(key)\"")
            }
            position += 1
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of file inside an object (missing '}')") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return JSONNode(kind: .object(members), location: start, source: source)
            }
            throw fail("expected ',' or '}' after a field")
        }
    }

    private mutating func parseArray(_ start: SourceLocation) throws -> JSONNode {
        try enter()
        defer { depth -= 1 }
        position += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return JSONNode(kind: .array([]), location: start, source: source)
        }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw fail("unexpected end of file inside an array (missing ']')") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return JSONNode(kind: .array(items), location: start, source: source)
            }
            throw fail("expected ',' or ']' after an array item")
        }
    }

    private mutating func parseString() throws -> String {
        position += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = position
        func flushRun(_ end: Int) {
            if end > runStart {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flushRun(position)
                position += 1
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                flushRun(position)
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                            bytes[position + 1] == UInt8(ascii: "u")
                        else { throw fail("unpaired surrogate in \\u escape") }
                        position += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid surrogate pair in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                    scalars.append(scalar)
                default:
                    position -= 1
                    throw fail("invalid escape sequence in a string")
                }
                runStart = position
                continue
            }
            if byte < 0x20 {
                throw fail(byte == 0x0A ? "unterminated string (line break inside a string)" : "control character inside a string")
            }
            position += 1
        }
        throw fail("unterminated string")
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("invalid hexadecimal digit in \\u escape")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private mutating func parseNumber(_ start: SourceLocation) throws -> JSONNode {
        let begin = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        guard digits() > 0 else { throw fail("invalid number") }
        if bytes[integerStart] == UInt8(ascii: "0"), position - integerStart > 1 {
            throw source.error(at: start, "numbers must not have leading zeros")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw fail("invalid number: digits expected after '.'") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw fail("invalid number: digits expected in the exponent") }
        }
        let literal = String(decoding: bytes[begin..<position], as: UTF8.self)
        guard let value = Double(literal) else { throw source.error(at: start, "invalid number \(literal)") }
        return JSONNode(kind: .number(value, literal: literal), location: start, source: source)
    }
}
