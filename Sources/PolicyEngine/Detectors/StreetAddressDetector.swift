/// Street addresses: a street name and a house number (`Njegoševa 12`, `ul. Miloša Obilića 7`,
/// `ул. Краља Петра 5`, `Moše Pijade 3/12`, `Naselje Sunce bb`, `12 Main Street`). Private when a
/// residence word or a protected person precedes them; institutions' addresses (letterheads,
/// counsel's offices) stay.
struct StreetAddressDetector: Detector {
    static let name = "street-address"
    static let summary = "street addresses in both scripts and English (institutions' addresses stay)"
    static let streetSuffixes: [StaticString] = ["eva", "ova", "ska", "cka", "ina", "ceva", "ska", "ova", "ijeva", "ska", "ski", "ska", "evac", "ovac"]
    static let residenceHeader = Lexicon.WordMatcher([.residence])
    static let englishStreetWordList = Lexicon.folded(["street", "st.", "road", "rd.", "avenue", "ave.", "lane", "boulevard", "blvd", "square", "drive", "way", "close", "place"])
    static let englishStreetWords = FoldedWordSet(englishStreetWordList)
    /// The entries that end in a dot, without it (`word + "."` is an entry).
    static let englishStreetWordsBeforeDot = FoldedWordSet(englishStreetWordList.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) })
    static let pageLabels = FoldedWordSet(Lexicon.folded(["strana", "str", "stranica", "page", "pg", "seite", "list"]))
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        var numberless: [Range<Int>] = []
        var streetTypes = StreetTypeCursor(scan, numberless: &numberless)
        for run in scan.digitRuns where run.count <= 3 {
            // Each reading's first tests are made here (most numbers fail both): a word before the
            // space or line break before the number that may end a street name, or a space and a
            // word after it. (`streetThenNumber` is called only after its tests passed.)
            if Self.mayHaveWordBefore(scan, numberStart: run.lowerBound), Self.mayHaveStreetBefore(scan, numberStart: run.lowerBound, &streetTypes),
                let (start, end, how) = streetThenNumber(scan, run, &streetTypes)
            {
                emit(scan, start, end, how)
            } else if Self.mayHaveWordAfter(scan, numberEnd: run.upperBound), let (start, end) = numberThenStreet(scan, run) {
                emit(scan, start, end, "house number and street")
            }
        }
        streetTypes.rewind()
        for hit in numberless {
            if let (start, _, how) = streetBefore(scan, numberStart: hit.lowerBound, &streetTypes) {
                emit(scan, start, hit.upperBound, how)
            }
        }
    }

    /// The starts of the street-type words ("ulica", "bulevar", "ul."), for positions asked in
    /// increasing order: a cursor moves forward instead of each question searching the cue hits.
    struct StreetTypeCursor {
        private let starts: [Int32]
        private var next = 0  // the first start at or after the last position asked

        /// Also collects the numberless street words' hits into `numberless` (one walk over the cue hits for both).
        init(_ scan: ScanContext, numberless: inout [Range<Int>]) {
            var starts: [Int32] = []
            for hit in scan.cueHits {
                if hit.cue == .streetType {
                    starts.append(Int32(truncatingIfNeeded: hit.start))
                } else if hit.cue == .streetNumberless {
                    numberless.append(hit.start..<hit.end)
                }
            }
            self.starts = starts
        }

        /// Back to the start of the text, for a new walk in increasing order (the starts are kept).
        mutating func rewind() { next = 0 }

        /// The start of the last street-type word starting before `position`.
        @inline(__always)
        mutating func last(before position: Int) -> Int? {
            while next < starts.count, Int(starts[next]) < position { next += 1 }
            return next > 0 ? Int(starts[next - 1]) : nil
        }

        private var reachOf = -1  // the street-type start whose reach is `reach`
        private var reach = -1

        /// Whether the last street-type word starting before `numberStart` can be among the words
        /// `streetBefore` walks back over from that number: false means it lies before all of them.
        /// (Most numbers after a lower-case word are rejected by this one comparison instead of a
        /// walk back over five words; see `reach(_:from:)`.)
        mutating func mayBeWalkedOver(_ scan: ScanContext, numberStart: Int) -> Bool {
            guard let start = last(before: numberStart) else { return false }
            if reachOf != start {
                reachOf = start
                reach = Self.reach(scan, from: start)
            }
            return numberStart <= reach
        }

        /// The farthest number start whose walk back (up to five words, each after one space or
        /// line break, a dot allowed before it) can cover `position`. The walk covers a chain of
        /// whole words and separators ending right before the number, so from `position` forward
        /// the rest of its word and at most five separators lead to the number; this walk follows
        /// such a chain for six separators and answers the position after the last one it met.
        static func reach(_ scan: ScanContext, from position: Int) -> Int {
            var i = position
            while scan.isWord(i) { i += 1 }
            var farthest = position
            for _ in 0..<6 {
                if scan.is(i, ".") { i += 1 }
                guard scan.is(i, " ") || scan.is(i, "\n") else { break }
                i += 1
                farthest = i
                guard scan.isWord(i) else { break }
                while scan.isWord(i) { i += 1 }
            }
            return farthest
        }
    }

    private func emit(_ scan: ScanContext, _ start: Int, _ end: Int, _ how: StaticString) {
        let end = Self.continuationEnd(scan, after: end)
        var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.65, matched: .literal(how))
        if scan.isInstitutionalContactLine(start) {
            candidate.score -= 0.5
            scan.addEvidence(&candidate, .literal("an organisation's contact line"), -0.5)
        } else if scan.headerMatches(Self.residenceHeader, at: start) {
            candidate.score += 0.25
            scan.addEvidence(&candidate, .literal("table column: residence"), 0.25)
        } else {
            switch scan.anchor(before: start, window: 200) {
            case .institution(let why):
                candidate.score -= 0.5
                scan.addEvidence(&candidate, why, -0.5)
            case .privatePerson(let person):
                candidate.score += 0.2
                scan.addEvidence(&candidate, .literal("after a protected person or residence word"), 0.2)
                candidate.person = person
            case .none:
                break
            }
        }
        if candidate.person == nil { candidate.person = scan.anchorPerson(before: start) }
        scan.emit(candidate)
    }

    /// "Njegoševa 12", "ul. Miloša Obilića 7", "Moše Pijade 3/12", "Radnička 14a".
    /// (Call only when `mayHaveWordBefore` and `mayHaveStreetBefore` hold for the number: most short
    /// numbers fail them, and `streetBefore` would find no street. So a space or a line feed comes
    /// right before the number: it is not glued to anything, and it opens a line exactly when that
    /// is a line feed.)
    private func streetThenNumber(_ scan: ScanContext, _ run: Range<Int>, _ streetTypes: inout StreetTypeCursor) -> (Int, Int, StaticString)? {
        // "4." opening a line numbers a row or an item; it is no house number.
        if scan.is(run.lowerBound - 1, "\n"), scan.is(run.upperBound, ".") || scan.is(run.upperBound, ")") { return nil }
        var end = run.upperBound
        if end < scan.count, scan.isLetter(end), scan.byte(end) < 0x80, !scan.isLetter(end + 1) { end += 1 }  // 14a
        if end + 1 < scan.count, scan.is(end, "/"), scan.isDigit(end + 1) {
            var e = end + 1
            while e < scan.count, scan.isDigit(e) { e += 1 }
            if e - end - 1 > 3 { return nil }  // "11/2024": a case number, not a flat
            end = e
        }
        // "22/IV": a floor in Roman numerals.
        if end + 1 < scan.count, scan.is(end, "/"), scan.isUpper(end + 1), let numeral = Self.unitNumber(scan, at: end + 1) { end = numeral }
        if scan.isGlued(after: end, glue: "-/") { return nil }
        if end < scan.count, scan.is(end, "."), end + 1 < scan.count, scan.isDigit(end + 1) { return nil }
        guard let (start, hasCue, how) = streetBefore(scan, numberStart: run.lowerBound, &streetTypes, mayHaveStreetTested: true) else { return nil }
        _ = hasCue
        return (start, end, how)
    }

    /// Whether a word (or a word and a dot) ends right before the space or line break before
    /// `numberStart`: what `streetBefore` needs to find any street name.
    @inline(__always)
    static func mayHaveWordBefore(_ scan: ScanContext, numberStart: Int) -> Bool {
        guard numberStart >= 2, scan.is(numberStart - 1, " ") || scan.is(numberStart - 1, "\n") else { return false }
        return scan.isWord(numberStart - 2) || (scan.is(numberStart - 2, ".") && scan.isWord(numberStart - 3))
    }

    /// The test of `streetBefore` that rejects most numbers, made before its walk over the words:
    /// the word right before the number (the walk's first) is capitalised, or the last street-type
    /// word may be among the words walked (`StreetTypeCursor.mayBeWalkedOver`).
    /// (Call after `mayHaveWordBefore`; `streetTypes` is asked about increasing positions.)
    @inline(__always)
    static func mayHaveStreetBefore(_ scan: ScanContext, numberStart: Int, _ streetTypes: inout StreetTypeCursor) -> Bool {
        // The walk's first word, as it finds it (a word before a dot only when it is a street-type word).
        let space = numberStart - 1
        let dotted = scan.is(space - 1, ".")
        let wordEnd = dotted ? space - 1 : space
        guard wordEnd > 0, scan.isWord(wordEnd - 1) else { return false }
        // One walk back over the word finds its start and its first letter (`isCapitalized`).
        let flags = scan.text.flags
        let (wordStart, firstLetter) = Self.wordStartAndFirstLetter(flags, before: wordEnd)
        if dotted && !scan.isCue(wordStart..<wordEnd, [.streetType]) { return false }
        let capitalized = firstLetter >= 0 && flags[firstLetter] & ScalarFolding.Flags.upper != 0
        return capitalized || streetTypes.mayBeWalkedOver(scan, numberStart: numberStart)
    }

    /// The start of the word that ends at `end` (exclusive; the byte before it is a word byte) and
    /// its first letter (-1 when it has none). Eight flag bytes at a time: a block of word bytes is
    /// passed in one step, and the first non-word byte in a block ends the walk.
    @inline(__always)
    static func wordStartAndFirstLetter(_ flags: UnsafeBufferPointer<UInt8>, before end: Int) -> (start: Int, firstLetter: Int) {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let base = UnsafeRawPointer(flags.baseAddress!)
        var start = end
        var firstLetter = -1
        while start >= 8 {
            let w = base.loadUnaligned(fromByteOffset: start &- 8, as: UInt64.self)
            // A byte's top bit: set when it has a word flag (letter or digit, at most 5: no carry).
            let wordBytes = ((w & (ones &* UInt64(ScalarFolding.Flags.wordChar))) &+ ones &* 0x7F) & highs
            let letters = w & (ones &* UInt64(ScalarFolding.Flags.letter))
            let stops = ~wordBytes & highs
            if stops == 0 {
                if letters != 0 { firstLetter = start &- 8 &+ letters.trailingZeroBitCount >> 3 }
                start &-= 8
                continue
            }
            // The word starts after the last non-word byte of the block.
            let after = (63 &- stops.leadingZeroBitCount) >> 3 &+ 1
            let inWord = letters >> UInt64(8 &* after)  // (a shift by 64 gives 0)
            if inWord != 0 { firstLetter = start &- 8 &+ after &+ inWord.trailingZeroBitCount >> 3 }
            return (start &- 8 &+ after, firstLetter)
        }
        while start > 0, flags[start - 1] & ScalarFolding.Flags.wordChar != 0 {
            start -= 1
            if flags[start] & ScalarFolding.Flags.letter != 0 { firstLetter = start }
        }
        return (start, firstLetter)
    }

    /// The street name ending right before `numberStart` (one space between), and where it starts.
    /// (`streetTypes` is asked about `numberStart`: positions in increasing order. With
    /// `mayHaveStreetTested` the caller has made the two tests that start it, and they passed.)
    func streetBefore(_ scan: ScanContext, numberStart: Int, _ streetTypes: inout StreetTypeCursor, mayHaveStreetTested: Bool = false) -> (Int, Bool, StaticString)? {
        // Words may be separated by a space or by a line break (an address wrapped in a PDF).
        guard mayHaveStreetTested
            || (Self.mayHaveWordBefore(scan, numberStart: numberStart) && Self.mayHaveStreetBefore(scan, numberStart: numberStart, &streetTypes))
        else { return nil }
        // Up to five words before the number, nearest first (`back[0]` ends at the number).
        var back = InlineArray<5, Range<Int>>(repeating: 0..<0)
        var count = 0
        var space = numberStart - 1
        let flags = scan.text.flags
        var nearestFirstLetter = -1  // the first letter of `back[0]` (-1: none), for `isCapitalized`
        while count < 5 {
            // The word ends at the space, or at a dot right before it ("ul. ").
            var wordEnd = space
            let dotted = space > 0 && scan.is(space - 1, ".")
            if dotted { wordEnd = space - 1 }
            guard wordEnd > 0, scan.isWord(wordEnd - 1) else { break }
            let (wordStart, firstLetter) = Self.wordStartAndFirstLetter(flags, before: wordEnd)
            let word = wordStart..<wordEnd
            if dotted && !scan.isCue(word, [.streetType]) { break }  // a sentence ended there
            if count == 0 { nearestFirstLetter = firstLetter }
            back[count] = word
            count += 1
            space = word.lowerBound - 1
            guard space >= 1, scan.is(space, " ") || scan.is(space, "\n") else { break }
        }
        guard count > 0 else { return nil }
        // `streetName` finds a street only after a capitalised word or with a street-type word
        // starting at one of the words: with neither (the nearest word in lower case, no
        // street-type word starting at or after the farthest word), it would find none.
        let nearestCapitalized = nearestFirstLetter >= 0 && flags[nearestFirstLetter] & ScalarFolding.Flags.upper != 0  // isCapitalized(back[0])
        if !nearestCapitalized, (streetTypes.last(before: numberStart) ?? -1) < back[count - 1].lowerBound { return nil }
        guard let street = streetName(scan, back, count, numberStart: numberStart) else { return nil }
        // "Strana 1", "Page 2 of 5" opening a line is a running footer, never a street: and
        // nothing before it joins it (an address never runs into a page's header or footer).
        // (Asked only of a street found: most numbers have none.)
        if Self.pageLabels.contains(scan.word(back[0])), back[0].lowerBound == scan.lineStart(back[0].lowerBound) {
            return nil
        }
        return street
    }

    /// The street name among the words before a number (`back[0]` nearest it), and where it starts.
    private func streetName(_ scan: ScanContext, _ back: InlineArray<5, Range<Int>>, _ count: Int, numberStart: Int) -> (Int, Bool, StaticString)? {
        // A street-type word among them (the one nearest the number)?
        // One walk over the cue hits among the words instead of a lookup per word.
        var cueAt: Int? = nil
        var h = scan.firstCueIndex(atOrAfter: back[count - 1].lowerBound)
        while h < scan.cueHits.count, scan.cueHits[h].start < numberStart {
            if scan.cueHits[h].cue == .streetType {
                let start = scan.cueHits[h].start
                for k in 0..<(cueAt ?? count) where back[k].lowerBound == start {
                    cueAt = k
                    break
                }
            }
            h += 1
        }
        if let cueAt {
            let cue = back[cueAt]
            // The street name: the words between the type word and the number (cueAt of them).
            if cueAt == 0 {
                // "Vizantijski bulevar 22", "Trg Republike" written name first: capitalised words before the type word.
                var start: Int? = nil
                for k in (cueAt + 1)..<count {
                    let word = back[k]
                    guard scan.isCapitalized(word), !scan.isCue(word, [.streetType]), !Lexicon.notANameSet.contains(scan.word(word)) else { break }
                    start = word.lowerBound
                }
                guard let start else { return nil }
                return (start, true, "street name, street-type word and number")
            }
            guard cueAt <= 4 else { return nil }
            for k in 0..<cueAt where scan.isAllCaps(back[k]) && back[k].count <= 3 { return nil }
            let nameStart = back[cueAt - 1]
            let abbreviated = scan.is(cue.upperBound, ".")
            let includeCue = abbreviated || scan.isCapitalized(cue)
            guard scan.isCapitalized(nameStart) || includeCue else { return nil }
            return (includeCue ? cue.lowerBound : nameStart.lowerBound, true, "street-type word, street name and number")
        }
        // Otherwise capitalised words with the shape of a street name.
        var nameCount = 0
        var first = 0..<0
        for k in 0..<count {
            let word = back[k]
            guard scan.isCapitalized(word), !(scan.isAllCaps(word) && word.count <= 4), !Lexicon.notANameSet.contains(scan.word(word)),
                !scan.isCue(word, Lexicon.personCues.union([.orgContact, .passport, .nationalID, .phone]))
            else { break }
            first = word
            nameCount += 1
            if nameCount == 3 { break }
        }
        guard nameCount > 0 else { return nil }
        if nameCount == 1 {
            guard scan.characterCount(first) >= 5, Self.streetSuffixes.contains(where: { scan.hasSuffix(first, $0) }) else { return nil }
        }
        return (first.lowerBound, false, "street name and number")
    }

    /// Words that continue an address with a unit inside the building ("stan 4", "ulaz 2",
    /// "sprat 3", "apt. 5", "flat 2", "стан 4").
    static let unitWords = FoldedWordSet(Lexicon.folded([
        "stan", "ulaz", "sprat", "kat", "lamela", "apt", "apartment", "flat", "unit", "suite", "floor", "entrance",
    ]))
    static let unitNumberWords = FoldedWordSet(Lexicon.folded(["no", "br", "broj", "number"]))

    /// Where an address ends when a unit inside the building follows it: "/III" or "/3" (a floor
    /// or flat), then up to two ", stan 4" / " apt. 5" parts (a unit word, an optional "br."/"no.",
    /// a number of at most four digits or a Roman numeral).
    static func continuationEnd(_ scan: ScanContext, after end: Int) -> Int {
        var end = end
        if end + 1 < scan.count, scan.is(end, "/"), let numeral = unitNumber(scan, at: end + 1) { end = numeral }
        for _ in 0..<2 {
            var i = end
            if i < scan.count, scan.is(i, ",") { i += 1 }
            guard i < scan.count, scan.is(i, " ") else { break }
            guard let word = scan.wordAfter(i, skipping: "", crossLines: false), word.lowerBound == i + 1,
                unitWords.contains(scan.word(word))
            else { break }
            var j = word.upperBound
            if j < scan.count, scan.is(j, ".") { j += 1 }
            if j < scan.count, scan.is(j, " ") { j += 1 }
            // "stan br. 4", "flat no. 2"
            if let number = scan.wordAfter(j - 1, skipping: "", crossLines: false), number.lowerBound == j, unitNumberWords.contains(scan.word(number)) {
                j = number.upperBound
                if j < scan.count, scan.is(j, ".") { j += 1 }
                if j < scan.count, scan.is(j, " ") { j += 1 }
            }
            guard let numberEnd = unitNumber(scan, at: j) else { break }
            end = numberEnd
        }
        return end
    }

    /// The end of a unit number at `i`: 1–4 digits with an optional letter, or an upper-case
    /// Roman numeral (I–XX), not glued to a following word.
    static func unitNumber(_ scan: ScanContext, at i: Int) -> Int? {
        guard i < scan.count else { return nil }
        var e = i
        if scan.isDigit(i) {
            while e < scan.count, scan.isDigit(e) { e += 1 }
            guard e - i <= 4 else { return nil }
            if e < scan.count, scan.isLetter(e), scan.byte(e) < 0x80, !scan.isWord(e + 1) { e += 1 }
        } else {
            while e < scan.count, scan.isUpper(e), "ivx".utf8.contains(scan.byte(e)) { e += 1 }
            guard e > i, e - i <= 4 else { return nil }
        }
        if scan.isWord(e) { return nil }
        // "stan 4.5" or "ulaz 2/2024": a decimal or a case number, not a unit.
        if e + 1 < scan.count, scan.is(e, ".") || scan.is(e, "/"), scan.isDigit(e + 1) { return nil }
        return e
    }

    /// Whether a word follows the number after one space (no line break): what the first
    /// `wordAfter` of `numberThenStreet` needs.
    @inline(__always)
    static func mayHaveWordAfter(_ scan: ScanContext, numberEnd: Int) -> Bool {
        scan.isSpace(numberEnd) && !scan.isNewline(numberEnd) && scan.isWord(numberEnd + 1)
    }

    /// "12 Main Street".
    private func numberThenStreet(_ scan: ScanContext, _ run: Range<Int>) -> (Int, Int)? {
        // A word must follow after one space (what the first `wordAfter` below needs).
        guard Self.mayHaveWordAfter(scan, numberEnd: run.upperBound) else { return nil }
        // The first word starts right after the space and must be capitalised: a lower-case
        // letter there ends it now.
        if scan.isLetter(run.upperBound + 1), !scan.isUpper(run.upperBound + 1) { return nil }
        // Two words at least, each right after one byte (a space, or a dot and the space):
        // without a word starting two bytes after the first word's end there is no second.
        let firstEnd = scan.wordEnd(from: run.upperBound + 1)
        guard scan.isWord(firstEnd + 1) || scan.isWord(firstEnd + 2) else { return nil }
        guard !scan.isGlued(before: run.lowerBound, glue: "-/.,") else { return nil }
        // Up to four capitalised words, each right after one space (`wordAfter` of the previous
        // end); the first one is known: it starts right after the number's space and ends at `firstEnd`.
        var word = (run.upperBound + 1)..<firstEnd
        var words = 0
        while scan.isCapitalized(word) {
            words += 1
            var end = word.upperBound
            let beforeDot = Self.englishStreetWordsBeforeDot.contains(scan.word(word))
            if end < scan.count, scan.is(end, "."), beforeDot { end += 1 }
            if words >= 2 && (Self.englishStreetWords.contains(scan.word(word)) || beforeDot) {
                return (run.lowerBound, end)
            }
            guard words < 4, let next = scan.wordAfter(end, skipping: "", crossLines: false), next.lowerBound == end + 1 else { return nil }
            word = next
        }
        return nil
    }
}
