import Extraction

/// Protected terms (from --case or --terms) in everything extractable.
enum TermCheck {
    /// Term occurrences in a page's text, located by their character boxes.
    static func pageProblems(
        matcher: TermMatcher, page: Int, revision: Int?, scalars: [Unicode.Scalar], boxes: [TextBox],
        visibility: [CharacterVisibility]?
    ) -> [Problem] {
        guard !matcher.isEmpty else { return [] }
        return matcher.matches(in: scalars).map { match in
            var box: TextBox?
            for i in match.range where i < boxes.count && !boxes[i].isEmpty {
                box = box.map { $0.union(boxes[i]) } ?? boxes[i]
            }
            let hidden = visibility.map { v in match.range.contains { $0 < v.count && v[$0].isHidden } } ?? false
            let text = String(String.UnicodeScalarView(scalars[match.range]))
            let hint: String
            if revision != nil {
                hint = "protected term \(match.term.number) is in the text of an earlier revision kept in the file"
            } else if hidden {
                hint = "protected term \(match.term.number) is in the text layer, hidden on the page but extractable"
            } else {
                hint = "protected term \(match.term.number) is visible in the page text: it was not redacted"
            }
            return Problem(kind: .term, severity: .leak, page: page, box: box, revision: revision, text: text, hint: hint)
        }
    }

    /// Term occurrences in a piece of text outside the pages (metadata, bookmarks, attachments…).
    static func textProblems(
        matcher: TermMatcher, text: String, location: String, page: Int? = nil, revision: Int? = nil
    ) -> [Problem] {
        guard !matcher.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        return matcher.matches(in: scalars).map { match in
            Problem(
                kind: .term, severity: .leak, page: page, revision: revision, location: location,
                text: String(String.UnicodeScalarView(scalars[match.range])),
                hint: "protected term \(match.term.number) is in the \(location)")
        }
    }
}
