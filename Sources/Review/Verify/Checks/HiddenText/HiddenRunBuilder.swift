import Extraction

/// Groups hidden characters into reportable runs and drops what is not a leak.
///
/// - Runs never cross a line break. A run under a box may contain spaces and punctuation whose
///   glyph happens to show (a slash on a hatch line) when hidden characters follow on the same line.
/// - Invisible text is reported word by word: a word counts only when all of its letters and
///   digits render as nothing, and a run needs at least two of them (an OCR layer that is slightly
///   off its scan leaves single characters over white gaps; a white-on-white name is whole words).
/// - A run whose every touched word is a placeholder (`PlaceholderText`: "REDACTED", "XXXX",
///   "(b)(6)", only punctuation) is dropped.
/// - Each run is marked *embedded* when it belongs to the page's visible text: it shares a line
///   with visible text-layer letters, or sits directly above or below them (within 1.5 line heights,
///   overlapping horizontally), or is connected in that way to another embedded run (a blacked-out
///   paragraph). Text that exists only inside boxes on a page whose visible text is a picture is
///   what redaction tools write as box labels (overlay text, stamps); it is reported with a lower
///   severity.
struct HiddenRunBuilder {
    let scalars: [Unicode.Scalar]
    let boxes: [TextBox]
    let visibility: [CharacterVisibility]

    func build() -> [HiddenRun] {
        var runs: [HiddenRun] = []
        for line in lineRanges() {
            runs += boxRuns(in: line)
            runs += invisibleRuns(in: line)
        }
        markEmbedded(&runs)
        return runs.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Lines and words

    private func lineRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, s) in scalars.enumerated() where NormalizedText.isLineBreak(s) {
            if i > start { ranges.append(start..<i) }
            start = i + 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    /// Maximal runs of non-whitespace scalars within `line`.
    private func words(in line: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for i in line {
            if scalars[i].properties.isWhitespace {
                if let s = start { words.append(s..<i) }
                start = nil
            } else if start == nil {
                start = i
            }
        }
        if let s = start { words.append(s..<line.upperBound) }
        return words
    }

    private func family(_ index: Int) -> HiddenRun.Family? {
        switch visibility[index].cover {
        case .darkBox?, .colourBox?: return .underBox
        case .blank?, .outsidePage?: return .invisible
        default: return nil
        }
    }

    private func isWordScalar(_ index: Int) -> Bool { NormalizedText.isWordScalar(scalars[index]) }

    // MARK: Runs under boxes

    private func boxRuns(in line: Range<Int>) -> [HiddenRun] {
        var runs: [HiddenRun] = []
        var i = line.lowerBound
        while i < line.upperBound {
            guard family(i) == .underBox else {
                i += 1
                continue
            }
            var end = i + 1  // exclusive end of the run so far (last hidden character + 1)
            var j = i + 1
            while j < line.upperBound {
                if family(j) == .underBox {
                    end = j + 1
                } else if visibility[j] == .notApplicable || (!isWordScalar(j) && family(j) == nil) {
                    // Space or punctuation: part of the run only if hidden characters follow.
                } else {
                    break
                }
                j += 1
            }
            if let run = makeRun(.underBox, i..<end, line: line) { runs.append(run) }
            i = max(end, j)
        }
        return runs
    }

    // MARK: Invisible runs

    private func invisibleRuns(in line: Range<Int>) -> [HiddenRun] {
        var runs: [HiddenRun] = []
        var current: Range<Int>?
        for word in words(in: line) {
            let letters = word.filter(isWordScalar)
            let invisible = !letters.isEmpty && letters.allSatisfy { family($0) == .invisible }
            if invisible {
                current = current.map { $0.lowerBound..<word.upperBound } ?? word
            } else {
                if let c = current, let run = makeRun(.invisible, c, line: line) { runs.append(run) }
                current = nil
            }
        }
        if let c = current, let run = makeRun(.invisible, c, line: line) { runs.append(run) }
        return runs
    }

    // MARK: Filtering

    private func makeRun(_ family: HiddenRun.Family, _ range: Range<Int>, line: Range<Int>) -> HiddenRun? {
        let letters = range.filter(isWordScalar).count
        guard letters >= (family == .invisible ? 2 : 1) else { return nil }
        // Every word the run touches, whole.
        let touched = words(in: line).filter { $0.overlaps(range) }
        if touched.allSatisfy({ PlaceholderText.isPlaceholder(scalars[$0]) }) { return nil }
        var box: TextBox?
        var covers: [CharacterVisibility.Cover: Int] = [:]
        for i in range where !boxes[i].isEmpty && visibility[i] != .notApplicable {
            box = box.map { $0.union(boxes[i]) } ?? boxes[i]
            if let cover = visibility[i].cover { covers[cover, default: 0] += 1 }
        }
        guard let box else { return nil }
        let cover = covers.max { $0.value < $1.value || ($0.value == $1.value && "\($0.key)" > "\($1.key)") }?.key
            ?? (family == .underBox ? .darkBox : .blank)
        return HiddenRun(family: family, cover: cover, range: range, box: box)
    }

    // MARK: Embedding

    private func markEmbedded(_ runs: inout [HiddenRun]) {
        guard !runs.isEmpty else { return }
        // The extent of visible letters and digits on each line.
        var visibleLines: [TextBox] = []
        for line in lineRanges() {
            var extent: TextBox?
            for i in line where visibility[i] == .visible && isWordScalar(i) && !boxes[i].isEmpty {
                extent = extent.map { $0.union(boxes[i]) } ?? boxes[i]
            }
            if let extent { visibleLines.append(extent) }
        }
        for k in runs.indices {
            runs[k].isEmbedded = visibleLines.contains { HiddenRunBuilder.belongTogether(runs[k].box, $0) }
        }
        // Spread through blacked-out paragraphs.
        var changed = true
        while changed {
            changed = false
            for k in runs.indices where !runs[k].isEmbedded {
                if runs.contains(where: { $0.isEmbedded && HiddenRunBuilder.belongTogether(runs[k].box, $0.box) }) {
                    runs[k].isEmbedded = true
                    changed = true
                }
            }
        }
    }

    /// Same line (vertical overlap of at least half the smaller height), or neighbouring lines
    /// (gap up to 1.5 line heights) that overlap horizontally.
    static func belongTogether(_ a: TextBox, _ b: TextBox) -> Bool {
        let overlap = min(a.maxY, b.maxY) - max(a.y, b.y)
        let smaller = min(a.height, b.height)
        if overlap >= 0.5 * smaller { return true }
        let gap = max(0, max(a.y, b.y) - min(a.maxY, b.maxY))
        let lineHeight = max(a.height, b.height)
        return gap <= 1.5 * lineHeight && a.x < b.maxX && b.x < a.maxX
    }
}
