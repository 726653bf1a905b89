/// Reads the descriptive fields of an XMP packet (who and what the document is about), ignoring
/// dates, identifiers and tool names.
enum XMPFields {
    /// Element names whose text describes the document or names people.
    static let descriptive = [
        "dc:title", "dc:creator", "dc:description", "dc:subject", "dc:contributor", "dc:publisher", "dc:rights",
        "dc:source", "dc:relation", "dc:coverage", "pdf:Keywords", "pdf:Author", "pdf:Title", "pdf:Subject",
        "photoshop:AuthorsPosition", "photoshop:CaptionWriter", "xmpRights:Owner", "pdfx:Title",
    ]

    /// (element name, its text with nested list items joined by "; ") for every non-empty
    /// descriptive element, in packet order.
    static func descriptiveValues(_ xmp: String) -> [(String, String)] {
        var found: [(String, String)] = []
        for name in descriptive {
            var searchStart = xmp.startIndex
            while let open = xmp.range(of: "<\(name)", range: searchStart..<xmp.endIndex) {
                // Element start tag: "<dc:title>" or "<dc:title attr…>"; skip e.g. "<dc:titles".
                guard let tagEnd = xmp[open.upperBound...].firstIndex(of: ">") else { break }
                let afterName = xmp[open.upperBound]
                searchStart = tagEnd
                guard afterName == ">" || afterName == " " || afterName == "/" || afterName == "\n" || afterName == "\t" else { continue }
                if xmp[xmp.index(before: tagEnd)] == "/" { continue }  // empty element
                guard let close = xmp.range(of: "</\(name)>", range: tagEnd..<xmp.endIndex) else { break }
                let inner = String(xmp[xmp.index(after: tagEnd)..<close.lowerBound])
                let text = textContent(inner)
                if !text.isEmpty { found.append((name, text)) }
                searchStart = close.upperBound
            }
            // Attribute form: pdf:Keywords="…" on rdf:Description.
            var attributeStart = xmp.startIndex
            while let attribute = xmp.range(of: " \(name)=\"", range: attributeStart..<xmp.endIndex) {
                guard let end = xmp[attribute.upperBound...].firstIndex(of: "\"") else { break }
                let value = decodeEntities(String(xmp[attribute.upperBound..<end])).trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { found.append((name, value)) }
                attributeStart = end
            }
        }
        return found
    }

    /// The text inside markup: tags removed, list items joined by "; ", entities decoded.
    static func textContent(_ markup: String) -> String {
        var parts: [String] = []
        var current = ""
        var inTag = false
        for character in markup {
            if character == "<" {
                inTag = true
                let piece = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !piece.isEmpty { parts.append(piece) }
                current = ""
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                current.append(character)
            }
        }
        let piece = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !piece.isEmpty { parts.append(piece) }
        return decodeEntities(parts.joined(separator: "; "))
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
        // Numeric character references.
        while let start = out.range(of: "&#"), let end = out[start.upperBound...].firstIndex(of: ";") {
            let body = out[start.upperBound..<end]
            let value = body.hasPrefix("x") || body.hasPrefix("X") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            let replacement = value.flatMap(Unicode.Scalar.init).map { String($0) } ?? ""
            out.replaceSubrange(start.lowerBound...end, with: replacement)
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}
