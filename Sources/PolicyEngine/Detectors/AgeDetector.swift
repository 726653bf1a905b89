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
    static let yearsWords = FoldedWordSet(Lexicon.folded(["godina", "godine", "godinu", "god", "years", "year", "yrs", "godinica", "let", "godini"]))
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        for run in scan.digitRuns where run.count <= 3 {
            guard !scan.isGlued(before: run.lowerBound, glue: "./,-:+") else { continue }
            let value = run.reduce(0) { $0 * 10 + Int(scan.byte($1)) - 48 }
            guard (1...110).contains(value) else { continue }
            if let (end, how) = hyphenated(scan, run) {
                guard !belongsToKeptPerson(scan, start: run.lowerBound, end: end) else { continue }
                emit(scan, run.lowerBound, end, how, 0.85)
            } else if let (end, how) = withUnit(scan, run) {
                emit(scan, run.lowerBound, end, how, 0.8)
            } else if let how = afterProtectedName(scan, run) {
                emit(scan, run.lowerBound, run.upperBound, how, 0.75)
            }
        }
        // Ages spelled out in one word: "petnaestogodišnja".
        for hit in scan.cueHits where hit.cue == .ageWord {
            let bytes = scan.text.bytes[hit.start..<hit.end]
            let needle = Array("godisnj".utf8)
            guard bytes.count > needle.count,
                let at = (hit.start + 1...(hit.end - needle.count)).first(where: { scan.text.bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
            else { continue }
            let prefix = scan.string(hit.start..<at)
            guard Self.numberWords.contains(where: { prefix.hasPrefix($0) }), !belongsToKeptPerson(scan, start: hit.start, end: hit.end) else { continue }
            emit(scan, hit.start, hit.end, .literal("age written as a word"), 0.8)
        }
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
        if scan.equals(word, "jear") || scan.equals(word, "jears"), word.upperBound + 4 <= scan.count, scan.is(word.upperBound, "-"),
            scan.equals((word.upperBound + 1)..<scan.wordEnd(from: word.upperBound + 1), "old")
        {
            return (scan.wordEnd(from: word.upperBound + 1), .literal("age (N-year-old)"))
        }
        return nil
    }

    /// "31 godinu" after "ima", "6 years old", "(17 god.)", "aged 24".
    private func withUnit(_ scan: ScanContext, _ run: Range<Int>) -> (Int, Candidate.Match)? {
        let previous = scan.wordBefore(run.lowerBound, skipping: "(", crossLines: false)
        if let previous, scan.equals(previous, "aged") || scan.equals(previous, "age") || scan.equals(previous, "uzrasta")
            || scan.equals(previous, "starosti")
        {
            return (run.upperBound, .ageAfterWord(start: previous.lowerBound, end: previous.upperBound))
        }
        guard let unit = scan.wordAfter(run.upperBound, skipping: "", crossLines: false), unit.lowerBound == run.upperBound + 1 else { return nil }
        guard Self.yearsWords.contains(scan.word(unit)) else { return nil }
        var end = unit.upperBound
        if scan.equals(unit, "god"), end < scan.count, scan.is(end, ".") { end += 1 }
        if scan.equals(unit, "jears") || scan.equals(unit, "jear"), let old = scan.wordAfter(unit.upperBound, skipping: "", crossLines: false),
            old.lowerBound == unit.upperBound + 1, scan.equals(old, "old")
        {
            return (old.upperBound, .literal("age (N years old)"))
        }
        // (No word before: "" matches neither list.)
        let previousIsNegative = previous.map { Lexicon.ageNegatives.matches(scan.word($0)) } ?? false
        if previousIsNegative { return nil }
        if let previous, Lexicon.ageVerbs.matches(scan.word(previous)) {
            return (end, .ageAfterWord(start: previous.lowerBound, end: previous.upperBound))
        }
        if run.lowerBound > 0, scan.is(run.lowerBound - 1, "("), end < scan.count, scan.is(end, ")") {
            return (end, .literal("age in brackets"))
        }
        if let previous, let beforeThat = scan.wordBefore(previous.lowerBound, skipping: "", crossLines: false),
            Lexicon.ageVerbs.matches(scan.word(beforeThat)), !previousIsNegative
        {
            return (end, .ageAfterWord(start: beforeThat.lowerBound, end: beforeThat.upperBound))
        }
        return nil
    }

    /// "L.K. (15)", "Sandeep Kumar, 31,", "Zhang Ting (张婷), is 12": a bare number right after a
    /// protected person's name.
    private func afterProtectedName(_ scan: ScanContext, _ run: Range<Int>) -> Candidate.Match? {
        let after = run.upperBound
        // The number must stand alone: followed by ")" or "," or " and"/" i" or end of clause.
        let closesBracket = after < scan.count && scan.is(after, ")")
        let closesComma = after < scan.count && (scan.is(after, ",") || scan.is(after, " "))
        guard closesBracket || closesComma else { return nil }
        if let next = scan.wordAfter(after, skipping: ",", crossLines: false), scan.isDigit(next.lowerBound) { return nil }
        if let next = scan.wordAfter(after, skipping: "", crossLines: false), next.lowerBound == after + 1,
            Self.yearsWords.contains(scan.word(next)) || Lexicon.month(scan.word(next)) != nil
        {
            return nil
        }
        guard let mention = scan.mention(before: run.lowerBound, within: 40), mention.end <= run.lowerBound,
            scan.persons[mention.person].isProtected
        else { return nil }
        let gapRange = mention.end..<run.lowerBound
        let gapBytes = scan.word(gapRange)
        if FoldedKeyMap<Int>.isASCII(gapBytes) && !gapBytes.contains(0x0D) {
            // The same tests on bytes: one "(" or "," besides spaces; at most 30 characters, no "." or ";".
            let nonSpace = gapBytes.filter { $0 != 0x20 }
            if nonSpace.count == 1 && (nonSpace[0] == UInt8(ascii: "(") || nonSpace[0] == UInt8(ascii: ",")) {
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
    private func belongsToKeptPerson(_ scan: ScanContext, start: Int, end: Int) -> Bool {
        if scan.hasCue([.defendant, .official], after: end, within: 14) { return true }
        if let m = scan.mention(after: end, within: 30), scan.persons[m.person].isKept { return true }
        return false
    }
}

import Foundation
