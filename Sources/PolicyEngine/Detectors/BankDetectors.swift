/// IBANs (ISO 13616) with valid check digits, as printed with or without spaces.
struct IBANDetector: Detector {
    static let name = "iban"
    static let summary = "IBANs with valid mod-97 check digits and the country's length"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        for run in scan.digitRuns where run.lowerBound >= 2 {
            let s = run.lowerBound - 2
            guard scan.isUpper(s), scan.isUpper(s + 1), scan.byte(s) < 0x80, scan.byte(s + 1) < 0x80, !scan.isGlued(before: s) else { continue }
            guard run.count >= 2 else { continue }
            let country = String(decoding: [scan.byte(s) - 32, scan.byte(s + 1) - 32], as: UTF8.self)
            let expected = Checksums.ibanLengths[country] ?? 0
            guard expected > 0 else { continue }
            var chars: [UInt8] = [scan.byte(s), scan.byte(s + 1)]
            var i = run.lowerBound
            var end = i
            while i < scan.count, chars.count < expected {
                if scan.isWord(i), scan.byte(i) < 0x80 {
                    chars.append(scan.byte(i))
                    i += 1
                    end = i
                } else if scan.is(i, " ") || scan.is(i, "\n"), i + 1 < scan.count, scan.isWord(i + 1) {
                    i += 1
                } else {
                    break
                }
            }
            guard chars.count == expected, !scan.isGlued(after: end), Checksums.isValidIBAN(chars) else { continue }
            var candidate = Candidate(
                start: s, end: end, rule: ruleIndex, score: rule.score ?? 0.95, matched: .literal("IBAN"), notes: .ibanValid)
            scan.judgeInstitutional(&candidate, penalty: 0.5)
            candidate.person = candidate.person ?? scan.anchorPerson(before: s)
            scan.emit(candidate)
        }
    }
}

/// Payment card numbers (13–19 digits, grouped as printed) with a valid Luhn check.
struct PaymentCardDetector: Detector {
    static let name = "payment-card"
    static let summary = "payment card numbers with a valid Luhn check (Visa, Mastercard, UnionPay, …)"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        var skipUntil = 0
        let runs = scan.digitRuns
        for k in runs.indices {
            let run = runs[k]
            guard run.lowerBound >= skipUntil else { continue }
            // The tests on the run's own bytes first (most runs fail one), then the byte before it.
            let first = Int(scan.byte(run.lowerBound)) - 48
            guard (2...6).contains(first) else { continue }
            // A shorter run reaches 13 digits only with a space or '-' after it.
            if run.count < 13 && !(scan.is(run.upperBound, " ") || scan.is(run.upperBound, "-")) { continue }
            if scan.isGlued(before: run.lowerBound, glue: "-/.,+") { continue }
            guard (13...19).contains(scan.digitGroupCount(run: k, separators: 0x20, 0x2D, maxDigits: 19)) else { continue }
            let read = scan.readDigitGroups(from: run.lowerBound, separators: [0x20, 0x2D], maxDigits: 19)
            guard (13...19).contains(read.digits.count), !scan.isGlued(after: read.end, glue: "-/") else { continue }
            let groups = read.groups
            let grouped = groups.count >= 3 && groups.dropLast().allSatisfy { $0 == 4 } || groups == [4, 6, 5] || groups == [4, 6, 4]
            let contiguous = groups.count == 1 && (15...16).contains(read.digits.count)
            guard grouped || contiguous, Checksums.isValidLuhn(read.digits) else { continue }
            var candidate = Candidate(
                start: run.lowerBound, end: read.end, rule: ruleIndex, score: rule.score ?? 0.85,
                matched: .literal("payment card number"), notes: .luhnValid)
            scan.judgeInstitutional(&candidate, penalty: 0.5)
            candidate.person = scan.anchorPerson(before: run.lowerBound)
            scan.emit(candidate)
            skipUntil = read.end
        }
    }
}

/// Serbian domestic bank accounts 3-13-2 (`160-0000012345678-67`, leading zeros of the middle
/// part may be left out) with a valid mod-97 control number. Treasury accounts (bank 840) and
/// payment instructions of institutions stay.
struct SerbianAccountDetector: Detector {
    static let name = "rs-bank-account"
    static let summary = "Serbian bank accounts 3-13-2 with a valid mod-97 control number"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        let runs = scan.digitRuns
        var k = 0
        while k < runs.count {
            let run = runs[k]
            defer { k += 1 }
            if run.count == 18 {
                guard !scan.isGlued(before: run.lowerBound), !scan.isGlued(after: run.upperBound),
                    scan.hasCue([.account], before: run.lowerBound, within: 40)
                else { continue }
                emit(scan, run.lowerBound, run.upperBound, run.map { Int(scan.byte($0)) - 48 })
                continue
            }
            guard run.count == 3, k + 2 < runs.count, !scan.isGlued(before: run.lowerBound, glue: "-/") else { continue }
            // Bosnian accounts 3-3-8-2 ("134-010-00417723-94"), the same MOD 97-10 control pair.
            if k + 3 < runs.count, runs[k + 1].count == 3, runs[k + 2].count == 8, runs[k + 3].count == 2,
                [1, 2, 3].allSatisfy({ runs[k + $0].lowerBound == runs[k + $0 - 1].upperBound + 1 && scan.is(runs[k + $0 - 1].upperBound, "-") }),
                !scan.isGlued(after: runs[k + 3].upperBound, glue: "-/")
            {
                let digits = (0...3).flatMap { n in runs[k + n].map { Int(scan.byte($0)) - 48 } }
                if Checksums.isValidMod97(digits) {
                    emit(scan, run.lowerBound, runs[k + 3].upperBound, digits, label: "Bosnian bank account")
                    k += 3
                    continue
                }
            }
            let middle = runs[k + 1], last = runs[k + 2]
            guard middle.lowerBound == run.upperBound + 1, scan.is(run.upperBound, "-"), (1...13).contains(middle.count),
                last.lowerBound == middle.upperBound + 1, scan.is(middle.upperBound, "-"), last.count == 2,
                !scan.isGlued(after: last.upperBound, glue: "-/")
            else { continue }
            var digits = run.map { Int(scan.byte($0)) - 48 }
            digits += [Int](repeating: 0, count: 13 - middle.count) + middle.map { Int(scan.byte($0)) - 48 }
            digits += last.map { Int(scan.byte($0)) - 48 }
            emit(scan, run.lowerBound, last.upperBound, digits)
            k += 2
        }
    }

    private func emit(_ scan: ScanContext, _ start: Int, _ end: Int, _ digits: [Int], label: StaticString = "Serbian bank account") {
        guard digits.count == 16 || Checksums.isValidSerbianAccount(digits) else { return }
        var candidate = Candidate(
            start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.9, matched: .literal(label),
            notes: .serbianAccountValid)
        if digits.count == 18 && digits[0] == 8 && digits[1] == 4 && digits[2] == 0 {
            candidate.score -= 0.6
            candidate.notes.insert(.treasury)
        }
        scan.judgeInstitutional(&candidate, penalty: 0.5)
        candidate.person = scan.anchorPerson(before: start)
        scan.emit(candidate)
    }
}

extension ScanContext {
    /// Lowers the score of contact data and accounts that belong to an institution (the nearest
    /// signal before them is an official, an institution, a public-contact or a payment word).
    func judgeInstitutional(_ candidate: inout Candidate, penalty: Double) {
        if hasCue([.payment], after: candidate.end, within: 40) || hasCue([.payment], before: candidate.start, within: 60) {
            candidate.score -= penalty
            addEvidence(&candidate, .literal("payment instructions"), -penalty)
            return
        }
        if isInstitutionalContactLine(candidate.start) {
            candidate.score -= penalty
            addEvidence(&candidate, .literal("an organisation's contact line"), -penalty)
            return
        }
        switch anchor(before: candidate.start) {
        case .institution(let why):
            candidate.score -= penalty
            addEvidence(&candidate, why, -penalty)
        case .privatePerson(let person):
            if let person { candidate.person = person }
        case .none:
            break
        }
    }
}

extension ScanContext {
    static let privateOwnerWords = FoldedWordSet(Lexicon.folded([
        "licni", "licnog", "licnom", "licnim", "licni broj", "privatni", "privatnog", "privatnom", "privatnim", "osobni", "osobnog",
        "personal", "private", "own", "home", "svoj", "svoju", "svog", "svojeg", "svojim",
    ]))
    static let witnessWords = FoldedWordSet(Lexicon.folded([
        "svedok", "svedoka", "svedoku", "svedokinja", "svedokinje", "svedokinji", "svjedok", "svjedoka", "svjedokinja",
        "svjedokinje", "witness", "witnesses", "klijent", "klijenta", "klijentkinje", "client", "clients",
    ]))

    /// The word that makes a phone (or other contact) word a private person's: a possessive or
    /// "lični/personal" before it, a person's genitive after it ("telefon svedokinje"), or an
    /// English possessive of a word that is no institution ("the workers' phone numbers").
    func privateOwner(ofContactWord cue: Range<Int>) -> Candidate.EvidenceWord? {
        if let before = wordBefore(cue.lowerBound, skipping: "'", crossLines: false) {
            let bytes = word(before)
            if Self.privateOwnerWords.contains(bytes) || Lexicon.possessives.matches(bytes)
                || isCue(before, [.victim, .minor, .protectedWitness, .relative])
            {
                return .folded(start: before.lowerBound, end: before.upperBound)
            }
            // "workers' phone", "victim's phone": the possessor is no institution.
            var possessor: Range<Int>?
            if before.upperBound < count, self.is(before.upperBound, "'") {
                possessor = before
            } else if equals(before, "s"), before.lowerBound > 0, self.is(before.lowerBound - 1, "'") {
                possessor = wordBefore(before.lowerBound - 1, skipping: "", crossLines: false)
            }
            if let possessor, !isCue(possessor, [.orgContact, .official, .defendant, .organization]) {
                let protectedName = mention(before: possessor.upperBound, within: 0).map { $0.end >= possessor.upperBound && persons[$0.person].isProtected } ?? false
                if !isCapitalized(possessor) || protectedName {
                    return .folded(start: possessor.lowerBound, end: possessor.upperBound)
                }
            }
        }
        if let after = wordAfter(cue.upperBound, skipping: "", crossLines: false) {
            if isCue(after, [.victim, .minor, .protectedWitness, .relative]) || Self.witnessWords.contains(word(after)) {
                return .folded(start: after.lowerBound, end: after.upperBound)
            }
            if let m = mention(after: after.lowerBound, within: 0), m.start == after.lowerBound, persons[m.person].isProtected {
                return .literal("phone word followed by a protected name")
            }
        }
        return nil
    }

    /// Whether `position` is on an organisation's contact line: a line labelled "Contact:" /
    /// "Kontakt:" with no person before the position, or the letterhead (the lines at the top of
    /// the document before the first sentence about a person).
    func isInstitutionalContactLine(_ position: Int) -> Bool {
        let line = lineStart(position)
        if let label = wordAfter(line, skipping: "", crossLines: false), label.lowerBound < position, self.is(label.upperBound, ":"),
            Self.contactLabels.contains(word(label))
        {
            let m = mention(before: position, within: position - line)
            return (m == nil || m!.end <= line) && !hasCue([.victim, .minor, .protectedWitness, .relative, .residence], before: position, within: position - line)
        }
        // "nada.kovac@novimost.org · +381 …": right after an organisation's address on its line.
        // The last "@" before the position (a binary search on the positions themselves).
        var low = 0, high = atSigns.count
        while low < high {
            let mid = (low &+ high) >> 1
            if Int(atSigns[mid]) < position { low = mid &+ 1 } else { high = mid }
        }
        let atIndex = low - 1
        if atIndex >= 0, Int(atSigns[atIndex]) >= line, let (start, end) = EmailDetector.address(self, at: Int(atSigns[atIndex])),
            end <= position, position - end <= 6, EmailDetector.isOrganisationDomain(self, start: start, at: Int(atSigns[atIndex]), end: end)
        {
            return true
        }
        return isLetterhead(position)
    }

    static let contactLabels = FoldedWordSet(Lexicon.folded(["contact", "contacts", "kontakt", "kontakti", "kontakt-podaci"]))

    /// The top of the document: at most 400 bytes and six lines, below an upper-case heading of
    /// two or more words (the organisation's name), no person cue or name before `position`.
    func isLetterhead(_ position: Int) -> Bool {
        guard position < 400, lineBreaks.firstIndex(atOrAfter: position) < 6 else { return false }
        if text.bytes[0..<position].contains(0x0C) { return false }
        if let m = mentions.first, m.start < position { return false }
        guard !hasCue([.victim, .minor, .protectedWitness, .relative, .defendant, .residence], before: position, within: position) else { return false }
        var line = 0
        let own = lineStart(position)
        while line < own {
            let end = lineEnd(line)
            var words = 0
            var caps = true
            var i = line
            while caps, let w = wordAfter(i, skipping: "–-&.,", crossLines: false), w.upperBound <= end {
                if !(isAllCaps(w) || w.count == 1) || isDigit(w.lowerBound) { caps = false }
                words += 1
                i = w.upperBound
            }
            if caps && words >= 2 { return true }
            line = end + 1
        }
        return false
    }
}
