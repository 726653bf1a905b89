/// Splits a page text into whitespace-delimited words with their folded, letters-and-digits-only
/// form (`"Marković,"` → `"markovic"`), for comparing what two versions of a document contain.
enum WordTokens {
    struct Token {
        /// Scalar offsets of the word in the page text.
        var range: Range<Int>
        /// The folded form; empty for words without letters or digits.
        var folded: String
    }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var start: Int?
        func close(_ end: Int) {
            guard let s = start else { return }
            let folded = NormalizedText(Array(scalars[s..<end]), form: .dense).scalars
            var view = String.UnicodeScalarView()
            view.append(contentsOf: folded)
            tokens.append(Token(range: s..<end, folded: String(view)))
            start = nil
        }
        for (i, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                close(i)
            } else if start == nil {
                start = i
            }
        }
        close(scalars.count)
        return tokens
    }

    /// Counts of the folded words whose characters all show on the page.
    static func visibleWordCounts(_ scalars: [Unicode.Scalar], visibility: [CharacterVisibility]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for token in tokens(scalars) where !token.folded.isEmpty {
            if token.range.allSatisfy({ !visibility[$0].isHidden }) { counts[token.folded, default: 0] += 1 }
        }
        return counts
    }
}
