extension PDFComposer {
    /// Breaks `text` into lines no wider than `width` (the first line `firstLineIndent` narrower).
    ///
    /// Words are separated by spaces; `\n` forces a break; a soft hyphen (U+00AD) is a place where
    /// a word may be split with a visible "-" at the line end. A single word wider than the line
    /// gets a line of its own.
    func wrap(_ text: String, style: TextStyle, width: Double, firstLineIndent: Double = 0) throws -> [String] {
        var lines: [String] = []
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var words = hardLine.split(separator: " ").map(String.init)[...]
            while var word = words.popFirst() {
                while true {
                    let available = width - (lines.isEmpty ? firstLineIndent : 0)
                    let visible = Self.withoutSoftHyphens(word)
                    let candidate = line.isEmpty ? visible : line + " " + visible
                    if measure(candidate, style: style) <= available {
                        line = candidate
                        break
                    }
                    if let (head, tail) = hyphenate(word, after: line, available: available, style: style) {
                        lines.append((line.isEmpty ? "" : line + " ") + head + "-")
                        line = ""
                        word = tail
                        continue
                    }
                    if line.isEmpty {  // too wide even alone: overflow rather than loop
                        line = visible
                        break
                    }
                    lines.append(line)
                    line = ""
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest split of `word` at a soft hyphen whose head plus "-" still fits after `line`.
    private func hyphenate(_ word: String, after line: String, available: Double, style: TextStyle) -> (String, String)? {
        let scalars = Array(word.unicodeScalars)
        for index in scalars.indices.reversed() where scalars[index] == "\u{AD}" {
            let head = Self.withoutSoftHyphens(String(String.UnicodeScalarView(scalars[..<index])))
            let tail = String(String.UnicodeScalarView(scalars[(index + 1)...]))
            guard !head.isEmpty, !tail.isEmpty else { continue }
            let candidate = (line.isEmpty ? "" : line + " ") + head + "-"
            if measure(candidate, style: style) <= available { return (head, tail) }
        }
        return nil
    }

    static func withoutSoftHyphens(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{AD}") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{AD}" }))
    }
}
