import Extraction
import Foundation

/// Text placed outside the visible part of the page (the crop box).
///
/// poppler, like most viewers, shows and extracts only what lies inside the crop box, but other
/// extractors (pdftotext by default, anything reading the media box) still find text outside it.
/// To see it, the file is read a second time with every `/CropBox` key renamed in place (same
/// length, so every offset stays valid; keys inside compressed object streams are out of reach),
/// which makes readers use the whole media box. Words that appear only in that reading lie outside
/// the crop box.
struct OutsideCropBoxCheck {
    let data: Data
    let password: String?
    let workers: Int
    let matcher: TermMatcher

    /// Problems for the words outside the crop box; `currentTexts[n - 1]` is page n's normal text.
    func problems(currentTexts: [String]) -> [Problem] {
        let key = Array("/CropBox".utf8)
        var bytes = [UInt8](data)
        var patched = false
        var i = 0
        while i + key.count <= bytes.count {
            if bytes[i] == 0x2F, bytes[i + 1] == 0x43, Array(bytes[i..<i + key.count]) == key {
                bytes[i + key.count - 1] = 0x58  // "/CropBoX": an unknown key, ignored
                patched = true
                i += key.count
            } else {
                i += 1
            }
        }
        guard patched,
            let whole = try? Extractor.extract(
                .data(Data(bytes), name: "media-box.pdf"), options: ExtractionOptions(password: password, includeBoxes: true, workers: workers)),
            whole.pages.count == currentTexts.count
        else { return [] }
        var problems: [Problem] = []
        for (page, current) in zip(whole.pages, currentTexts) {
            var remaining: [String: Int] = [:]
            for token in WordTokens.tokens(Array(current.unicodeScalars)) { remaining[token.folded, default: 0] += 1 }
            let scalars = Array(page.text.unicodeScalars)
            let boxes = page.boxes ?? []
            var extra: [WordTokens.Token] = []
            for token in WordTokens.tokens(scalars) where !token.folded.isEmpty {
                if let n = remaining[token.folded], n > 0 {
                    remaining[token.folded] = n - 1
                } else {
                    extra.append(token)
                }
            }
            for run in OutsideCropBoxCheck.lines(extra, scalars) {
                let range = run.first!.range.lowerBound..<run.last!.range.upperBound
                var box: TextBox?
                for k in range where k < boxes.count && !boxes[k].isEmpty { box = box.map { $0.union(boxes[k]) } ?? boxes[k] }
                let text = String(String.UnicodeScalarView(scalars[range]))
                guard !run.allSatisfy({ PlaceholderText.isPlaceholder(scalars[$0.range]) }) else { continue }
                problems.append(
                    Problem(
                        kind: .invisibleText, severity: .warning, page: page.number, box: box, location: "outside the crop box", text: text,
                        hint: "text lies outside the visible page (crop box): viewers do not show it, but pdftotext and other extractors read it; the box is in media-box coordinates"
                    ))
                problems += TermCheck.textProblems(matcher: matcher, text: text, location: "text outside the crop box", page: page.number)
            }
        }
        return problems
    }

    /// Groups tokens into runs of consecutive tokens on one line.
    static func lines(_ tokens: [WordTokens.Token], _ scalars: [Unicode.Scalar]) -> [[WordTokens.Token]] {
        var runs: [[WordTokens.Token]] = []
        for token in tokens {
            if let last = runs.last?.last,
                !scalars[last.range.upperBound..<token.range.lowerBound].contains(where: { NormalizedText.isLineBreak($0) }),
                last.range.upperBound <= token.range.lowerBound
            {
                runs[runs.count - 1].append(token)
            } else {
                runs.append([token])
            }
        }
        return runs
    }
}
