/// Escaping for text put into HTML: element content, attribute values, and JSON inside a
/// `<script type="application/json">` element.
enum HTMLText {
    /// `text` safe as element content or a double- or single-quoted attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Serialised JSON that cannot end its script element or open a comment: every `<` (which
    /// JSON only has inside strings) becomes `\u003c`.
    static func scriptJSON(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
