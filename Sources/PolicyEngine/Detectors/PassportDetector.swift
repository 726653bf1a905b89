/// Passport numbers: Chinese `E`/`EA`/`G` + 8 characters, Vietnamese and Indian letter + 7 digits
/// on their format; other letter+digit numbers and Serbian 9-digit passports only with a
/// passport word nearby or under a passport column.
struct PassportDetector: Detector {
    static let name = "passport"
    static let summary = "passport numbers (Chinese E/EA/G, Vietnamese and Indian letter+7, Serbian 9 digits with context)"
    static let headerWords = Lexicon.WordMatcher([.passport])
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        // Rows of untabbed tables (PDF text) with a passport column in their header.
        var passportRows: [Range<Int>]?
        for run in scan.digitRuns where (6...9).contains(run.count) {
            guard !scan.isGlued(after: run.upperBound, glue: "-/.") else { continue }
            // Letters glued before the digits.
            var s = run.lowerBound
            var letters: [UInt8] = []
            while s > 0, scan.isLetter(s - 1), scan.byte(s - 1) < 0x80, letters.count < 3 {
                s -= 1
                letters.insert(scan.byte(s), at: 0)
            }
            if letters.count == 3 || (s > 0 && scan.isWord(s - 1)) { continue }
            if !letters.isEmpty && !(s..<run.lowerBound).allSatisfy({ scan.isUpper($0) }) { continue }
            if letters.isEmpty && scan.isGlued(before: run.lowerBound, glue: "-/.,+") { continue }
            let digits = run.count
            var base: Double
            var format: StaticString
            switch (String(decoding: letters, as: UTF8.self), digits) {
            case ("e", 8), ("g", 8): base = 0.75; format = "Chinese passport format"
            case (let l, 7) where l.count == 2 && l.hasPrefix("e"): base = 0.75; format = "Chinese passport format"
            case (let l, 7) where l.count == 1: base = 0.6; format = "letter + 7 digits passport format"
            case ("", 9): base = 0.15; format = "9-digit number"
            case (let l, _) where !l.isEmpty: base = 0.3; format = "letters and digits"
            default: continue
            }
            if let ruleScore = rule.score { base = min(base, ruleScore) }
            var candidate = Candidate(start: s, end: run.upperBound, rule: ruleIndex, score: base, matched: .literal(format))
            if let cue = scan.nearestCue([.passport], before: s, within: 60) {
                candidate.score += 0.45
                scan.addEvidence(&candidate, .folded(start: cue.start, end: cue.end), 0.45)
            } else if scan.headerMatches(Self.headerWords, at: s) {
                candidate.score += 0.45
                scan.addEvidence(&candidate, .literal("table column: passport"), 0.45)
            } else if !letters.isEmpty || digits == 9 {
                if passportRows == nil { passportRows = scan.untabbedColumnRows([.passport]) }
                if passportRows!.contains(where: { $0.contains(s) }) {
                    candidate.score += 0.45
                    scan.addEvidence(&candidate, .literal("table column: passport"), 0.45)
                }
            }
            candidate.person = scan.anchorPerson(before: s)
            scan.emit(candidate)
        }
    }
}
