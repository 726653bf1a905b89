/// Ages of protected people: `24-godišnju`, `24-годишња`, `petnaestogodišnja`, `28-year-old`,
/// `6 years old`, `aged 24`, `ima 31 godinu`, `(17 god.)`, and a bare number right after a
/// protected name (`L.K. (15)`, `Sandeep Kumar, 31,`, `Zhang Ting … is 12`). Ages of kept people
/// ("the 51-year-old defendant", "E.S. (42)") and durations ("7 godina zatvora") stay.
struct AgeDetector: Detector {
    static let name = "age"
    static let summary = "ages of protected people (24-godišnja, 28-year-old, ima 31 godinu, L.K. (15))"
    static let numberWords = [
        "jedanaest", "dvanaest", "trinaest", "cetrnaest", "petnaest", "sesnaest", "sedamnaest", "osamnaest", "devetnaest",
        "dvadeset", "trideset", "cetrdeset", "pedeset", "sezdeset", "sedamdeset", "osamdeset", "devedeset", "deset",
        "peto", "sesto", "sedmo", "osmo", "devet", "pet", "sest", "sedam", "osam",
    ]
    static let yearsWordList = Lexicon.folded(["godina", "godine", "godinu", "god", "years", "year", "yrs", "godinica", "let", "godini"])
    static let yearsWords = FoldedWordSet(yearsWordList)
    let bound: BoundRule
    /// The first bytes of the folded years words, by byte: a word starting with another byte is
    /// none of them (most numbers are followed by no years word; this rejects them in one load).
    let startsYearsWord: [Bool]

    init(bound: BoundRule) {
        self.bound = bound
        var starts = [Bool](repeating: false, count: 256)
        for word in Self.yearsWordList { if let first = word.utf8.first { starts[Int(first)] = true } }
        startsYearsWord = starts
    }

    func detect(in scan: ScanContext) throws {
        var mentions = ScanContext.MentionCursor(scan)
        for run in scan.digitRuns where run.count <= 3 {
            // The two bytes after the number decide first which of the three readings can match
            // (each returns nil without them): most numbers are followed by none of them and are
            // passed over before any word is looked at. `hyphenated` needs "-g" or a "j"
            // ("-godišnja", "-jear-old"), `afterProtectedName` a ")", "," or space.
            let e = run.upperBound
            let next: UInt8 = e < scan.count ? scan.byte(e) : 0
            let second: UInt8 = e + 1 < scan.count ? scan.byte(e + 1) : 0
            let mayBeHyphenated = second == UInt8(ascii: "j") || (next == UInt8(ascii: "-") && second == UInt8(ascii: "g"))
            let mayFollowName = next == UInt8(ascii: ")") || next == UInt8(ascii: ",") || next == UInt8(ascii: " ")
            guard mayBeHyphenated || mayFollowName || mayHaveUnit(scan, run) else { continue }
            guard !scan.isGlued(before: run.lowerBound, glue: "./,-:+") else { continue }
            var value = 0
            for i in run { value = value &* 10 &+ Int(scan.byte(i)) &- 48 }
            guard (1...110).contains(value) else { continue }
            if mayBeHyphenated, let (end, how) = hyphenated(scan, run) {
                guard !belongsToKeptPerson(scan, start: run.lowerBound, end: end) else { continue }
                emit(scan, run.lowerBound, end, how, 0.85)
            } else if mayHaveUnit(scan, run), let (end, how) = withUnit(scan, run) {
                emit(scan, run.lowerBound, end, how, 0.8)
            } else if mayFollowName, let nearest = mentions.nearest(before: run.lowerBound), Self.mayBeAfterProtectedName(scan, run, nearest),
                let how = afterProtectedName(scan, run, nearest)
            {
                emit(scan, run.lowerBound, run.upperBound, how, 0.75)
            }
        }
        // Ages spelled out: "petnaestogodišnja", "šesnaestogodišnjakinju", "šesnaest godina",
        // "sixteen-year-old", "fifteen years old".
        for hit in scan.cueHits where hit.cue == .ageWord {
            if let (end, how) = spelledOut(scan, hit.start..<hit.end), !belongsToKeptPerson(scan, start: hit.start, end: end) {
                emit(scan, hit.start, end, how, 0.8)
            }
        }
    }

    /// Number words that can stand before a years word ("šesnaest godina", "sixteen years old").
    static let wholeNumberWords = FoldedWordSet(Lexicon.folded([
        "jedanaest", "dvanaest", "trinaest", "cetrnaest", "petnaest", "sesnaest", "sedamnaest", "osamnaest", "devetnaest",
        "dvadeset", "trideset", "cetrdeset", "pedeset", "sezdeset", "sedamdeset", "osamdeset", "devedeset", "deset", "devet",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]))
    static let englishNumberPrefixes = Lexicon.folded(["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    /// Words after "N godina" that make it a duration, not an age ("pet godina zatvora").
    static let durationAfter = Lexicon.WordMatcher([.ageNegative])

    /// An age written in words starting at the cue word `word`: one compound word with
    /// "-godišnj-", or a number word followed by a years word.
    private func spelledOut(_ scan: ScanContext, _ word: Range<Int>) -> (Int, Candidate.Match)? {
        let needle = Array("godisnj".utf8)
        if word.count > needle.count,
            let at = (word.lowerBound + 1...(word.upperBound - needle.count)).first(where: { scan.text.bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
        {
            let prefix = scan.string(word.lowerBound..<at)
            guard Self.numberWords.contains(where: { prefix.hasPrefix($0) }) else { return nil }
            return (word.upperBound, .literal("age written as a word"))
        }
        guard Self.wholeNumberWords.contains(scan.word(word)) || Self.englishNumberPrefixes.contains(scan.string(word)) else { return nil }
        // "sixteen-year-old"
        if scan.is(word.upperBound, "-"), let unit = scan.wordAfter(word.upperBound + 1, skipping: "", crossLines: false),
            unit.lowerBound == word.upperBound + 1, scan.equals(unit, "jear") || scan.equals(unit, "jears"),
            scan.is(unit.upperBound, "-"), let old = scan.wordAfter(unit.upperBound + 1, skipping: "", crossLines: false),
            old.lowerBound == unit.upperBound + 1, scan.equals(old, "old")
        {
            return (old.upperBound, .literal("age written as a word"))
        }
        // "šesnaest godina", "fifteen years old": the same tests as for digits.
        guard let (end, how) = unitAfter(scan, word) else { return nil }
        _ = how
        return (end, .literal("age written as a word"))
    }

    /// "N godina" at a number (digits or a number word): the end of the age and how it was
    /// recognised, or nil when the words around it make it a duration or give no reason.
    private func unitAfter(_ scan: ScanContext, _ number: Range<Int>, requireReason: Bool = false) -> (Int, Candidate.Match)? {
        // The unit is the word starting one byte after the number (checked below): its first byte
        // first.
        guard number.upperBound + 1 < scan.count, startsYearsWord[Int(scan.byte(number.upperBound + 1))] else { return nil }
        guard let unit = scan.wordAfter(number.upperBound, skipping: "", crossLines: false), unit.lowerBound == number.upperBound + 1,
            Self.yearsWords.contains(scan.word(unit))
        else { return nil }
        var end = unit.upperBound
        if scan.equals(unit, "god"), end < scan.count, scan.is(end, ".") { end += 1 }
        if scan.equals(unit, "jears") || scan.equals(unit, "jear"), let old = scan.wordAfter(unit.upperBound, skipping: "", crossLines: false),
            old.lowerBound == unit.upperBound + 1, scan.equals(old, "old")
        {
            return (old.upperBound, .literal("age (N years old)"))
        }
        // "pet godina zatvora", "five years in prison": a duration.
        if let next = scan.wordAfter(end, skipping: "", crossLines: false), Self.durationAfter.matches(scan.word(next))
            || (scan.equals(next, "in") && scan.wordAfter(next.upperBound, skipping: "", crossLines: false).map { Self.durationAfter.matches(scan.word($0)) } == true)
        {
            return nil
        }
        let previous = scan.wordBefore(number.lowerBound, skipping: "(", crossLines: false)
        if let previous, Lexicon.ageNegatives.matches(scan.word(previous)) {
            // "od" is a duration only after a word of time or punishment ("kazna zatvora od 5
            // godina", "u periodu od 2 godine"); "devojka od 16 godina" is an age.
            guard scan.equals(previous, "od") || scan.equals(previous, "of"), !durationBefore(scan, previous.lowerBound) else { return nil }
            return (end, .ageAfterWord(start: previous.lowerBound, end: previous.upperBound))
        }
        if let previous, Lexicon.ageVerbs.matches(scan.word(previous)) {
            return (end, .ageAfterWord(start: previous.lowerBound, end: previous.upperBound))
        }
        if number.lowerBound > 0, scan.is(number.lowerBound - 1, "("), end < scan.count, scan.is(end, ")") {
            return (end, .literal("age in brackets"))
        }
        // "(Ana Ilić, 19 god.)": the last item of a bracket.
        if end < scan.count, scan.is(end, ")"), let open = openBracket(scan, before: number.lowerBound), open < number.lowerBound,
            scan.is(number.lowerBound - 1, " "), scan.is(number.lowerBound - 2, ",")
        {
            return (end, .literal("age in brackets"))
        }
        if let previous, let beforeThat = scan.wordBefore(previous.lowerBound, skipping: "", crossLines: false),
            Lexicon.ageVerbs.matches(scan.word(beforeThat))
        {
            return (end, .ageAfterWord(start: beforeThat.lowerBound, end: beforeThat.upperBound))
        }
        return nil
    }

    /// A word of time or punishment among the three words before `position`.
    private func durationBefore(_ scan: ScanContext, _ position: Int) -> Bool {
        var i = position
        for _ in 0..<3 {
            guard let word = scan.wordBefore(i, skipping: ",", crossLines: false) else { return false }
            if Self.durationAfter.matches(scan.word(word)) && !scan.equals(word, "od") && !scan.equals(word, "za") { return true }
            i = word.lowerBound
        }
        return false
    }

    /// The "(" opening the bracket that holds `position`, on the same line within 60 characters.
    private func openBracket(_ scan: ScanContext, before position: Int) -> Int? {
        var j = position - 1
        while j >= 0, j >= position - 60 {
            if scan.is(j, ")") || scan.isNewline(j) { return nil }
            if scan.is(j, "(") { return j }
            j -= 1
        }
        return nil
    }

    private func emit(_ scan: ScanContext, _ start: Int, _ end: Int, _ how: Candidate.Match, _ base: Double) {
        var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? base, matched: how)
        candidate.person = scan.mention(after: end, within: 40).flatMap { scan.persons[$0.person].isProtected ? $0.person : nil }
            ?? scan.anchorPerson(before: start)
        scan.emit(candidate)
    }

    /// "24-godišnju", "28-year-old", "24-годишња".
    private func hyphenated(_ scan: ScanContext, _ run: Range<Int>) -> (Int, Candidate.Match)? {
        let e = run.upperBound
        guard e + 1 < scan.count, scan.is(e, "-") || scan.is(e, " "), scan.isLetter(e + 1) else { return nil }
        let word = (e + 1)..<scan.wordEnd(from: e + 1)
        if scan.hasPrefix(word, "godisnj") && scan.is(e, "-") { return (word.upperBound, .literal("age (N-godišnji)")) }
        if scan.is(word.lowerBound, "j"), scan.equals(word, "jear") || scan.equals(word, "jears"), word.upperBound + 4 <= scan.count, scan.is(word.upperBound, "-"),
            scan.equals((word.upperBound + 1)..<scan.wordEnd(from: word.upperBound + 1), "old")
        {
            return (scan.wordEnd(from: word.upperBound + 1), .literal("age (N-year-old)"))
        }
        return nil
    }

    /// Whether `withUnit` can match at the number: a years word can start one byte after it
    /// (`unitAfter`'s first test), or the word before it can be one of "aged", "age", "uzrasta",
    /// "starosti" (its last byte, see `mayEndWordBeforeAge`).
    @inline(__always)
    private func mayHaveUnit(_ scan: ScanContext, _ run: Range<Int>) -> Bool {
        (run.upperBound + 1 < scan.count && startsYearsWord[Int(scan.byte(run.upperBound + 1))])
            || Self.mayEndWordBeforeAge(scan, before: run.lowerBound)
    }

    /// The test on the nearest mention `afterProtectedName` starts with: a protected person's
    /// mention ending within 40 bytes before the number.
    @inline(__always)
    private static func mayBeAfterProtectedName(_ scan: ScanContext, _ run: Range<Int>, _ mention: ScanContext.Mention) -> Bool {
        mention.end >= run.lowerBound - 40 && mention.end <= run.lowerBound && scan.persons[mention.person].isProtected
    }

    /// "31 godinu" after "ima", "6 years old", "(17 god.)", "aged 24", "djevojka od 16 godina".
    private func withUnit(_ scan: ScanContext, _ run: Range<Int>) -> (Int, Candidate.Match)? {
        // The words below are lower-case ASCII: only their own bytes equal them (3 to 8 bytes,
        // starting with "a", "u" or "s", ending with "d", "e", "a" or "i": the last byte, found
        // without finding the word's start, rules out many words, the first most of the rest).
        if Self.mayEndWordBeforeAge(scan, before: run.lowerBound), let previous = scan.wordBefore(run.lowerBound, skipping: "(", crossLines: false),
            (3...8).contains(previous.count), Self.startsWordBeforeAge(scan.byte(previous.lowerBound)),
            scan.equals(previous, "aged") || scan.equals(previous, "age") || scan.equals(previous, "uzrasta") || scan.equals(previous, "starosti")
        {
            return (run.upperBound, .ageAfterWord(start: previous.lowerBound, end: previous.upperBound))
        }
        return unitAfter(scan, run)
    }

    /// Whether the word `wordBefore(position, skipping: "(", crossLines: false)` finds can end like
    /// one of the words `withUnit` looks for: its last two bytes (the first bytes before `position`
    /// that are no space or "(", when they are word bytes) are "ed", "ge", "ta" or "ti" ("aged",
    /// "age", "uzrasta", "starosti"; each has three bytes or more, so both are the word's).
    @inline(__always)
    private static func mayEndWordBeforeAge(_ scan: ScanContext, before position: Int) -> Bool {
        var j = position - 1
        while j >= 0, !scan.isWord(j), !scan.isNewline(j), scan.isSpace(j) || scan.is(j, "(") { j -= 1 }
        guard j >= 1, scan.isWord(j) else { return false }
        let last = scan.byte(j), before = scan.byte(j - 1)
        switch last {
        case UInt8(ascii: "d"): return before == UInt8(ascii: "e")
        case UInt8(ascii: "e"): return before == UInt8(ascii: "g")
        case UInt8(ascii: "a"), UInt8(ascii: "i"): return before == UInt8(ascii: "t")
        default: return false
        }
    }

    /// Whether a word starting with `byte` can be one of the words `withUnit` looks for before a
    /// number ("aged", "age", "uzrasta", "starosti").
    @inline(__always)
    private static func startsWordBeforeAge(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "s")
    }

    /// "L.K. (15)", "Sandeep Kumar, 31,", "Zhang Ting (张婷), is 12": a bare number right after a
    /// protected person's name.
    /// (`nearest` is the mention `scan.mention(before: run.lowerBound, within: 40)` would answer
    /// without the window test, see `ScanContext.MentionCursor`.)
    private func afterProtectedName(_ scan: ScanContext, _ run: Range<Int>, _ nearest: ScanContext.Mention?) -> Candidate.Match? {
        let after = run.upperBound
        // The number must stand alone: followed by ")" or "," or " and"/" i" or end of clause.
        let closesBracket = after < scan.count && scan.is(after, ")")
        let closesComma = after < scan.count && (scan.is(after, ",") || scan.is(after, " "))
        guard closesBracket || closesComma else { return nil }
        // The protected name first: one index lookup rejects most numbers.
        guard let mention = nearest, mention.end >= run.lowerBound - 40, mention.end <= run.lowerBound,
            scan.persons[mention.person].isProtected
        else { return nil }
        if let next = scan.wordAfter(after, skipping: ",", crossLines: false), scan.isDigit(next.lowerBound) { return nil }
        if let next = scan.wordAfter(after, skipping: "", crossLines: false), next.lowerBound == after + 1,
            Self.yearsWords.contains(scan.word(next)) || Lexicon.month(scan.word(next)) != nil
        {
            return nil
        }
        let gapRange = mention.end..<run.lowerBound
        let gapBytes = scan.word(gapRange)
        if FoldedKeyMap<Int>.isASCII(gapBytes) && !gapBytes.contains(0x0D) {
            // The same tests on bytes: one "(" or "," besides spaces; at most 30 characters, no "." or ";".
            var nonSpaceCount = 0
            var firstNonSpace: UInt8 = 0
            for b in gapBytes where b != 0x20 {
                if nonSpaceCount == 0 { firstNonSpace = b }
                nonSpaceCount += 1
            }
            if nonSpaceCount == 1 && (firstNonSpace == UInt8(ascii: "(") || firstNonSpace == UInt8(ascii: ",")) {
                return .literal("age right after a protected name")
            }
            if gapBytes.count <= 30, !gapBytes.contains(UInt8(ascii: ".")), !gapBytes.contains(UInt8(ascii: ";")),
                let verb = scan.wordBefore(run.lowerBound, skipping: "", crossLines: false), Lexicon.ageVerbs.matches(scan.word(verb))
            {
                return .ageAfterNameAndWord(start: verb.lowerBound, end: verb.upperBound)
            }
            return nil
        }
        let gap = scan.string(gapRange)
        let trimmed = gap.filter { $0 != " " }
        if trimmed == "(" || trimmed == "," { return .literal("age right after a protected name") }
        // "(张婷), is 12", "je imala 12"
        if gap.count <= 30, !gap.contains("."), !gap.contains(";"),
            let verb = scan.wordBefore(run.lowerBound, skipping: "", crossLines: false), Lexicon.ageVerbs.matches(scan.word(verb))
        {
            return .ageAfterNameAndWord(start: verb.lowerBound, end: verb.upperBound)
        }
        return nil
    }

    /// "the 51-year-old defendant", "51-godišnji okrivljeni Petrović".
    /// The age must qualify the kept person directly: only spaces (and at most a word) between,
    /// no comma ("šesnaestogodišnjakinju, koju je optuženi …" is the girl's age).
    private func belongsToKeptPerson(_ scan: ScanContext, start: Int, end: Int) -> Bool {
        guard let next = scan.wordAfter(end, skipping: "", crossLines: false) else { return false }
        if scan.isCue(next, [.defendant, .official]) { return true }
        if let m = scan.mention(after: end, within: 30), scan.persons[m.person].isKept,
            !scan.text.bytes[end..<m.start].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") })
        {
            return true
        }
        if let after = scan.wordAfter(next.upperBound, skipping: "", crossLines: false), scan.isCue(after, [.defendant, .official]),
            !scan.isCue(next, Lexicon.personCues)
        {
            return true
        }
        return false
    }
}

import Foundation
