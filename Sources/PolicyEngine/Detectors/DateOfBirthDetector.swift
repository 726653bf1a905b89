/// Dates of birth in every common style of both scripts and English (`03.03.1996.`, `3. 3. 1996.`,
/// `14. marta 2007.`, `21. новембра 1994.`, `5 August 1995`, `August 5, 1995`, `1996-03-03`,
/// `17/12/2005`, a bare year) — only when a birth word governs the date or it sits in a
/// date-of-birth column. Hearing and filing dates stay.
struct DateOfBirthDetector: Detector {
    static let name = "date-of-birth"
    static let summary = "dates of birth in any style, when a birth word or a birth-date column governs them"
    static let birthHeader = Lexicon.WordMatcher([.birth])
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        var skipUntil = 0
        for run in scan.digitRuns where run.lowerBound >= skipUntil && run.count <= 4 {
            guard !scan.isGlued(before: run.lowerBound, glue: "./-") else { continue }
            // Cheap test first: a birth word shortly before, or a table cell (a TAB on the line).
            let nearCue = scan.nearestCue([.birth], before: run.lowerBound, within: 48)
            if nearCue == nil && !scan.lineHasTab(run.lowerBound) { continue }
            guard let (start, end, style) = Self.parseDate(scan, run) else { continue }
            let cue = scan.nearestCue([.birth], before: start, within: 36)
            let column = cue == nil && scan.headerMatches(Self.birthHeader, at: start)
            guard cue != nil || column else { continue }
            if style == .year && cue != nil {
                // A bare year needs the birth word right before it ("rođen 1981.", "born in 1990").
                guard let previous = scan.wordBefore(start), previous.upperBound >= cue!.start,
                    scan.nearestCue([.birth], before: start, within: start - previous.lowerBound + 8) != nil || scan.equals(previous, "in")
                else { continue }
            }
            var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.9, matched: .date(style.label))
            scan.addEvidence(&candidate, cue.map { .folded(start: $0.start, end: $0.end) } ?? .literal("table column: date of birth"), 0)
            candidate.person = scan.anchorPerson(before: start)
            scan.emit(candidate)
            skipUntil = end
        }
        // Tables whose cells are not TAB-separated (a PDF's text layer): a header naming a birth
        // date governs the same-numbered date of every row under it.
        var doneHeaders = Set<Int>()
        for hit in scan.cueHits where hit.cue == .birth {
            guard let table = Self.untabbedTable(scan, birthCue: hit), doneHeaders.insert(table.rows.lowerBound).inserted else { continue }
            for row in Self.rows(scan, table.rows) {
                let dates = Self.dates(scan, in: row)
                guard table.column < dates.count else { continue }
                let (start, end, style) = dates[table.column]
                var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.9, matched: .date(style.label))
                scan.addEvidence(&candidate, .literal("table column: date of birth"), 0)
                candidate.person = scan.anchorPerson(before: start)
                scan.emit(candidate)
            }
        }
    }

    static let dateColumnWords = FoldedWordSet(Lexicon.folded(["datum", "date", "dat", "datuma"]))

    /// A table header (short lines, no sentence) holding the birth cue, whose rows follow on the
    /// next lines without TABs: which of the header's date columns is the birth date, and the
    /// range of the rows (up to the first line of prose or a blank line).
    static func untabbedTable(_ scan: ScanContext, birthCue hit: ScanContext.CueHit) -> (column: Int, rows: Range<Int>)? {
        let cueLine = scan.lineStart(hit.start)
        guard !scan.lineHasTab(hit.start), isHeaderLine(scan, cueLine) else { return nil }
        // The header may be wrapped over a few lines: up to two short lines before, and lines
        // after until the first that holds a date.
        var headerStart = cueLine
        for _ in 0..<2 {
            guard headerStart >= 2, !scan.isNewline(headerStart - 2) || scan.is(headerStart - 2, "\r") else { break }
            let previous = scan.lineStart(headerStart - 1)
            guard isHeaderLine(scan, previous) else { break }
            headerStart = previous
        }
        var rowsStart = scan.lineEnd(hit.start) + 1
        var headerLines = 0
        while rowsStart < scan.count, !scan.isNewline(rowsStart), headerLines < 4, dates(scan, in: rowsStart..<scan.lineEnd(rowsStart)).isEmpty {
            guard isHeaderLine(scan, rowsStart) else { return nil }
            rowsStart = scan.lineEnd(rowsStart) + 1
            headerLines += 1
        }
        guard rowsStart < scan.count, !scan.isNewline(rowsStart) else { return nil }
        // Which date column: count the date columns that start before the birth cue's.
        var columnStart = hit.start
        if let previous = scan.wordBefore(hit.start, skipping: "", crossLines: true), dateColumnWords.contains(scan.word(previous)) {
            columnStart = previous.lowerBound
        }
        var column = 0
        var i = headerStart
        while i < columnStart {
            if scan.isLetter(i), !scan.isWord(i - 1) {
                let word = i..<scan.wordEnd(from: i)
                if dateColumnWords.contains(scan.word(word)) { column += 1 }
                i = word.upperBound
            } else {
                i += 1
            }
        }
        // Rows: until a blank line, a page break, or a line of prose.
        var end = rowsStart
        var lines = 0
        while end < scan.count, lines < 60 {
            let lineEnd = scan.lineEnd(end)
            if lineEnd == end || isProse(scan, end..<lineEnd) { break }
            lines += 1
            end = lineEnd + 1
            if lineEnd < scan.count, scan.is(lineEnd, "\u{0C}") { break }
        }
        guard lines > 0 else { return nil }
        return (column, rowsStart..<min(end, scan.count))
    }

    /// A short line that is no sentence: at most twelve words, at most five of them lower case.
    static func isHeaderLine(_ scan: ScanContext, _ start: Int) -> Bool {
        let end = scan.lineEnd(start)
        guard end > start, end - start < 200 else { return false }
        var words = 0, lower = 0
        var i = start
        while i < end {
            if scan.isWord(i) {
                let word = i..<scan.wordEnd(from: i)
                words += 1
                if !scan.isCapitalized(word) && scan.isLetter(i) && word.count > 2 { lower += 1 }
                i = word.upperBound
            } else {
                i += 1
            }
        }
        return words > 0 && words <= 12 && lower <= 5
    }

    /// A line with eight or more lower-case words of three letters or more.
    static func isProse(_ scan: ScanContext, _ line: Range<Int>) -> Bool {
        var lower = 0
        var i = line.lowerBound
        while i < line.upperBound {
            if scan.isWord(i) {
                let word = i..<scan.wordEnd(from: i)
                if scan.isLetter(i) && !scan.isCapitalized(word) && word.count > 2 { lower += 1 }
                i = word.upperBound
            } else {
                i += 1
            }
        }
        return lower >= 8
    }

    /// The rows of a table: lines, or when the first line starts with a row number ("1."), the
    /// lines from one row number to the next (a wrapped row).
    static func rows(_ scan: ScanContext, _ range: Range<Int>) -> [Range<Int>] {
        func startsWithRowNumber(_ line: Int) -> Bool {
            var i = line
            while i < range.upperBound, scan.isDigit(i), i - line < 3 { i += 1 }
            return i > line && i < range.upperBound && (scan.is(i, ".") || scan.is(i, ")")) && (i + 1 >= scan.count || !scan.isDigit(i + 1))
        }
        var result: [Range<Int>] = []
        let numbered = startsWithRowNumber(range.lowerBound)
        var rowStart = range.lowerBound
        var line = range.lowerBound
        while line < range.upperBound {
            let next = min(scan.lineEnd(line) + 1, range.upperBound)
            if !numbered {
                result.append(line..<scan.lineEnd(line))
            } else if next >= range.upperBound || startsWithRowNumber(next) {
                result.append(rowStart..<min(scan.lineEnd(next - 1), range.upperBound))
                rowStart = next
            }
            line = next
        }
        return result
    }

    /// The dates in a row, in order (digit runs inside a longer number, a phone or a row number
    /// are no dates).
    static func dates(_ scan: ScanContext, in row: Range<Int>) -> [(Int, Int, Style)] {
        var result: [(Int, Int, Style)] = []
        var k = ScanContext.lowerBound(scan.digitRuns, row.lowerBound) { $0.lowerBound }
        var skipUntil = row.lowerBound
        while k < scan.digitRuns.count, scan.digitRuns[k].lowerBound < row.upperBound {
            let run = scan.digitRuns[k]
            k += 1
            guard run.lowerBound >= skipUntil, run.count <= 4, !scan.isGlued(before: run.lowerBound, glue: "./-+") else { continue }
            if run.lowerBound >= 2, scan.is(run.lowerBound - 1, " "), scan.isDigit(run.lowerBound - 2) { continue }
            guard let (start, end, style) = parseDate(scan, run), end <= row.upperBound + 1 else { continue }
            if style == .year, end < scan.count, scan.is(end, " ") || scan.is(end, "-"), scan.isDigit(end + 1) { continue }
            result.append((start, end, style))
            skipUntil = end
        }
        return result
    }

    enum Style {
        case iso, monthDayYear, numeric, dayMonthYear, year

        var label: StaticString {
            switch self {
            case .iso: return "ISO"
            case .monthDayYear: return "month name, day, year"
            case .numeric: return "numeric"
            case .dayMonthYear: return "day, month name, year"
            case .year: return "year"
            }
        }
    }

    /// A date starting at the digit run (or at a month word right before it).
    static func parseDate(_ scan: ScanContext, _ run: Range<Int>) -> (Int, Int, Style)? {
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(scan.byte($1)) - 48 } }
        func runAt(_ i: Int) -> Range<Int>? {
            guard i < scan.count, scan.isDigit(i) else { return nil }
            var e = i
            while e < scan.count, scan.isDigit(e) { e += 1 }
            return i..<e
        }
        func trailingDot(_ e: Int) -> Int {
            // Serbian dates keep their final dot when a space, line end or punctuation follows.
            if e < scan.count, scan.is(e, "."), e + 1 >= scan.count || !scan.isWord(e + 1) { return e + 1 }
            return e
        }
        let a = run
        // YYYY-MM-DD
        if a.count == 4, scan.is(a.upperBound, "-"), let b = runAt(a.upperBound + 1), b.count == 2, scan.is(b.upperBound, "-"),
            let c = runAt(b.upperBound + 1), c.count == 2, Checksums.isValidDate(year: number(a), month: number(b), day: number(c))
        {
            return (a.lowerBound, c.upperBound, .iso)
        }
        if a.count <= 2, let monthWord = scan.wordBefore(a.lowerBound, skipping: "", crossLines: false),
            scan.isLetter(monthWord.lowerBound), let month = Lexicon.month(scan.word(monthWord))
        {
            // "August 5, 1995"
            var j = a.upperBound
            if j < scan.count, scan.is(j, ",") { j += 1 }
            if let yearRun = scan.wordAfter(j, skipping: "", crossLines: true), yearRun.count == 4,
                yearRun.allSatisfy({ scan.isDigit($0) }), Checksums.isValidDate(year: number(yearRun), month: month, day: number(a))
            {
                return (monthWord.lowerBound, yearRun.upperBound, .monthDayYear)
            }
        }
        if a.count <= 2 {
            let day = number(a)
            // D.M.YYYY.  D. M. YYYY.  D/M/YYYY  M/D/YYYY
            var i = a.upperBound
            if i < scan.count, scan.is(i, ".") || scan.is(i, "/") || scan.is(i, "-") {
                let separator = scan.byte(i)
                i += 1
                if i < scan.count, scan.is(i, " ") { i += 1 }
                if let b = runAt(i), b.count <= 2 {
                    var j = b.upperBound
                    if j < scan.count, scan.byte(j) == separator {
                        j += 1
                        if j < scan.count, scan.is(j, " ") { j += 1 }
                        if let c = runAt(j), c.count == 4 {
                            let month = number(b), year = number(c)
                            if Checksums.isValidDate(year: year, month: month, day: day)
                                || (separator == UInt8(ascii: "/") && Checksums.isValidDate(year: year, month: day, day: month))
                            {
                                return (a.lowerBound, separator == UInt8(ascii: ".") ? trailingDot(c.upperBound) : c.upperBound, .numeric)
                            }
                        }
                    }
                }
                // D. month YYYY.
                i = a.upperBound + 1
            }
            if let word = scan.wordAfter(i, skipping: "", crossLines: true), scan.isLetter(word.lowerBound),
                let month = Lexicon.month(scan.word(word))
            {
                var j = word.upperBound
                if j < scan.count, scan.is(j, ".") { j += 1 }
                if let yearRun = scan.wordAfter(j, skipping: "", crossLines: true), scan.isDigit(yearRun.lowerBound), yearRun.count == 4,
                    yearRun.allSatisfy({ scan.isDigit($0) }), Checksums.isValidDate(year: number(yearRun), month: month, day: day)
                {
                    return (a.lowerBound, trailingDot(yearRun.upperBound), .dayMonthYear)
                }
            }
            return nil
        }
        if a.count == 4 {
            // "August 5, 1995" is found from its day; here: a bare year, or "month YYYY".
            if let word = scan.wordBefore(a.lowerBound), Lexicon.month(scan.word(word)) != nil,
                let dayRun = scan.wordBefore(word.lowerBound), dayRun.allSatisfy({ scan.isDigit($0) })
            {
                return nil  // handled from the day
            }
            let year = number(a)
            guard (1900...2100).contains(year) else { return nil }
            return (a.lowerBound, trailingDot(a.upperBound), .year)
        }
        return nil
    }
}
