/// Check-digit and plausibility tests of identity numbers, accounts and cards.
enum Checksums {
    /// Yugoslav/Serbian JMBG: 13 digits DDMMYYYRRBBBK, mod-11 control digit, valid date and region.
    static func isValidJMBG(_ d: [Int]) -> Bool {
        guard d.count == 13 else { return false }
        let weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for i in 0..<12 { sum += d[i] * weights[i] }
        var control = 11 - sum % 11
        if control > 9 { control = 0 }
        guard control == d[12] else { return false }
        let day = d[0] * 10 + d[1], month = d[2] * 10 + d[3]
        let yyy = d[4] * 100 + d[5] * 10 + d[6]
        let year = yyy >= 800 ? 1000 + yyy : 2000 + yyy
        guard isValidDate(year: year, month: month, day: day), year <= 2100 else { return false }
        let region = d[7] * 10 + d[8]
        return region != 0 && region != 40 && region != 60 && region != 69
    }

    /// Chinese resident ID: 17 digits and a check character (ISO 7064 MOD 11-2, `X` for 10),
    /// with a plausible region and birth date.
    static func isValidChineseID(_ chars: [UInt8]) -> Bool {
        guard chars.count == 18 else { return false }
        // (The weights and check characters are static: no array is made per number.)
        for c in chars.prefix(17) where !(48...57).contains(c) { return false }
        @inline(__always) func digit(_ i: Int) -> Int { Int(chars[i]) - 48 }
        var sum = 0
        for i in 0..<17 { sum += digit(i) * chineseIDWeights[i] }
        let expected = chineseIDCheckCharacters[sum % 11]
        var last = chars[17]
        if last == UInt8(ascii: "x") { last = UInt8(ascii: "X") }
        guard last == expected else { return false }
        guard (1...8).contains(digit(0)) else { return false }
        let year = digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9)
        let month = digit(10) * 10 + digit(11), day = digit(12) * 10 + digit(13)
        return (1900...2100).contains(year) && isValidDate(year: year, month: month, day: day)
    }

    private static let chineseIDWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let chineseIDCheckCharacters = Array("10X98765432".utf8)

    /// IBAN (ISO 13616): country code, check digits, BBAN of the country's length; mod 97 == 1.
    static func isValidIBAN(_ text: [UInt8]) -> Bool {
        guard text.count >= 15, text.count <= 34 else { return false }
        let upper = text.map { (97...122).contains($0) ? $0 - 32 : $0 }
        let country = String(decoding: upper.prefix(2), as: UTF8.self)
        if let length = ibanLengths[country], length != upper.count { return false }
        let rearranged = Array(upper[4...]) + Array(upper[0..<4])
        var remainder = 0
        for c in rearranged {
            if (48...57).contains(c) {
                remainder = (remainder * 10 + Int(c) - 48) % 97
            } else if (65...90).contains(c) {
                let v = Int(c) - 55
                remainder = (remainder * 100 + v) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    static let ibanLengths: [String: Int] = [
        "RS": 22, "BA": 20, "HR": 21, "ME": 22, "MK": 19, "SI": 19, "DE": 22, "AT": 20, "GB": 22, "FR": 27, "IT": 27,
        "ES": 24, "NL": 18, "CH": 21, "HU": 28, "RO": 24, "BG": 22, "GR": 27, "PL": 28, "CZ": 24, "SK": 24, "BE": 16,
        "LU": 20, "IE": 22, "PT": 25, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "TR": 26, "AL": 28, "XK": 20, "CY": 28,
        "MT": 31, "LT": 20, "LV": 21, "EE": 20, "UA": 29, "AE": 23, "SA": 24, "QA": 29,
    ]

    /// Luhn (payment cards).
    static func isValidLuhn(_ d: [Int]) -> Bool {
        guard d.count >= 12 else { return false }
        var sum = 0
        for (i, digit) in d.reversed().enumerated() {
            if i % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// Serbian bank account 3-13-2 (18 digits): the whole number mod 97 == 1 (ISO 7064 MOD 97-10).
    /// Croatian OIB: 11 digits, ISO 7064 MOD 11,10 control digit.
    static func isValidOIB(_ d: [Int]) -> Bool {
        guard d.count == 11 else { return false }
        var a = 10
        for digit in d.prefix(10) {
            a = (a + digit) % 10
            if a == 0 { a = 10 }
            a = (a * 2) % 11
        }
        let k = 11 - a
        return (k == 10 ? 0 : k) == d[10]
    }

    private static let verhoeffD: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    private static let verhoeffP: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// Verhoeff check (Aadhaar): the whole number, check digit included, checks to 0.
    static func isValidVerhoeff(_ d: [Int]) -> Bool {
        guard !d.isEmpty else { return false }
        var c = 0
        for (i, digit) in d.reversed().enumerated() { c = verhoeffD[c][verhoeffP[i % 8][digit]] }
        return c == 0
    }

    /// ISO 7064 MOD 97-10 over the whole number (the control pair included): remainder 1.
    static func isValidMod97(_ d: [Int]) -> Bool {
        guard d.count >= 4 else { return false }
        var remainder = 0
        for digit in d { remainder = (remainder * 10 + digit) % 97 }
        return remainder == 1
    }

    static func isValidSerbianAccount(_ d: [Int]) -> Bool {
        guard d.count == 18 else { return false }
        var remainder = 0
        for digit in d { remainder = (remainder * 10 + digit) % 97 }
        return remainder == 1
    }

    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let days: Int
        switch month {
        case 2: days = (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        return day <= days
    }
}

extension ScanContext {
    /// Digit groups from `start` joined by single separators: returns the end, the digits and
    /// the group lengths. Stops before a separator that is not followed by a digit.
    /// How many digits `readDigitGroups` would read (the same walk, nothing stored).
    func digitGroupCount(from start: Int, separators: [UInt8], maxDigits: Int = 24) -> Int {
        var i = start
        var digits = 0
        while i < count, digits <= maxDigits {
            let groupStart = i
            while i < count, isDigit(i), byte(i) < 0x80 { digits += 1; i += 1 }
            if i == groupStart { break }
            guard i + 1 < count, separators.contains(byte(i)) else { break }
            var j = i + 1
            if byte(i) != 0x20, j < count, byte(j) == 0x20 { j += 1 }
            guard j < count, isDigit(j) else { break }
            i = j
        }
        return digits
    }

    /// `digitGroupCount(from: digitRuns[k].lowerBound, separators: [first, second], maxDigits:)`
    /// counted on the digit runs instead of the bytes: every group the walk reads is a whole
    /// digit run (a maximal run of ASCII digits), so it adds the run's length and only looks at
    /// the separator bytes between runs.
    func digitGroupCount(run k: Int, separators first: UInt8, _ second: UInt8, maxDigits: Int) -> Int {
        var k = k
        var digits = 0
        while true {
            let run = digitRuns[k]
            digits += run.count
            // The walk goes on while it has read at most `maxDigits`, over one separator (a space
            // may follow a separator other than a space), to a digit.
            let i = run.upperBound
            guard digits <= maxDigits, i + 1 < count else { break }
            let b = byte(i)
            guard b == first || b == second else { break }
            var j = i + 1
            if b != 0x20, byte(j) == 0x20 { j += 1 }
            // The next group starts at j when a digit run starts there (a non-ASCII digit there
            // would end the walk with no digit read).
            guard k + 1 < digitRuns.count, digitRuns[k + 1].lowerBound == j else { break }
            k += 1
        }
        return digits
    }

    func readDigitGroups(from start: Int, separators: [UInt8], maxDigits: Int = 24) -> (end: Int, digits: [Int], groups: [Int]) {
        var i = start
        var digits: [Int] = []
        var groups: [Int] = []
        // Room for the digits the walk usually reads, allocated once (not grown 1, 2, 4, … as read).
        digits.reserveCapacity(maxDigits + 1)
        groups.reserveCapacity(8)
        while i < count, digits.count <= maxDigits {
            let groupStart = i
            while i < count, isDigit(i), byte(i) < 0x80 { digits.append(Int(byte(i)) - 48); i += 1 }
            if i > groupStart { groups.append(i - groupStart) } else { break }
            guard i + 1 < count, separators.contains(byte(i)) else { break }
            var j = i + 1
            if byte(i) != 0x20, j < count, byte(j) == 0x20 { j += 1 }  // "064 / 123"
            guard j < count, isDigit(j) else { break }
            i = j
        }
        return (i, digits, groups)
    }

    /// Whether the byte before `start` is a letter, digit or one of `glue` (part of a longer token).
    @inline(__always)
    func isGlued(before start: Int, glue: StaticString = "") -> Bool {
        guard start > 0 else { return false }
        return isWord(start - 1) || glue.containsByte(byte(start - 1))
    }

    @inline(__always)
    func isGlued(after end: Int, glue: StaticString = "") -> Bool {
        guard end < count else { return false }
        if isWord(end) { return true }
        if glue.containsByte(byte(end)) { return end + 1 < count && isWord(end + 1) }
        return false
    }
}
