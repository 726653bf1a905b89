/// Tables whose cells are not separated by TABs — what a PDF's text layer gives: cells joined by
/// spaces, header cells wrapped over several short lines ("Datum⏎rođenja", "Путна⏎исправа"),
/// rows numbered "1." and wrapped too. A careful reader still knows which header a cell is
/// under; these helpers recover the parts of that the detectors need.
extension ScanContext {
    /// The table whose header holds the word at `headerWord`: where the header starts (up to two
    /// short lines before the word's line) and the range of its rows (from the first line after
    /// the header that holds a date, a row number or an identifier, up to a blank line, a page
    /// break or a line of prose). Nil when the word is in a sentence or in a TAB table.
    func untabbedTable(headerWord: Range<Int>) -> (headerStart: Int, rows: Range<Int>)? {
        let wordLine = lineStart(headerWord.lowerBound)
        guard !lineHasDigits(wordLine), !lineHasTab(headerWord.lowerBound), isHeaderLine(wordLine) else { return nil }
        var headerStart = wordLine
        for _ in 0..<2 {
            guard headerStart >= 2, !isNewline(headerStart - 2) else { break }
            let previous = lineStart(headerStart - 1)
            guard isHeaderLine(previous) else { break }
            headerStart = previous
        }
        var rowsStart = lineEnd(headerWord.lowerBound) + 1
        var headerLines = 0
        while rowsStart < count, !isNewline(rowsStart), headerLines < 8, !lineHasDigits(rowsStart) {
            guard isHeaderLine(rowsStart) else { return nil }
            rowsStart = lineEnd(rowsStart) + 1
            headerLines += 1
        }
        guard rowsStart < count, !isNewline(rowsStart), !isProse(rowsStart..<lineEnd(rowsStart)) else { return nil }
        var end = rowsStart
        var lines = 0
        while end < count, lines < 60 {
            let lineEnd = lineEnd(end)
            if lineEnd == end || isProse(end..<lineEnd) { break }
            lines += 1
            end = lineEnd + 1
            if lineEnd < count, self.is(lineEnd, "\u{0C}") { break }
        }
        return (headerStart, rowsStart..<min(end, count))
    }

    static let dateColumnWords = FoldedWordSet(Lexicon.folded(["datum", "date", "dat", "datuma"]))

    /// Which of the header's date columns ("Datum rođenja", "Датум идентификације", "Date") the
    /// word at `word` names, counting from 0 in reading order.
    func dateColumnIndex(of word: Range<Int>, headerStart: Int) -> Int {
        // The column starts at "Datum" right before the word, over wrapped fragments ("Датум⏎о⏎рођења").
        var columnStart = word.lowerBound
        var i = word.lowerBound
        for _ in 0..<3 {
            guard let previous = wordBefore(i, skipping: "", crossLines: true) else { break }
            if Self.dateColumnWords.contains(self.word(previous)) { columnStart = previous.lowerBound; break }
            guard previous.count <= 2 else { break }
            i = previous.lowerBound
        }
        var column = 0
        i = headerStart
        while i < columnStart {
            if isLetter(i), !isWord(i - 1) {
                let w = i..<wordEnd(from: i)
                if Self.dateColumnWords.contains(self.word(w)) { column += 1 }
                i = w.upperBound
            } else {
                i += 1
            }
        }
        return column
    }

    /// The rows of a table: lines, or when the first line starts with a row number ("1."), the
    /// lines from one row number to the next (a wrapped row).
    func tableRows(_ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let numbered = startsWithRowNumber(range.lowerBound, limit: range.upperBound)
        var rowStart = range.lowerBound
        var line = range.lowerBound
        while line < range.upperBound {
            let next = min(lineEnd(line) + 1, range.upperBound)
            if !numbered {
                result.append(line..<lineEnd(line))
            } else if next >= range.upperBound || startsWithRowNumber(next, limit: range.upperBound) {
                result.append(rowStart..<min(lineEnd(next - 1), range.upperBound))
                rowStart = next
            }
            line = next
        }
        return result
    }

    /// Whether the line at `line` starts with a row number "1." / "12)"; its end if so.
    func rowNumberEnd(_ line: Int, limit: Int) -> Int? {
        var i = line
        while i < limit, isDigit(i), i - line < 3 { i += 1 }
        guard i > line, i < limit, self.is(i, ".") || self.is(i, ")"), i + 1 >= count || !isDigit(i + 1) else { return nil }
        return i + 1
    }

    func startsWithRowNumber(_ line: Int, limit: Int) -> Bool {
        rowNumberEnd(line, limit: limit) != nil
    }

    /// A short line that is no sentence: at most twelve words, at most five of them lower case.
    func isHeaderLine(_ start: Int) -> Bool {
        let end = lineEnd(start)
        guard end > start, end - start < 200 else { return false }
        var words = 0, lower = 0
        var i = start
        while i < end {
            if isWord(i) {
                let word = i..<wordEnd(from: i)
                words += 1
                if !isCapitalized(word) && isLetter(i) && word.count > 2 { lower += 1 }
                i = word.upperBound
            } else {
                i += 1
            }
        }
        return words > 0 && words <= 12 && lower <= 5
    }

    /// A line with eight or more lower-case words of three letters or more.
    func isProse(_ line: Range<Int>) -> Bool {
        var lower = 0
        var i = line.lowerBound
        while i < line.upperBound {
            if isWord(i) {
                let word = i..<wordEnd(from: i)
                if isLetter(i) && !isCapitalized(word) && word.count > 2 { lower += 1 }
                i = word.upperBound
            } else {
                i += 1
            }
        }
        return lower >= 8
    }

    /// Whether the line starting at `start` (a line start) has a digit. The first 256 bytes are
    /// read as flags, eight at a time, up to the line break (a digit flag is an ASCII digit, a
    /// newline flag a line break: what `digitRuns` and `lineBreaks` record); a longer line is
    /// answered from the digit runs.
    func lineHasDigits(_ start: Int) -> Bool {
        assert(start == 0 || start >= count || !isDigit(start - 1), "lineHasDigits needs a line start")
        let limit = min(start + 256, count)
        let base = UnsafeRawPointer(text.flags.baseAddress.unsafelyUnwrapped)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var j = start
        while j + 8 <= limit {
            let w = base.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            let breaks = w & (ones &* UInt64(Flags.newline))
            let digits = w & (ones &* UInt64(Flags.digit))
            if breaks != 0 {
                // Only the digits before the first line break count.
                return digits & ((1 &<< UInt64(breaks.trailingZeroBitCount & ~7)) &- 1) != 0
            }
            if digits != 0 { return true }
            j &+= 8
        }
        while j < limit {
            let f = text.flags[j]
            if f & Flags.newline != 0 { return false }
            if f & Flags.digit != 0 { return true }
            j &+= 1
        }
        guard limit < count else { return false }
        let end = lineEnd(start)
        let k = digitRuns.firstIndex(lowerBoundAtLeast: start)
        return k < digitRuns.count && digitRuns[k].lowerBound < end
    }

    /// Rows of untabbed tables whose header holds a word of the given cue kinds (for example a
    /// passport column), as sorted ranges.
    func untabbedColumnRows(_ kinds: CueSet) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lastRows = -1
        for hit in cueHits where kinds.contains(hit.cue) {
            guard let table = untabbedTable(headerWord: hit.start..<hit.end), table.rows.lowerBound != lastRows else { continue }
            lastRows = table.rows.lowerBound
            result.append(table.rows)
        }
        return result
    }
}

extension ScanContext {
    /// Whether `word` is (a case form of) a given name the text introduces right after a
    /// defendant or official cue ("okrivljenim Dušanom", "judge Mira"). Computed once per scan.
    func isKeptPartyGivenName(_ word: Range<Int>) -> Bool {
        if keptGivenNames == nil {
            // Every case form of every such name, so a lookup is one set query.
            var names = Set<String>()
            var seen = FoldedKeyMap<Bool>()
            // One pass over the flags per cue (the cheap tests first): a capitalized word after the
            // cue (over spaces and line breaks), one space, then a capitalized word on the same line.
            let flags = text.flags.baseAddress.unsafelyUnwrapped
            let n = count
            /// Whether the first letter of the word starting at `i` is upper case.
            func startsUpper(_ i: Int) -> Bool {
                var i = i
                while i < n {
                    let f = flags[i]
                    if f & Flags.letter != 0 { return f & Flags.upper != 0 }
                    if f & Flags.wordChar == 0 { return false }
                    i &+= 1
                }
                return false
            }
            // The candidate words, read from the cue hits as a buffer (no bounds check or retain per hit).
            let candidates: [Range<Int>] = cueHits.withUnsafeBufferPointer { hits in
                var found: [Range<Int>] = []
                for hit in hits where hit.cue == .defendant || hit.cue == .official {
                    var j = hit.end
                    while j < n, flags[j] & Flags.wordChar == 0 {
                        guard flags[j] & Flags.space != 0 else { break }
                        j &+= 1
                    }
                    guard j < n, flags[j] & Flags.wordChar != 0, startsUpper(j) else { continue }
                    let next = j..<wordEnd(from: j)
                    let gap = next.upperBound
                    guard gap + 1 < n, flags[gap] & Flags.space != 0, flags[gap] & Flags.newline == 0, flags[gap + 1] & Flags.wordChar != 0,
                        startsUpper(gap + 1), !isAllCaps(next)
                    else { continue }
                    found.append(next)
                }
                return found
            }
            for next in candidates where seen.insert(self.word(next), true) {
                for nominative in Declension.possibleNominatives(of: string(next)) where names.insert(nominative).inserted {
                    for form in Declension.forms(of: nominative, gender: .unknown, possessive: false) { names.insert(form.text) }
                }
            }
            keptGivenNames = names
        }
        guard let names = keptGivenNames, !names.isEmpty else { return false }
        if keptGivenNameAnswers == nil { keptGivenNameAnswers = FoldedKeyMap<Bool>() }
        if let known = keptGivenNameAnswers![self.word(word)] { return known }
        let answer = names.contains(string(word))
        keptGivenNameAnswers!.set(self.word(word), answer)
        return answer
    }
}
