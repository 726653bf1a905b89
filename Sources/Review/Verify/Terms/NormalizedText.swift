/// A text folded for searching (see `TextFolding`), remembering where each folded scalar came from.
///
/// Two forms exist. The *spaced* form keeps one space wherever the original had whitespace or
/// punctuation, so words stay words ("J. M." and "J.M." both become "j m"). The *dense* form keeps
/// letters and digits only, so identifiers match however they are grouped ("RS35 1600…" and
/// "RS351600…"). In both, hyphens disappear, and a hyphen at the end of a line disappears together
/// with the line break ("Marko-\nvić" → "markovic"). Every folded scalar knows whether it was glued
/// to the one before it in the original, so a match can be required to start and end at a word
/// boundary without looking at the original again.
struct NormalizedText {
    enum Form {
        case spaced
        case dense
    }

    private(set) var scalars: [Unicode.Scalar] = []
    /// Original scalar offset where each folded scalar starts.
    private(set) var origins: [Int] = []
    /// Original scalar offset just past the original scalar(s) each folded scalar came from.
    private(set) var originEnds: [Int] = []
    /// True when the folded scalar follows the previous one without any separator in the original.
    private(set) var joined: [Bool] = []

    var count: Int { scalars.count }

    init(_ text: String, form: Form) {
        self.init(Array(text.unicodeScalars), form: form)
    }

    init(_ original: [Unicode.Scalar], form: Form) {
        scalars.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        originEnds.reserveCapacity(original.count)
        joined.reserveCapacity(original.count)
        var separated = true  // a separator since the last emitted letter or digit
        var folded: [Unicode.Scalar] = []
        var index = 0
        while index < original.count {
            let scalar = original[index]
            if NormalizedText.isHyphen(scalar) {
                // A hyphen (or soft hyphen) at the end of a line joins the two halves of a word.
                var next = index + 1
                var sawLineBreak = false
                while next < original.count, original[next].properties.isWhitespace {
                    if NormalizedText.isLineBreak(original[next]) { sawLineBreak = true }
                    next += 1
                }
                if sawLineBreak || scalar == "\u{00AD}" {
                    index = sawLineBreak ? next : index + 1
                    continue
                }
                separated = true
                index += 1
                continue
            }
            if NormalizedText.isWordScalar(scalar) {
                folded.removeAll(keepingCapacity: true)
                TextFolding.fold(scalar, into: &folded)
                for (n, f) in folded.enumerated() where !f.properties.isWhitespace {
                    let glued = !(separated && n == 0)
                    // "dj" → "d" (Đorđević = Djordjevic = Ђорђевић).
                    if f == "j", glued, scalars.last == "d", !(n == 0 && separated) {
                        originEnds[originEnds.count - 1] = index + 1
                        continue
                    }
                    scalars.append(f)
                    origins.append(index)
                    originEnds.append(index + 1)
                    joined.append(glued)
                }
                if !folded.isEmpty { separated = false }
                index += 1
                continue
            }
            if TextFolding.isCombiningMark(scalar) {
                // A combining mark with its own box: part of the letter before it.
                if !originEnds.isEmpty, !separated { originEnds[originEnds.count - 1] = index + 1 }
                index += 1
                continue
            }
            // Whitespace, punctuation, symbols: a word boundary.
            if form == .spaced, let last = scalars.last, last != " " {
                scalars.append(" ")
                origins.append(index)
                originEnds.append(index + 1)
                joined.append(false)
            }
            separated = true
            index += 1
        }
        if form == .spaced, scalars.last == " " {
            scalars.removeLast()
            origins.removeLast()
            originEnds.removeLast()
            joined.removeLast()
        }
    }

    /// Every occurrence of `needle` (in the same form) that starts and ends at a word boundary,
    /// as original scalar ranges.
    func occurrences(of needle: [Unicode.Scalar]) -> [Range<Int>] {
        guard let first = needle.first, needle.count <= scalars.count else { return [] }
        var found: [Range<Int>] = []
        let last = scalars.count - needle.count
        var i = 0
        while i <= last {
            if scalars[i] == first, matches(needle, at: i), isBoundary(before: i, edge: needle[0]),
                isBoundary(after: i + needle.count, edge: needle[needle.count - 1])
            {
                found.append(origins[i]..<originEnds[i + needle.count - 1])
                i += needle.count
                continue
            }
            i += 1
        }
        return found
    }

    private func matches(_ needle: [Unicode.Scalar], at start: Int) -> Bool {
        for k in 1..<needle.count where scalars[start + k] != needle[k] { return false }
        return true
    }

    private func isBoundary(before index: Int, edge: Unicode.Scalar) -> Bool {
        index == 0 || scalars[index - 1] == " " || !joined[index] || NormalizedText.isUnspacedScript(edge)
            || NormalizedText.isUnspacedScript(scalars[index - 1])
    }

    private func isBoundary(after index: Int, edge: Unicode.Scalar) -> Bool {
        index == scalars.count || scalars[index] == " " || !joined[index] || NormalizedText.isUnspacedScript(edge)
            || NormalizedText.isUnspacedScript(scalars[index])
    }

    // MARK: Scalar classes

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x002D, 0x00AD, 0x2010, 0x2011: return true
        default: return false
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Scripts written without spaces between words (Han, kana, Thai…): no word boundary needed.
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x2E80 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF)
            || (v >= 0x0E00 && v <= 0x0EFF) || (v >= 0x1000 && v <= 0x109F) || (v >= 0xAC00 && v <= 0xD7AF)
    }
}
