/// A JSON value with object members kept in order, so output is deterministic and readable.
///
/// Build outputs with it (`JSONValue.object([...])`) and serialise with `serialized(pretty:)` or
/// `write(to:pretty:)`. Parsed input with source locations is `JSONNode`.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// An integer, printed without a fraction.
    case integer(Int)
    /// A floating-point number, printed in its shortest round-tripping form.
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order they are printed. Keys should be unique.
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.integer(a), .number(b)), let (.number(b), .integer(a)): return Double(a) == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The member called `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The string payload, or nil.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The numeric payload as a Double, or nil.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    /// The numeric payload as an Int when it is integral, or nil.
    public var intValue: Int? {
        switch self {
        case .integer(let i): return i
        case .number(let d) where d.rounded() == d && abs(d) < 9e15: return Int(d)
        default: return nil
        }
    }

    /// The array payload, or nil.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The bool payload, or nil.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// JSON text. `pretty` indents by two spaces, one member per line; the compact form has no spaces.
    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(256)
        append(to: &out, pretty: pretty, indent: 0)
        return out
    }

    /// Writes JSON text to `writer`.
    public func write(to writer: BufferedWriter, pretty: Bool = false) throws {
        try writer.write(serialized(pretty: pretty))
    }

    private func append(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d): out += JSONValue.format(d)
        case .string(let s): JSONValue.appendQuoted(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += "," }
                if pretty { out += "\n"; out += String(repeating: " ", count: indent + 2) }
                item.append(to: &out, pretty: pretty, indent: indent + 2)
            }
            if pretty { out += "\n"; out += String(repeating: " ", count: indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (n, (key, value)) in members.enumerated() {
                if n > 0 { out += "," }
                if pretty { out += "\n"; out += String(repeating: " ", count: indent + 2) }
                JSONValue.appendQuoted(key, to: &out)
                out += pretty ? ": " : ":"
                value.append(to: &out, pretty: pretty, indent: indent + 2)
            }
            if pretty { out += "\n"; out += String(repeating: " ", count: indent) }
            out += "}"
        }
    }

    /// Formats a double for JSON: integral values without a fraction, non-finite values as null.
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    /// Appends `s` as a quoted JSON string with the required escapes.
    public static func appendQuoted(_ s: String, to out: inout String) {
        if hasNothingToEscape(s) {
            // The common case, whole (appending scalar by scalar costs far more).
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        var plainStart = s.unicodeScalars.startIndex
        var index = plainStart
        let scalars = s.unicodeScalars
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                out += escape
                index = scalars.index(after: index)
                plainStart = index
            } else {
                index = scalars.index(after: index)
            }
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        out += "\""
    }

    /// Whether `s` has no character `appendQuoted` escapes (a quote, a backslash, a control
    /// character, U+2028, U+2029), judged from its UTF-8 bytes.
    private static func hasNothingToEscape(_ s: String) -> Bool {
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 || b == 0x22 || b == 0x5C { return false }
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return false }
                i += 1
            }
            return true
        }
        return plain ?? false
    }

    /// `s` as a quoted JSON string.
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
}
