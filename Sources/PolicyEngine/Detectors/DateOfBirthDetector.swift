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
        var near = ForwardLookups(scan)
        // Only the digit runs where the cheap test below can pass are visited: those shortly after
        // a birth word or on a line of a TAB table (`candidateSpans`), in text order as before.
        let spans = Self.candidateSpans(scan, births: near.births)
        var k = 0
        for span in spans {
            if k < scan.digitRuns.count, scan.digitRuns[k].lowerBound < span.lowerBound {
                k = scan.digitRuns.firstIndex(lowerBoundAtLeast: span.lowerBound)
            }
            while k < scan.digitRuns.count, scan.digitRuns[k].lowerBound < span.upperBound {
                let run = scan.digitRuns[k]
                k += 1
                guard run.lowerBound >= skipUntil, run.count <= 4 else { continue }
                if let end = date(scan, at: run, &near) { skipUntil = end }
            }
        }
        // Tables whose cells are not TAB-separated (a PDF's text layer): a header naming a birth
        // date governs the same-numbered date of every row under it.
        var doneHeaders = Set<Int>()
        for hit in scan.cueHits where hit.cue == .birth {
            guard let table = scan.untabbedTable(headerWord: hit.start..<hit.end), doneHeaders.insert(table.rows.lowerBound).inserted else { continue }
            let column = scan.dateColumnIndex(of: hit.start..<hit.end, headerStart: table.headerStart)
            for row in scan.tableRows(table.rows) {
                let dates = Self.dates(scan, in: row)
                guard column < dates.count else { continue }
                let (start, end, style) = dates[column]
                var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.9, matched: .date(style.label))
                scan.addEvidence(&candidate, .literal("table column: date of birth"), 0)
                candidate.person = scan.anchorPerson(before: start)
                scan.emit(candidate)
            }
        }
    }

    /// The date of birth at a digit run (emitted), and its end; nil when there is none.
    private func date(_ scan: ScanContext, at run: Range<Int>, _ near: inout ForwardLookups) -> Int? {
        guard Self.mayStartDate(scan, run), !scan.isGlued(before: run.lowerBound, glue: "./-") else { return nil }
        // Cheap test first: a birth word shortly before, or a table cell (a TAB on the line).
        if !near.hasBirthCue(before: run.lowerBound) && !near.lineHasTab(run.lowerBound) { return nil }
        guard let (start, end, style) = Self.parseDate(scan, run) else { return nil }
        let cue = scan.nearestCue([.birth], before: start, within: 36)
        let column = cue == nil && scan.headerMatches(Self.birthHeader, at: start)
        guard cue != nil || column else { return nil }
        if style == .year && cue != nil {
            // A bare year needs the birth word right before it ("rođen 1981.", "born in 1990").
            guard let previous = scan.wordBefore(start), previous.upperBound >= cue!.start,
                scan.nearestCue([.birth], before: start, within: start - previous.lowerBound + 8) != nil || scan.equals(previous, "in")
            else { return nil }
        }
        var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.9, matched: .date(style.label))
        scan.addEvidence(&candidate, cue.map { .folded(start: $0.start, end: $0.end) } ?? .literal("table column: date of birth"), 0)
        candidate.person = scan.anchorPerson(before: start)
        scan.emit(candidate)
        return end
    }

    /// Where the cheap test of `date` (`hasBirthCue` or `lineHasTab`) can pass, as sorted ranges
    /// of positions (overlapping ones allowed): up to 48 bytes after the end of each birth word,
    /// and the lines of each block of TAB table rows. A superset: `date` still makes the test.
    static func candidateSpans(_ scan: ScanContext, births: [ScanContext.CueHit]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        spans.reserveCapacity(births.count + scan.tableBlocks.count)
        for hit in births { spans.append(hit.end..<(hit.end + 49)) }
        let blocks = scan.tableBlocks
        for b in 0..<blocks.count {
            let lines = blocks.lines(ofBlock: b)
            spans.append(scan.startOfLine(number: lines.lowerBound)..<(scan.endOfLine(number: lines.upperBound) + 1))
        }
        spans.sort { $0.lowerBound < $1.lowerBound }
        return spans
    }

    /// `nearestCue([.birth], before:within: 48) != nil` and `lineHasTab` for positions asked in
    /// increasing order: cursors into the birth cues, line breaks and TABs move forward instead of
    /// each question starting an index lookup (most digit runs have neither).
    struct ForwardLookups {
        let scan: ScanContext
        /// Birth-word hits, sorted by start like all cue hits.
        let births: [ScanContext.CueHit]
        let breaks: [Int32]
        let tabs: [Int32]
        var birth = 0  // the first birth hit starting at or after position - 88
        var lineBreak = 0  // the first line break at or after the position
        var tab = 0  // the first TAB at or after the position

        init(_ scan: ScanContext) {
            self.scan = scan
            births = scan.cueHits.filter { $0.cue == .birth }
            breaks = scan.lineBreaks.positions
            tabs = scan.tabs.positions
        }

        /// Whether a birth hit ends within 48 bytes before `position`: the hits `nearestCue` looks
        /// at (starting before `position`, not more than 40 bytes before the window).
        mutating func hasBirthCue(before position: Int) -> Bool {
            let limit = position - 48
            while birth < births.count, births[birth].start < limit - 40 { birth += 1 }
            var k = birth
            while k < births.count, births[k].start < position {
                if births[k].end <= position && births[k].end >= limit { return true }
                k += 1
            }
            return false
        }

        /// `scan.lineHasTab(position)`: a TAB on the line holding `position`.
        mutating func lineHasTab(_ position: Int) -> Bool {
            while lineBreak < breaks.count, Int(breaks[lineBreak]) < position { lineBreak += 1 }
            while tab < tabs.count, Int(tabs[tab]) < position { tab += 1 }
            let lineStart = lineBreak > 0 ? Int(breaks[lineBreak - 1]) + 1 : 0
            let lineEnd = lineBreak < breaks.count ? Int(breaks[lineBreak]) : scan.count
            return (tab > 0 && Int(tabs[tab - 1]) >= lineStart) || (tab < tabs.count && Int(tabs[tab]) < lineEnd)
        }
    }

    /// The dates in a row, in order (digit runs inside a longer number, a phone or a row number
    /// are no dates).
    static func dates(_ scan: ScanContext, in row: Range<Int>) -> [(Int, Int, Style)] {
        var result: [(Int, Int, Style)] = []
        var k = scan.digitRuns.firstIndex(lowerBoundAtLeast: row.lowerBound)
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

    /// What `parseDate` needs of a run's own digits: three digits start no date, four only an
    /// ISO date ("1996-…") or a year of 1900–2100.
    @inline(__always)
    static func mayStartDate(_ scan: ScanContext, _ run: Range<Int>) -> Bool {
        switch run.count {
        case 3: return false
        case 4:
            if scan.is(run.upperBound, "-") { return true }
            let year = run.reduce(0) { $0 * 10 + Int(scan.byte($1)) - 48 }
            return (1900...2100).contains(year)
        default: return true
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
