/// Yugoslav/Serbian personal numbers (JMBG): 13 digits with a valid mod-11 control digit, birth
/// date and region; also written in groups.
struct JMBGDetector: Detector {
    static let name = "jmbg"
    static let summary = "JMBG personal numbers (13 digits, mod-11 check, date and region sanity)"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        let runs = scan.digitRuns
        for k in runs.indices {
            let run = runs[k]
            guard run.count <= 13 else { continue }
            // A shorter run reaches 13 digits only with a space and more digits after it.
            if run.count < 13 && !(scan.is(run.upperBound, " ") && scan.isDigit(run.upperBound + 1)) { continue }
            if scan.isGlued(before: run.lowerBound, glue: "-/.,") { continue }
            if run.count < 13 && scan.digitGroupCount(run: k, separators: 0x20, 0x20, maxDigits: 13) != 13 { continue }
            let read = run.count == 13
                ? (end: run.upperBound, digits: run.map { Int(scan.byte($0)) - 48 }, groups: [13])
                : scan.readDigitGroups(from: run.lowerBound, separators: [0x20], maxDigits: 13)
            guard read.digits.count == 13, !scan.isGlued(after: read.end, glue: "-/") else { continue }
            guard Checksums.isValidJMBG(read.digits) else { continue }
            var candidate = Candidate(
                start: run.lowerBound, end: read.end, rule: ruleIndex, score: rule.score ?? 0.95, matched: .literal("JMBG"),
                notes: .jmbgValid)
            candidate.person = scan.anchorPerson(before: run.lowerBound)
            scan.emit(candidate)
        }
    }
}

/// Chinese resident identity numbers: 18 characters, ISO 7064 MOD 11-2 check (X for 10).
struct ChineseIDDetector: Detector {
    static let name = "chinese-id"
    static let summary = "Chinese resident ID numbers (18 characters, ISO 7064 MOD 11-2, birth date)"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        for run in scan.digitRuns where run.count == 17 || run.count == 18 {
            if scan.isGlued(before: run.lowerBound) { continue }
            var end = run.upperBound
            if run.count == 17 {
                guard end < scan.count, scan.byte(end) == UInt8(ascii: "x") else { continue }
                end += 1
            }
            guard !scan.isGlued(after: end) else { continue }
            let chars = Array(scan.text.bytes[run.lowerBound..<end])
            guard Checksums.isValidChineseID(chars) else { continue }
            var candidate = Candidate(
                start: run.lowerBound, end: end, rule: ruleIndex, score: rule.score ?? 0.95, matched: .literal("Chinese resident ID"),
                notes: .chineseIDValid)
            candidate.person = scan.anchorPerson(before: run.lowerBound)
            scan.emit(candidate)
        }
    }
}

/// Personal numbers of other countries that carry a check digit and are named by a word before
/// them (or a form field / column label): the Croatian OIB (11 digits, ISO 7064 MOD 11,10) and the
/// Indian Aadhaar number (12 digits, Verhoeff, printed 4-4-4).
struct CheckedPersonalNumberDetector: Detector {
    static let name = "checked-personal-number"
    static let summary = "Croatian OIB (MOD 11,10) and Indian Aadhaar (Verhoeff) numbers after their name (OIB:, Aadhaar)"
    static let oibWords = FoldedWordSet(Lexicon.folded(["oib", "osobni identifikacijski broj"]))
    static let aadhaarWords = FoldedWordSet(Lexicon.folded(["aadhaar", "aadhar", "uid", "uidai"]))
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        var skipUntil = 0
        let runs = scan.digitRuns
        for k in runs.indices {
            let run = runs[k]
            guard run.lowerBound >= skipUntil && (run.count == 11 || run.count == 12 || run.count == 4) else { continue }
            if scan.isGlued(before: run.lowerBound, glue: "-/.,+") { continue }
            if run.count == 11 {
                guard !scan.isGlued(after: run.upperBound, glue: "-/"), named(scan, run.lowerBound, Self.oibWords) else { continue }
                let digits = run.map { Int(scan.byte($0)) - 48 }
                guard Checksums.isValidOIB(digits) else { continue }
                emit(scan, run.lowerBound, run.upperBound, "Croatian OIB (MOD 11,10 check valid)")
                skipUntil = run.upperBound
                continue
            }
            // Cheap tests first: the "NNNN NNNN" shape, then the naming word.
            if run.count == 4 {
                let e = run.upperBound
                guard e + 5 < scan.count, scan.is(e, " ") || scan.is(e, "-"), scan.isDigit(e + 1), scan.isDigit(e + 4) else { continue }
                // The groups must hold twelve digits (what `readDigitGroups` reads below, counted on
                // the digit runs) before the words are looked at.
                guard scan.digitGroupCount(run: k, separators: 0x20, 0x2D, maxDigits: 12) == 12 else { continue }
            }
            guard named(scan, run.lowerBound, Self.aadhaarWords) else { continue }
            let read = run.count == 12
                ? (end: run.upperBound, digits: run.map { Int(scan.byte($0)) - 48 }, groups: [12])
                : scan.readDigitGroups(from: run.lowerBound, separators: [0x20, 0x2D], maxDigits: 12)
            guard read.digits.count == 12, read.groups == [12] || read.groups == [4, 4, 4], !scan.isGlued(after: read.end, glue: "-/"),
                read.digits[0] >= 2, Checksums.isValidVerhoeff(read.digits)
            else { continue }
            emit(scan, run.lowerBound, read.end, "Aadhaar number (Verhoeff check valid)")
            skipUntil = read.end
        }
    }

    /// A naming word among the four words before `position` on its line (a label "OIB:", a
    /// form field "Aadhaar⇥").
    private func named(_ scan: ScanContext, _ position: Int, _ words: FoldedWordSet) -> Bool {
        var i = position
        for _ in 0..<4 {
            guard let word = scan.wordBefore(i, skipping: ":.(/", crossLines: false) else { return false }
            if words.contains(scan.word(word)) { return true }
            i = word.lowerBound
        }
        return false
    }

    private func emit(_ scan: ScanContext, _ start: Int, _ end: Int, _ how: StaticString) {
        var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.9, matched: .literal(how))
        candidate.person = scan.anchorPerson(before: start)
        scan.emit(candidate)
    }
}

extension ScanContext {
    /// The protected person an identifier at `position` most likely belongs to (the nearest
    /// protected mention before it in the same paragraph), for party keys.
    func anchorPerson(before position: Int) -> Int? {
        let floor = max(paragraphStart(position), position - 600)
        guard let m = mention(before: position, within: position - floor), persons[m.person].isProtected else { return nil }
        return m.person
    }

    /// Words of the table header of the column at `position`, if any.
    func headerMatches(_ matcher: Lexicon.WordMatcher, at position: Int) -> Bool {
        guard let (row, column) = tableColumn(at: position) else { return false }
        // Every cell of a column has the same header: the answer is remembered per column.
        let key = HeaderKey(row: row, column: column, matcher: matcher.kinds)
        let blocks = tableBlocks
        if let last = blocks.lastHeaderAnswer, last.key == key { return last.answer }
        let answer: Bool
        if let known = headerAnswers[key] {
            answer = known
        } else {
            answer = headerMatchesUncached(matcher, row: row, column: column)
            headerAnswers[key] = answer
        }
        blocks.lastHeaderAnswer = (key, answer)
        return answer
    }

    private func headerMatchesUncached(_ matcher: Lexicon.WordMatcher, row: Int, column: Int) -> Bool {
        guard let header = tableHeader(row: row, column: column) else { return false }
        var words: [String] = []
        let bytes = Array(header.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the alphabetic scalars are exactly A–Z and a–z; words cut from the bytes.
            var start = -1
            for (i, b) in bytes.enumerated() {
                if (b >= 0x30 && b <= 0x39) || ASCIIBytes.isLetter(b) {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    words.append(String(decoding: bytes[start..<i], as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
        } else {
            var current = ""
            for scalar in header.unicodeScalars {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    current.unicodeScalars.append(scalar)
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { words.append(current) }
        }
        return words.contains { matcher.matches($0) } || matcher.matches(header) || matcher.matchesPhrase(in: words)
    }
}
