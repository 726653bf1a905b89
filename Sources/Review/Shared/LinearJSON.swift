import BlacklineCore

/// JSON text exactly as `JSONValue.serialized(pretty:)` writes it, built piece by piece so that
/// the time stays linear in the size of the output.
///
/// `JSONValue.appendQuoted` appends a string's plain runs through `String.UnicodeScalarView
/// .append(contentsOf:)`, which copies the whole output string each time: serialising a value
/// with thousands of strings that need escapes (line breaks in texts) takes seconds to minutes.
/// Here each leaf is serialised into a string of its own and the pieces are joined. (Once
/// BlacklineCore appends those runs as `String(scalars[a..<b])`, this can go.)
enum LinearJSON {
    static func serialized(_ value: JSONValue, pretty: Bool) -> String {
        var pieces: [String] = []
        append(value, pretty: pretty, indent: 0, to: &pieces)
        return pieces.joined()
    }

    private static func append(_ value: JSONValue, pretty: Bool, indent: Int, to pieces: inout [String]) {
        switch value {
        case .array(let items) where !items.isEmpty:
            pieces.append("[")
            for (n, item) in items.enumerated() {
                if n > 0 { pieces.append(",") }
                if pretty { pieces.append("\n" + String(repeating: " ", count: indent + 2)) }
                append(item, pretty: pretty, indent: indent + 2, to: &pieces)
            }
            if pretty { pieces.append("\n" + String(repeating: " ", count: indent)) }
            pieces.append("]")
        case .object(let members) where !members.isEmpty:
            pieces.append("{")
            for (n, (key, member)) in members.enumerated() {
                if n > 0 { pieces.append(",") }
                if pretty { pieces.append("\n" + String(repeating: " ", count: indent + 2)) }
                pieces.append(JSONValue.quoted(key))
                pieces.append(pretty ? ": " : ":")
                append(member, pretty: pretty, indent: indent + 2, to: &pieces)
            }
            if pretty { pieces.append("\n" + String(repeating: " ", count: indent)) }
            pieces.append("}")
        default:
            pieces.append(value.serialized())
        }
    }
}
