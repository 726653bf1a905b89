/// Phone numbers as written: international (`+381 64 123 4567`, `+86 139 7712 0458`, `+381 (0)64 …`)
/// and national forms of Serbia, Bosnia, Croatia, Montenegro, China, Vietnam, the US and the UK
/// (`064/123-4567`, `011 2655 180`, `139 7712 0458`, `(555) 123-4567`, `020 7946 0312`).
/// Institutions' public numbers (switchboards, hotlines, counsel's offices) stay.
struct PhoneDetector: Detector {
    static let name = "phone"
    static let summary = "phone numbers of RS BA HR ME CN VN US UK (and other international numbers)"
    static let parameters = [DetectorParameter(name: "countries", kind: .stringArray, help: "ISO country codes to accept in international form (default: all)")]

    /// Country calling codes and the digit counts of their national numbers.
    static let countries: [(code: String, iso: String, national: ClosedRange<Int>)] = [
        ("381", "RS", 8...9), ("387", "BA", 8...8), ("385", "HR", 8...9), ("382", "ME", 8...8), ("86", "CN", 10...11),
        ("84", "VN", 9...10), ("1", "US", 10...10), ("44", "UK", 9...10), ("91", "IN", 10...10), ("49", "DE", 7...11),
        ("43", "AT", 7...11), ("39", "IT", 8...11), ("33", "FR", 9...9), ("41", "CH", 9...9), ("386", "SI", 8...8),
        ("389", "MK", 8...8), ("355", "AL", 8...9), ("359", "BG", 8...9), ("40", "RO", 9...9), ("36", "HU", 8...9),
        ("90", "TR", 10...10), ("7", "RU", 10...10), ("380", "UA", 9...9), ("63", "PH", 10...10), ("66", "TH", 8...9),
        ("880", "BD", 10...10), ("92", "PK", 10...10), ("977", "NP", 8...10), ("234", "NG", 8...10), ("62", "ID", 9...12),
        ("971", "AE", 8...9), ("30", "GR", 10...10), ("31", "NL", 9...9), ("32", "BE", 8...9), ("34", "ES", 9...9),
        ("46", "SE", 7...9), ("47", "NO", 8...8), ("48", "PL", 9...9), ("420", "CZ", 9...9), ("421", "SK", 9...9),
        ("998", "UZ", 9...9), ("996", "KG", 9...9), ("992", "TJ", 9...9), ("373", "MD", 8...8), ("995", "GE", 9...9),
        ("374", "AM", 8...8), ("994", "AZ", 9...9), ("94", "LK", 9...9), ("95", "MM", 8...10), ("855", "KH", 8...9),
        ("856", "LA", 8...10), ("976", "MN", 8...8), ("82", "KR", 9...10), ("81", "JP", 9...10), ("60", "MY", 9...10),
        ("65", "SG", 8...8), ("251", "ET", 9...9), ("254", "KE", 9...9), ("233", "GH", 9...9), ("291", "ER", 7...7),
    ]
    static let countriesLongestCodeFirst = countries.sorted { $0.code.count > $1.code.count }
    /// The codes of `countriesLongestCodeFirst` as ASCII digits (compared with a number's digits).
    static let countryCodeDigits = countriesLongestCodeFirst.map { Array($0.code.utf8) }
    let bound: BoundRule
    let allowed: Set<String>?

    init(bound: BoundRule) throws {
        self.bound = bound
        if case .array(let items)? = bound.rule.parameters["countries"] {
            allowed = Set(items.compactMap { $0.stringValue?.uppercased() })
        } else {
            allowed = nil
        }
    }

    func detect(in scan: ScanContext) throws {
        var skipUntil = 0
        let runs = scan.digitRuns
        // The walks' storage, reused from number to number.
        let groups = UnsafeMutablePointer<Int>.allocate(capacity: 2 * GroupWalk.maxGroups)
        defer { groups.deallocate() }
        var plain = GroupWalk(groups: groups), acrossLines = GroupWalk(groups: groups + GroupWalk.maxGroups)
        for k in runs.indices {
            let run = runs[k]
            guard run.lowerBound >= skipUntil else { continue }
            // Most digit runs are no phone number: one of fewer than eight digits that no group
            // separator follows reads fewer than eight digits in either walk of the groups (the
            // digit-count test below), so it is passed over without a walk.
            if run.count < 8, !Self.mayHaveNextGroup(scan, after: run.upperBound) || !Self.hasDigitShortlyAfter(scan, run.upperBound) { continue }
            if run.count < 8, !Self.mayReachEightDigits(scan, runs, from: k) { continue }
            // A number the PDF's line wrap broke ("+381 60⏎555 7812") only when it is no number unbroken.
            // Fewer than eight digits in the groups is never a phone number: `parse` is called only
            // with eight or more. The walk across lines reads more than the plain one only past a
            // line break where the plain one stopped (and counts only when it crossed one).
            Self.walkGroups(scan, runs, from: k, into: &plain)
            let unbroken = plain.digitCount >= 8 ? parse(scan, run, plain) : nil
            guard let (start, end, kind) = unbroken ?? (plain.stoppedAtLineBreak ? parseAcrossLines(scan, runs, k, &acrossLines) : nil) else { continue }
            var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? kind.score, matched: kind.label)
            let cue = scan.nearestCue([.phone], before: start, within: 40)
            if let cue {
                candidate.score += 0.15
                scan.addEvidence(&candidate, .folded(start: cue.start, end: cue.end), 0.15)
            }
            if let cue, let owner = scan.privateOwner(ofContactWord: cue.start..<cue.end) {
                // "lični telefon svedokinje", "her phone", "the workers' phone numbers": a person's
                // own number, whatever institution the sentence also names.
                scan.addEvidence(&candidate, owner, 0)
            } else if Self.isFreePhone(scan, start..<end) {
                // 0800/0808 free-phone numbers are helplines and public services, never a person's phone.
                candidate.score -= 0.6
                scan.addEvidence(&candidate, .literal("free-phone number (a public helpline)"), -0.6)
            } else {
                scan.judgeInstitutional(&candidate, penalty: 0.6)
            }
            if candidate.person == nil { candidate.person = scan.anchorPerson(before: start) }
            scan.emit(candidate)
            skipUntil = end
        }
    }

    /// National free-phone prefixes (0800 in the UK, Serbia, Bosnia, Croatia, Montenegro; 0808 in
    /// the UK), also after the country code ("+44 800 …", "+44 (0)800 …"), as (digits, count).
    static let freePhonePrefixes: [(value: Int, digits: Int)] = ["0800", "0808", "44800", "44808", "440800", "440808", "381800", "387800", "385800", "382800"]
        .map { (Int($0)!, $0.count) }

    /// Whether the number in `range` is a free-phone number (its first six digits, no allocation).
    static func isFreePhone(_ scan: ScanContext, _ range: Range<Int>) -> Bool {
        var values = (0, 0, 0)  // the value of the first 4, 5 and 6 digits
        var count = 0
        var value = 0
        let bytes = scan.text.bytes, flags = scan.text.flags
        var i = range.lowerBound
        while i < range.upperBound, count < 6 {
            if flags[i] & ScalarFolding.Flags.digit != 0, bytes[i] < 0x80 {
                value = value * 10 + Int(bytes[i] - 0x30)
                count += 1
                switch count {
                case 4: values.0 = value
                case 5: values.1 = value
                case 6: values.2 = value
                default: break
                }
            }
            i += 1
        }
        guard count >= 4 else { return false }
        for prefix in freePhonePrefixes where prefix.digits <= count {
            let head = prefix.digits == 4 ? values.0 : (prefix.digits == 5 ? values.1 : values.2)
            if head == prefix.value { return true }
        }
        return false
    }

    /// Where the next digit group starts after a group ending at `i` (exclusive): one space, '-' or
    /// '/' (or, with `acrossLines`, one line break in all), an optional "(" before an area code
    /// ("+1 (212) 555-0147") or "(0)" after the country code; nil when no group follows.
    @inline(__always)
    static func nextGroup(_ scan: ScanContext, after i: Int, acrossLines: Bool, lineBreaks: inout Int) -> Int? {
        // Each byte is read once (0 past the end of the text, which equals none of the bytes
        // tested; `i` is after a digit, so no position is negative).
        let bytes = scan.text.bytes, n = scan.count
        @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? bytes[k] : 0 }
        var j = i
        if at(j) == UInt8(ascii: ")") { j += 1 }
        let separator = at(j)
        if separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") {
            j += 1
        } else if acrossLines, lineBreaks == 0, separator == UInt8(ascii: "\n") {
            lineBreaks += 1
            j += 1
        } else if j == i { return nil }
        if at(j) == UInt8(ascii: " ") { j += 1 }
        if at(j) == UInt8(ascii: "("), scan.isDigit(j + 1), !(at(j + 1) == UInt8(ascii: "0") && at(j + 2) == UInt8(ascii: ")")) {
            j += 1
        }
        if at(j) == UInt8(ascii: "("), at(j + 1) == UInt8(ascii: "0"), at(j + 2) == UInt8(ascii: ")") {
            j += 3
            if at(j) == UInt8(ascii: " ") { j += 1 }
        }
        guard scan.isDigit(j) else { return nil }
        return j
    }

    /// Whether the digit runs from run `k` on hold eight digits before a gap no walk of the groups
    /// (`walkGroups`, in either mode) can step over: each step goes from a group's end over at
    /// most seven bytes, all of them ")", "(", a space, '-', '/' or a line feed, to the next run
    /// (the "0" of "(0)" is a run of its own, counted here: an upper bound). Without eight, neither
    /// walk reads eight digits and the run is no phone number (most grouped numbers, dates
    /// included, are passed over without a walk).
    static func mayReachEightDigits(_ scan: ScanContext, _ runs: CompactRanges, from k: Int) -> Bool {
        let bytes = scan.text.bytes
        var k = k
        var digits = runs[k].count
        while digits < 8 {
            guard k + 1 < runs.count else { return false }
            let gap = runs[k].upperBound..<runs[k + 1].lowerBound
            guard gap.count <= 7 else { return false }
            for i in gap {
                let b = bytes[i]
                guard b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: ")") || b == UInt8(ascii: "(")
                    || b == UInt8(ascii: "\n")
                else { return false }
            }
            k += 1
            digits += runs[k].count
        }
        return true
    }

    /// Whether `nextGroup` (in either mode) can find a group after one ending at `i`: only after
    /// ")", a space, '-', '/' or a line break.
    @inline(__always)
    static func mayHaveNextGroup(_ scan: ScanContext, after i: Int) -> Bool {
        guard i < scan.count else { return false }
        let b = scan.byte(i)
        return b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: ")") || b == UInt8(ascii: "\n")
    }

    /// Whether a digit lies in the seven bytes after `i`. `nextGroup` after a group ending at `i`
    /// skips at most ")", a separator, a space, "(0)" and a space, so the next group's first digit
    /// lies there; without one neither walk reads past the first group (a digit run followed by
    /// a word, the most common case, is passed over after one load of flags).
    @inline(__always)
    static func hasDigitShortlyAfter(_ scan: ScanContext, _ i: Int) -> Bool {
        let digit = UInt64(ScalarFolding.Flags.digit) &* 0x0101_0101_0101_0101
        if i + 9 <= scan.count {
            let flags = UInt64(littleEndian: UnsafeRawPointer(scan.text.flags.baseAddress! + i + 1).loadUnaligned(as: UInt64.self))
            return flags & digit & 0x00FF_FFFF_FFFF_FFFF != 0
        }
        var j = i + 1
        while j < min(scan.count, i + 8) {
            if scan.isDigit(j) { return true }
            j += 1
        }
        return false
    }

    /// What the walk over a number's digit groups read: from the digit run, groups of digits
    /// separated by one space, '-', '/', or "(0)" after the country code (see `nextGroup`), while
    /// at most 16 digits are read. Only what `parse` looks at is kept: the count of digits, the
    /// first eight of them (country codes and trunk prefixes are shorter) and the group lengths
    /// (at most 17 groups: each has a digit and the walk stops after the 17th digit).
    struct GroupWalk {
        var digitCount = 0
        /// The first eight digits, digit k in byte k.
        var firstDigits: UInt64 = 0
        /// The group lengths (room for 17, owned by the caller: storage reused from number to number).
        let groups: UnsafeMutablePointer<Int>
        var groupCount = 0
        /// Where the walk stopped (after the last group, or at a group that had no digit).
        var end = 0
        /// Line breaks crossed (with `acrossLines`, at most one).
        var lineBreaks = 0
        /// The walk stopped at a line break after a group (or after its ")"): the only place where
        /// the walk across lines goes on while the plain one stops.
        var stoppedAtLineBreak = false

        static let maxGroups = 17

        init(groups: UnsafeMutablePointer<Int>) {
            self.groups = groups
        }

        /// Digit k of the number (k < 8 and k < `digitCount`).
        @inline(__always) func digit(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: firstDigits >> UInt64(8 &* k)) }

        /// Whether the group lengths are exactly `lengths`.
        func hasGroups(_ lengths: Int...) -> Bool {
            guard groupCount == lengths.count else { return false }
            for k in 0..<groupCount where groups[k] != lengths[k] { return false }
            return true
        }

        /// Whether digits `offset ..< count` (count ≤ `digitCount`) start with the code.
        @inline(__always)
        func digits(from offset: Int, count: Int, startWith code: [UInt8]) -> Bool {
            guard count - offset >= code.count else { return false }
            var k = 0
            while k < code.count {
                if digit(offset + k) != code[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// Walks the digit groups from digit run `k` (one walk for both the digit-count test and
    /// `parse`), into `walk` (its storage is reused). Every group is a whole digit run (a maximal
    /// run of ASCII digits; a group starting at another digit would read none and end the walk),
    /// so the walk adds the runs' lengths and reads only the first eight digits.
    static func walkGroups(_ scan: ScanContext, _ runs: CompactRanges, from k: Int, acrossLines: Bool = false, into walk: inout GroupWalk) {
        walk.digitCount = 0
        walk.firstDigits = 0
        walk.groupCount = 0
        walk.lineBreaks = 0
        walk.stoppedAtLineBreak = false
        let bytes = scan.text.bytes
        var k = k
        var i = runs[k].lowerBound
        while walk.digitCount <= 16 {
            // The run starting at i ("(0)" skipped by `nextGroup` is a run of its own before it).
            while k < runs.count, runs[k].lowerBound < i { k += 1 }
            guard k < runs.count, runs[k].lowerBound == i else { break }
            let run = runs[k]
            var d = walk.digitCount
            while d < 8, d - walk.digitCount < run.count {
                walk.firstDigits |= UInt64(bytes[i + d - walk.digitCount]) << UInt64(8 &* d)
                d += 1
            }
            walk.digitCount += run.count
            walk.groups[walk.groupCount] = run.count
            walk.groupCount += 1
            i = run.upperBound
            guard let next = nextGroup(scan, after: i, acrossLines: acrossLines, lineBreaks: &walk.lineBreaks) else {
                let j = scan.is(i, ")") ? i + 1 : i
                walk.stoppedAtLineBreak = scan.is(j, "\n")
                break
            }
            i = next
        }
        walk.end = i
    }

    /// The phone number at digit run `k` whose plain walk stopped at a line break: the walk across
    /// the line, when it crossed one and read eight digits or more, and the run is near its line's end.
    func parseAcrossLines(_ scan: ScanContext, _ runs: CompactRanges, _ k: Int, _ walk: inout GroupWalk) -> (Int, Int, Kind)? {
        let run = runs[k]
        Self.walkGroups(scan, runs, from: k, acrossLines: true, into: &walk)
        guard walk.lineBreaks > 0, walk.digitCount >= 8, scan.lineEnd(run.upperBound) - run.upperBound < 24 else { return nil }
        return parse(scan, run, walk)
    }

    struct Kind {
        var label: Candidate.Match
        var score: Double
    }

    /// The phone number at a digit run, given the walk over its groups (`walkGroups`). Fewer than
    /// eight digits in the groups is never a phone number: the caller calls only with eight or more.
    func parse(_ scan: ScanContext, _ run: Range<Int>, _ walk: GroupWalk) -> (Int, Int, Kind)? {
        var start = run.lowerBound
        var international = false
        if start > 0, scan.is(start - 1, "+") {
            international = true
            start -= 1
            if scan.isGlued(before: start) { return nil }
        } else if start > 0, scan.is(start - 1, "(") {
            start -= 1
        } else if scan.isGlued(before: start, glue: "-/.,:") {
            return nil
        } else if start >= 2, scan.is(start - 1, " "), scan.isWord(start - 2) && (scan.isDigit(start - 2) || scan.isAllCaps(scan.wordStart(from: start - 2)..<(start - 1))),
            !(scan.isDigit(start - 2) && scan.wordStart(from: start - 2) <= start - 11 && scan.is(run.upperBound, "/"))
        {
            // The middle of a longer number ("RS35 1600 0000 …") or a case number ("KT 0112358 24");
            // not a mobile "069/447-2081" after a complete long number (a JMBG in the cell before).
            return nil
        }
        let end = walk.end
        if scan.isGlued(after: end, glue: "") { return nil }
        // Country codes are compared by index; a country's entry (with its strings) is read only
        // when its code matches.
        let codes = Self.countryCodeDigits
        // "+977 980 4412 573 14.09.2023.": the next cell's number joined the groups; the longest
        // shorter run of groups that is a complete number of its country.
        func shorterInternational() -> (Int, Int, Kind)? {
            guard international, walk.groupCount >= 3 else { return nil }
            var total = walk.digitCount
            for g in stride(from: walk.groupCount - 1, through: 2, by: -1) {
                total -= walk.groups[g]
                for c in codes.indices where walk.digits(from: 0, count: total, startWith: codes[c]) {
                    let country = Self.countriesLongestCodeFirst[c]
                    if let allowed, !allowed.contains(country.iso) { return nil }
                    if country.national.contains(total - codes[c].count) {
                        // The end of group g-1: walk the digits again (rare; no array kept per number).
                        var seen = 0, k = run.lowerBound
                        while k < end, seen < total { if scan.isDigit(k) { seen += 1 }; k += 1 }
                        return (start, k, Kind(label: .internationalPhone(country: c), score: 0.85))
                    }
                    break
                }
            }
            return nil
        }
        if end < scan.count, scan.is(end, "."), end + 1 < scan.count, scan.isDigit(end + 1) { return shorterInternational() }
        let n = walk.digitCount
        guard n >= 8 else { return nil }
        let zero = UInt8(ascii: "0")
        if international || (walk.digit(0) == zero && walk.digit(1) == zero && walk.digit(2) != zero) {
            // The digits after the trunk prefix "00" (all of them after "+").
            let offset = international ? 0 : 2
            for c in codes.indices where walk.digits(from: offset, count: n, startWith: codes[c]) {
                let country = Self.countriesLongestCodeFirst[c]
                if let allowed, !allowed.contains(country.iso) { return nil }
                let national = n - offset - codes[c].count
                if country.national.contains(national) { return (start, end, Kind(label: .internationalPhone(country: c), score: 0.85)) }
            }
            if international && (7...12).contains(n - offset - 2) && walk.groupCount >= 2 {
                return (start, end, Kind(label: .literal("international phone number"), score: 0.6))
            }
            return shorterInternational()
        }
        if let allowed, allowed.isEmpty { return nil }
        if walk.digit(0) == zero {
            guard (9...11).contains(n), walk.groupCount == 1 || (2...5).contains(walk.groups[0]) else { return nil }
            for g in 1..<max(1, walk.groupCount) where walk.groups[g] < 2 { return nil }
            // One unbroken run of digits is a phone only with a phone word near it.
            return (start, end, Kind(label: .literal("national phone number"), score: walk.groupCount == 1 ? 0.4 : 0.7))
        }
        if walk.digit(0) == UInt8(ascii: "1"), n == 11, (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(walk.digit(1)),
            walk.hasGroups(11) || walk.hasGroups(3, 4, 4)
        {
            return (start, end, Kind(label: .literal("Chinese mobile number"), score: 0.7))
        }
        if n == 10, walk.hasGroups(3, 3, 4) || walk.hasGroups(3, 7), walk.digit(0) >= UInt8(ascii: "2"),
            scan.is(run.lowerBound - 1, "(") || walk.hasGroups(3, 3, 4)
        {
            return (start, end, Kind(label: .literal("North American phone number"), score: 0.55))
        }
        return nil
    }
}
