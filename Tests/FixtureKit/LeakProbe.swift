import Foundation

/// Searches outputs for protected strings the way an adversary would: in whitespace-, case- and
/// diacritic-normalised form, so `Marković`, `MARKOVIC` and `Mar-\nković` all count as found.
public enum LeakProbe {
    /// Letters and digits only, lower-cased, without diacritics (đ → d).
    public static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .decomposedStringWithCanonicalMapping.lowercased()
        for scalar in folded.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { out.append(scalar) }
        }
        return String(out)
    }

    /// The strings of `needles` found in `haystack`, compared in normalised form. A needle of
    /// `wordLength` or more normalised characters counts wherever it occurs; a shorter one (`Li`,
    /// `15`) only as whole words — a two-letter string occurs by chance inside longer words.
    /// Needles shorter than `minimumLength` are skipped.
    public static func leaks(of needles: [String], in haystack: String, minimumLength: Int = 1, wordLength: Int = 6) -> [String] {
        let normalisedHaystack = normalise(haystack)
        let words = haystack.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { normalise(String($0)) }
        return needles.filter { needle in
            let n = normalise(needle)
            guard n.count >= minimumLength, !n.isEmpty else { return false }
            if n.count >= wordLength { return normalisedHaystack.contains(n) }
            // Whole words: one word, or as many consecutive words as the needle has.
            let parts = needle.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
            guard parts > 0, words.count >= parts else { return false }
            for start in 0...(words.count - parts) where words[start..<start + parts].joined() == n { return true }
            return false
        }
    }

    /// The parts of a PDF outside its streams (dictionaries, strings, names), as Latin-1 text.
    public static func nonStreamText(ofPDF data: Data) -> String {
        let text = String(decoding: data.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "stream\n") ?? rest.range(of: "stream\r\n") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "endstream") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
