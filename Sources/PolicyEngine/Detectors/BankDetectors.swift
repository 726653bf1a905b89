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
                } else if scan.is(i, " "), i + 1 < scan.count, scan.isWord(i + 1) {
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
        for run in scan.digitRuns where run.lowerBound >= skipUntil {
            if scan.isGlued(before: run.lowerBound, glue: "-/.,+") { continue }
            let first = Int(scan.byte(run.lowerBound)) - 48
            guard (2...6).contains(first) else { continue }
            guard (13...19).contains(scan.digitGroupCount(from: run.lowerBound, separators: [0x20, 0x2D], maxDigits: 19)) else { continue }
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

    private func emit(_ scan: ScanContext, _ start: Int, _ end: Int, _ digits: [Int]) {
        guard Checksums.isValidSerbianAccount(digits) else { return }
        var candidate = Candidate(
            start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.9, matched: .literal("Serbian bank account"),
            notes: .serbianAccountValid)
        if digits[0] == 8 && digits[1] == 4 && digits[2] == 0 {
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
