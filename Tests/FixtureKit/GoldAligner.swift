/// Finds gold spans of a corpus `.txt` in the text of the corpus `.pdf`, whose line breaks,
/// hyphenation, page breaks and running headers differ.
///
/// A string is searched scalar by scalar; between two of its characters the PDF text may have
/// line breaks and spaces (a broken line, a table cell), a hyphen and a line break (hyphenation),
/// or — across a form feed — up to three lines of running footer and header, which are not part
/// of the match (the match is then split into several ranges). The k-th occurrence of a string in
/// the `.txt` is taken to be its k-th occurrence in the PDF text.
public enum GoldAligner {
    /// A gold span found in the PDF text: one range, or several when headers/footers split it.
    public struct Alignment: Sendable {
        public var span: GoldSpan
        public var ranges: [Range<Int>]
    }

    /// Aligns `spans` (offsets into `txt`) with `pdfText`. Spans not found, or found a different
    /// number of times in the two texts, are returned in `unmatched`.
    public static func align(_ spans: [GoldSpan], txt: String, pdfText: String) -> (aligned: [Alignment], unmatched: [GoldSpan]) {
        let txtScalars = Array(txt.unicodeScalars)
        let pdfScalars = Array(pdfText.unicodeScalars)
        var txtCache: [String: [[Range<Int>]]] = [:]
        var pdfCache: [String: [[Range<Int>]]] = [:]
        var aligned: [Alignment] = []
        var unmatched: [GoldSpan] = []
        for span in spans {
            let inTxt = txtCache[span.text] ?? matches(of: span.text, in: txtScalars)
            txtCache[span.text] = inTxt
            let inPDF = pdfCache[span.text] ?? matches(of: span.text, in: pdfScalars)
            pdfCache[span.text] = inPDF
            guard let occurrence = inTxt.firstIndex(where: { $0.first?.lowerBound == span.start }), !inPDF.isEmpty else {
                unmatched.append(span)
                continue
            }
            if inTxt.count == inPDF.count {
                aligned.append(Alignment(span: span, ranges: inPDF[occurrence]))
                continue
            }
            // Different counts (a running header repeats the string): pick the PDF occurrence whose
            // surrounding words agree best with the .txt occurrence's.
            let wanted = context(of: inTxt[occurrence], in: txtScalars)
            let best = inPDF.indices.max { a, b in
                agreement(wanted, context(of: inPDF[a], in: pdfScalars)) < agreement(wanted, context(of: inPDF[b], in: pdfScalars))
            }!
            aligned.append(Alignment(span: span, ranges: inPDF[best]))
        }
        return (aligned, unmatched)
    }

    /// Up to 24 letters and digits before and after a match, lower-cased.
    static func context(of ranges: [Range<Int>], in hay: [Unicode.Scalar]) -> (before: [Unicode.Scalar], after: [Unicode.Scalar]) {
        func letters(_ indices: some Sequence<Int>) -> [Unicode.Scalar] {
            var out: [Unicode.Scalar] = []
            for i in indices where isWordCharacter(hay[i]) {
                out.append(contentsOf: String(hay[i]).lowercased().unicodeScalars)
                if out.count >= 24 { break }
            }
            return out
        }
        return (letters(stride(from: ranges.first!.lowerBound - 1, through: 0, by: -1)), letters(ranges.last!.upperBound..<hay.count))
    }

    /// How many context characters agree, counting outwards from the match.
    static func agreement(_ a: (before: [Unicode.Scalar], after: [Unicode.Scalar]), _ b: (before: [Unicode.Scalar], after: [Unicode.Scalar])) -> Int {
        zip(a.before, b.before).prefix { $0 == $1 }.count + zip(a.after, b.after).prefix { $0 == $1 }.count
    }

    /// Every non-overlapping match of `needle` in `hay`, each as its ranges.
    public static func matches(of needle: String, in hay: [Unicode.Scalar]) -> [[Range<Int>]] {
        var chars: [Unicode.Scalar] = []
        var spaceBefore: [Bool] = []
        var pendingSpace = false
        for scalar in needle.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                chars.append(scalar)
                spaceBefore.append(pendingSpace && !chars.isEmpty)
                pendingSpace = false
            }
        }
        guard let first = chars.first else { return [] }
        var found: [[Range<Int>]] = []
        var position = 0
        while position < hay.count {
            if hay[position] == first, !isWordContinuation(hay, before: position, first),
                let ranges = match(chars, spaceBefore, hay, k: 1, p: position + 1, segmentStart: position, acc: [])
            {
                found.append(ranges)
                position = ranges.last!.upperBound
            } else {
                position += 1
            }
        }
        return found
    }

    private static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private static func isWordContinuation(_ hay: [Unicode.Scalar], before position: Int, _ first: Unicode.Scalar) -> Bool {
        position > 0 && isWordCharacter(first) && isWordCharacter(hay[position - 1])
    }

    private static func match(
        _ chars: [Unicode.Scalar], _ spaceBefore: [Bool], _ hay: [Unicode.Scalar], k: Int, p: Int, segmentStart: Int,
        acc: [Range<Int>]
    ) -> [Range<Int>]? {
        if k == chars.count {
            // Whole words only: the match must not run on into a letter or digit.
            if p < hay.count, isWordCharacter(chars[k - 1]), isWordCharacter(hay[p]) { return nil }
            return acc + [segmentStart..<p]
        }
        let c = chars[k]
        func next(_ q: Int, _ newSegment: Int?, _ acc: [Range<Int>]) -> [Range<Int>]? {
            guard q < hay.count, hay[q] == c else { return nil }
            return match(chars, spaceBefore, hay, k: k + 1, p: q + 1, segmentStart: newSegment ?? segmentStart, acc: acc)
        }
        // Directly adjacent (also for a space in the needle: table cells glued together).
        if let r = next(p, nil, acc) { return r }
        // Spaces and line breaks.
        var q = p
        var sawBreak = false
        while q < hay.count, hay[q] == " " || hay[q] == "\n" || hay[q] == "\t" {
            if hay[q] == "\n" { sawBreak = true }
            q += 1
        }
        if q > p, spaceBefore[k] || sawBreak, let r = next(q, nil, acc) { return r }
        // Hyphenation at a line end.
        if p + 1 < hay.count, hay[p] == "-", hay[p + 1] == "\n", c != "-", chars[k - 1] != "-", let r = next(p + 2, nil, acc) {
            return r
        }
        // A page break with running footer/header lines in between.
        var cursor = p
        if cursor < hay.count, hay[cursor] == "-" { cursor += 1 }
        var lines = 0
        while cursor < hay.count, hay[cursor] != "\u{0C}", lines <= 3, cursor - p < 300 {
            if hay[cursor] == "\n" { lines += 1 }
            cursor += 1
        }
        guard cursor < hay.count, hay[cursor] == "\u{0C}" else { return nil }
        var lineStart = cursor + 1
        for _ in 0...3 {
            var start = lineStart
            while start < hay.count, hay[start] == " " { start += 1 }
            if let r = next(start, start, acc + [segmentStart..<p]) { return r }
            guard let newline = hay[lineStart...].firstIndex(of: "\n"), newline - lineStart < 200 else { break }
            lineStart = newline + 1
        }
        return nil
    }
}
