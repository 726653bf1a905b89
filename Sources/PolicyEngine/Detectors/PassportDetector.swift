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
            // Letters glued before the digits (ASCII, at most two: `s ..< run.lowerBound`).
            var s = run.lowerBound
            while s > 0, scan.isLetter(s - 1), scan.byte(s - 1) < 0x80, run.lowerBound - s < 3 { s -= 1 }
            let letterCount = run.lowerBound - s
            if letterCount == 3 || (s > 0 && scan.isWord(s - 1)) { continue }
            if letterCount > 0 && !(s..<run.lowerBound).allSatisfy({ scan.isUpper($0) }) { continue }
            if letterCount == 0 && scan.isGlued(before: run.lowerBound, glue: "-/.,+") { continue }
            let digits = run.count
            let first: UInt8 = letterCount > 0 ? scan.byte(s) : 0
            var base: Double
            var format: StaticString
            switch (letterCount, digits) {
            case (1, 8) where first == UInt8(ascii: "e") || first == UInt8(ascii: "g"): base = 0.75; format = "Chinese passport format"
            case (2, 7) where first == UInt8(ascii: "e"): base = 0.75; format = "Chinese passport format"
            case (1, 7): base = 0.6; format = "letter + 7 digits passport format"
            case (0, 9): base = 0.15; format = "9-digit number"
            case (let l, _) where l > 0: base = 0.3; format = "letters and digits"
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
            } else if letterCount > 0 || digits == 9 {
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
