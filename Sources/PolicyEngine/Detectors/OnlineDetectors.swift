/// E-mail addresses of private people. Role addresses (press@, office@, info@…), addresses in
/// e-mail headers and institutional contacts stay.
struct EmailDetector: Detector {
    static let name = "email"
    static let summary = "e-mail addresses (role addresses, header lines and institutional contacts stay)"
    static let roleLocalParts = Lexicon.folded([
        "press", "office", "info", "kontakt", "contact", "prijava", "prijave", "informacije", "admin", "sekretarijat",
        "pisarnica", "support", "mail", "noreply", "no-reply", "secretariat", "media", "pr", "kabinet", "sud", "court",
        "registry", "hotline", "helpdesk", "webmaster", "postmaster", "uprava", "tuzilastvo", "javnost", "public",
    ])
    /// The role local parts as a set of folded bytes (all ASCII, as every local part is).
    static let roleLocalPartSet = FoldedWordSet(roleLocalParts)
    static let headerWords = Lexicon.folded(["from", "to", "cc", "bcc", "sent", "reply-to", "od", "za", "prima", "kopija", "posiljalac", "date", "subject"])
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        var at = 0
        for atSign in scan.atSigns where Int(atSign) >= at {
            let found = Int(atSign)
            at = found + 1
            guard let (start, end) = Self.address(scan, at: found) else { continue }
            var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.85, matched: .literal("e-mail address"))
            if Self.isRoleAddress(scan.word(start..<found)) {
                candidate.score -= 0.6
                scan.addEvidence(&candidate, .literal("role address"), -0.6)
            } else if Self.isHeaderLine(scan, start) {
                candidate.score -= 0.6
                scan.addEvidence(&candidate, .literal("e-mail header line"), -0.6)
            } else if Self.isOrganisationDomain(scan, start: start, at: found, end: end) {
                candidate.score -= 0.6
                scan.addEvidence(&candidate, .literal("the domain of an organisation named in the document"), -0.6)
            } else {
                scan.judgeInstitutional(&candidate, penalty: 0.5)
            }
            if candidate.person == nil { candidate.person = scan.anchorPerson(before: start) }
            scan.emit(candidate)
            at = end
        }
    }

    /// Whether a local part is a role part ("info") or starts with one and a dot ("info.beograd").
    /// The local part is ASCII (`address` takes only `isLocalByte` bytes) and no role part has a
    /// dot, so a role part and a dot start it exactly when its bytes before its first dot are one.
    static func isRoleAddress(_ local: UnsafeBufferPointer<UInt8>) -> Bool {
        if roleLocalPartSet.contains(local) { return true }
        guard let dot = local.firstIndex(of: UInt8(ascii: ".")) else { return false }
        return roleLocalPartSet.contains(UnsafeBufferPointer(rebasing: local[0..<dot]))
    }

    /// The address around the "@" at `at`, or nil.
    static func address(_ scan: ScanContext, at: Int) -> (Int, Int)? {
        var s = at
        while s > 0, isLocalByte(scan.byte(s - 1)) { s -= 1 }
        while s < at, !scan.isWord(s) { s += 1 }
        guard s < at else { return nil }
        var e = at + 1
        var dots = 0
        while e < scan.count, scan.isWord(e) && scan.byte(e) < 0x80 || scan.is(e, "-") || scan.is(e, ".") {
            if scan.is(e, ".") { dots += 1 }
            e += 1
        }
        while e > at + 1, scan.is(e - 1, ".") || scan.is(e - 1, "-") {
            if scan.is(e - 1, ".") { dots -= 1 }
            e -= 1
        }
        guard dots >= 1, e > at + 3 else { return nil }
        var t = e
        while t > at, scan.isLetter(t - 1) { t -= 1 }
        guard scan.is(t - 1, "."), e - t >= 2 else { return nil }
        return (s, e)
    }

    /// Whether the address's domain ("balkantrialwatch.org", "sigurna-luka.rs") spells an
    /// organisation's name of two or more capitalised words written shortly before it or at the
    /// top of the document ("Balkan Trial Watch", "MREŽA SIGURNA LUKA"): a work address.
    static func isOrganisationDomain(_ scan: ScanContext, start: Int, at: Int, end: Int) -> Bool {
        var e = at + 1
        while e < end, !scan.is(e, ".") { e += 1 }
        let label = scan.text.bytes[(at + 1)..<e].filter { $0 != UInt8(ascii: "-") }
        guard label.count >= 6, label.allSatisfy({ $0 < 0x80 }) else { return false }
        let flags = scan.text.flags, upper = Self.upperInEveryByte
        for window in [max(0, start - 800)..<start, 0..<min(300, start)] {
            var i = window.lowerBound
            while i < window.upperBound {
                // Only an upper-case byte can start a name: eight bytes without one are passed
                // over at once (they would each be passed over below).
                if i + 8 <= window.upperBound,
                    UnsafeRawPointer(flags.baseAddress! + i).loadUnaligned(as: UInt64.self) & upper == 0
                {
                    i += 8
                    continue
                }
                if scan.isLetter(i), !scan.isWord(i - 1), scan.isUpper(i) {
                    if spells(scan, label, from: i) { return true }
                    i = scan.wordEnd(from: i)
                } else {
                    i += 1
                }
            }
        }
        return false
    }

    /// `ScalarFolding.Flags.upper` in each byte of a word of flags.
    private static let upperInEveryByte = UInt64(ScalarFolding.Flags.upper) &* 0x0101_0101_0101_0101

    /// Whether capitalised words from `start`, joined, are exactly `label` (two words at least).
    private static func spells(_ scan: ScanContext, _ label: [UInt8], from start: Int) -> Bool {
        var k = 0
        var j = start
        var words = 0
        while j < scan.count, scan.isLetter(j) {
            let word = j..<scan.wordEnd(from: j)
            guard scan.isCapitalized(word) || scan.isDigit(j) else { return false }
            let bytes = scan.word(word)
            guard k + bytes.count <= label.count, label[k..<(k + bytes.count)].elementsEqual(bytes) else { return false }
            k += bytes.count
            words += 1
            if k == label.count { return words >= 2 }
            j = word.upperBound
            guard j + 1 < scan.count, scan.is(j, " ") || scan.is(j, "-") else { return false }
            j += 1
        }
        return false
    }

    static func isLocalByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x5F || b == 0x2D || b == 0x2B || b == 0x25
    }

    static func isHeaderLine(_ scan: ScanContext, _ position: Int) -> Bool {
        let line = scan.lineStart(position)
        var i = line
        while i < scan.count, scan.is(i, ">") || scan.is(i, " ") { i += 1 }
        let word = scan.wordEnd(from: i)
        var key = scan.string(i..<word)
        if word < scan.count, scan.is(word, "-") { key += "-" + scan.string((word + 1)..<scan.wordEnd(from: word + 1)) }
        let colon = key.count + i
        return headerWords.contains(key) && colon < scan.count && scan.text.bytes[colon..<min(scan.count, colon + 2)].contains(UInt8(ascii: ":"))
    }
}

/// Social-media handles: `@name`, and account names after a platform word ("WeChat: lina_sd88",
/// "Zalo: yen.dinh01", "Instagram nalog je …").
struct SocialHandleDetector: Detector {
    static let name = "social-handle"
    static let summary = "social-media handles (@name, or an account name after Instagram, WeChat, Zalo, Viber…)"
    static let fillers = FoldedWordSet(Lexicon.folded(["je", "is", "nalog", "naloga", "account", "id", "profil", "profile", "handle", "username", "ime", "name", "was", "bio", "koristi", "uses", "under", "pod", "kao", "as", "broj", "number", "na", "my", "her", "his", "njen", "njegov"]))
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        var emitted = Set<Int>()
        for atSign in scan.atSigns {
            let found = Int(atSign)
            guard found == 0 || (!scan.isWord(found - 1) && !scan.is(found - 1, ".")) else { continue }
            let end = Self.handleEnd(scan, from: found + 1)
            guard end - found >= 3, !(found + 1..<end).allSatisfy({ scan.isDigit($0) }) else { continue }
            if EmailDetector.address(scan, at: found) != nil { continue }
            scan.emit(Candidate(
                start: found, end: end, rule: ruleIndex, score: rule.score ?? 0.8, matched: .literal("@handle"),
                person: scan.anchorPerson(before: found)))
            emitted.insert(found)
        }
        for hit in scan.cueHits where hit.cue == .handlePlatform {
            var i = hit.end
            var words = 0
            while i < scan.count, i < hit.end + 40, words < 4 {
                while i < scan.count, scan.isSpace(i) && !scan.isNewline(i) || scan.is(i, ":") || scan.is(i, "(") || scan.is(i, "\"") { i += 1 }
                guard i < scan.count, scan.isWord(i) || scan.is(i, "@") else { break }
                if scan.is(i, "@") { break }
                let end = Self.handleEnd(scan, from: i)
                // ASCII only (`handleEnd` stops at any other byte): a character is a byte, and a
                // number character is a digit.
                let token = scan.word(i..<end)
                @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
                let underscore = UInt8(ascii: "_"), dot = UInt8(ascii: ".")
                if Self.fillers.contains(token) || (scan.isCue(i..<end, [.handlePlatform]) && !token.contains(where: { isDigit($0) || $0 == underscore })) {
                    i = end
                    words += 1
                    continue
                }
                let looksLikeHandle = token.count >= 3 && token.count <= 40
                    && token.contains(where: { isDigit($0) || $0 == underscore || $0 == dot })
                    && !token.allSatisfy({ isDigit($0) || $0 == dot })
                    && !(end < scan.count && scan.is(end, "@"))
                if looksLikeHandle && !emitted.contains(i) {
                    scan.emit(Candidate(
                        start: i, end: end, rule: ruleIndex, score: rule.score ?? 0.75,
                        matched: .literal("account name after a platform word"), person: scan.anchorPerson(before: i)))
                }
                break
            }
        }
    }

    /// End of a handle: letters, digits, '.', '_' (a trailing dot is punctuation).
    static func handleEnd(_ scan: ScanContext, from start: Int) -> Int {
        var e = start
        while e < scan.count, (scan.isWord(e) && scan.byte(e) < 0x80) || scan.is(e, "_") || scan.is(e, ".") && e + 1 < scan.count && (scan.isWord(e + 1) || scan.is(e + 1, "_")) {
            e += 1
        }
        return e
    }
}

/// Vehicle registration plates: Serbian and Croatian style `BG 123-AB`, `ZG 1234-AB` (two letters,
/// 3–4 digits, two letters), Bosnian `A12-B-345` (also in Cyrillic look-alike letters) and, after a
/// plate word, Montenegrin `PG AB 123`.
struct VehiclePlateDetector: Detector {
    static let name = "vehicle-plate"
    static let summary = "vehicle plates: Serbian/Croatian (BG 123-AB), Bosnian (A12-B-345), Montenegrin after a plate word (PG AB 123)"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        // One walk over the digit runs for all three formats (each number's bytes are read while
        // they are in cache; the candidates are sorted by position before they are resolved).
        for run in scan.digitRuns where run.count == 3 || run.count == 4 {
            if run.count == 3 {
                // The byte before the digits decides first which format can match (see the first tests
                // of `bosnianPlateStart` and `montenegrinPlateStart`): most numbers are passed over here.
                let s = run.lowerBound
                let mayBeBosnian = s >= 6 && (scan.is(s - 1, "-") || scan.is(s - 1, " "))
                let mayBeMontenegrin = scan.isLetter(s - 1) || (scan.isSpace(s - 1) && scan.isLetter(s - 2))
                if mayBeBosnian, let start = bosnianPlateStart(scan, lastDigits: run) {
                    emitPlate(scan, start, run.upperBound, "Bosnian registration plate format (A12-B-345)", needsCue: false)
                } else if mayBeMontenegrin, let start = montenegrinPlateStart(scan, digits: run) {
                    emitPlate(scan, start, run.upperBound, "Montenegrin registration plate format (PG AB 123) after a plate word", needsCue: true)
                }
            }
            lettersAfterDigits(scan, run)
        }
    }

    /// "BG 123-AB": letters, three or four digits, letters (the digit run `run`).
    private func lettersAfterDigits(_ scan: ScanContext, _ run: Range<Int>) {
        // The two letters after the digits first: most numbers have none (and then the word
        // before them is never looked up).
        var e = run.upperBound
        guard e + 2 < scan.count, scan.is(e, "-") || scan.is(e, " ") else { return }
        e += 1
        // The letters' first byte starts a scalar (a separator is before it), so
        // `isPlateLetters` needs it to be an upper-case letter: tested before the word is cut.
        guard scan.flags(e) & (ScalarFolding.Flags.letter | ScalarFolding.Flags.upper) == ScalarFolding.Flags.letter | ScalarFolding.Flags.upper else { return }
        let letters = e..<scan.wordEnd(from: e)
        guard isPlateLetters(scan, letters), !scan.isGlued(after: letters.upperBound, glue: "-") else { return }
        guard let before = scan.wordBefore(run.lowerBound, skipping: "", crossLines: false),
            before.upperBound >= run.lowerBound - 1, isPlateLetters(scan, before)
        else { return }
        var candidate = Candidate(
            start: before.lowerBound, end: letters.upperBound, rule: ruleIndex, score: rule.score ?? 0.8,
            matched: .literal("registration plate format"))
        if let cue = scan.nearestCue([.plate], before: before.lowerBound, within: 60) {
            candidate.score += 0.15
            scan.addEvidence(&candidate, .folded(start: cue.start, end: cue.end), 0.15)
        }
        candidate.person = scan.anchorPerson(before: before.lowerBound)
        scan.emit(candidate)
    }

    /// Letters of Bosnian plates: those Latin and Cyrillic share (A E J K M O T), so a plate typed
    /// with Cyrillic look-alikes folds to the same letters.
    static let bosnianLetters: [UInt8] = Array("aejkmot".utf8)

    /// "A12-B-345", "К47-Е-219": `lastDigits` is the final group of three; the start of the plate.
    private func bosnianPlateStart(_ scan: ScanContext, lastDigits run: Range<Int>) -> Int? {
        let s = run.lowerBound
        guard s >= 6 else { return nil }
        let separator: Unicode.Scalar = scan.is(s - 1, "-") ? "-" : " "
        // "B" between two separators, then "A12": one letter and two digits, not glued before.
        // (The bytes before the digits first: they reject nearly every number.)
        guard scan.is(s - 1, separator), isBosnianLetter(scan, s - 2), scan.is(s - 3, separator),
            scan.isDigit(s - 4), scan.isDigit(s - 5), isBosnianLetter(scan, s - 6), !scan.isGlued(before: s - 6, glue: "-/."),
            !scan.isGlued(after: run.upperBound, glue: "-/")
        else { return nil }
        return s - 6
    }

    private func isBosnianLetter(_ scan: ScanContext, _ i: Int) -> Bool {
        i >= 0 && scan.isUpper(i) && Self.bosnianLetters.contains(scan.byte(i))
    }

    /// "PG AB 123", "NK BC123": a two-letter town code, two letters and three digits.
    private func montenegrinPlateStart(_ scan: ScanContext, digits run: Range<Int>) -> Int? {
        // The two letters end right before the digits or one space (or TAB) before them (the
        // tests below need a letter there): one or two bytes reject nearly every number first.
        let s = run.lowerBound
        guard scan.isLetter(s - 1) || (scan.isSpace(s - 1) && scan.isLetter(s - 2)) else { return nil }
        guard !scan.isGlued(after: run.upperBound, glue: "-/"), !scan.isGlued(before: run.lowerBound, glue: "-/.,") || scan.isLetter(run.lowerBound - 1),
            let letters = scan.wordBefore(run.lowerBound, skipping: "", crossLines: false), run.lowerBound - letters.upperBound <= 1
        else { return nil }
        // Glued ("AB123") the word before is the whole token: its letters end where the digits start.
        let letterRange = letters.upperBound > run.lowerBound ? letters.lowerBound..<run.lowerBound : letters
        guard isPlateLetters(scan, letterRange), letterRange.lowerBound >= 3, scan.is(letterRange.lowerBound - 1, " "),
            let town = scan.wordBefore(letterRange.lowerBound, skipping: "", crossLines: false), town.upperBound == letterRange.lowerBound - 1,
            isPlateLetters(scan, town), !scan.isGlued(before: town.lowerBound, glue: "-/.")
        else { return nil }
        return town.lowerBound
    }

    private func emitPlate(_ scan: ScanContext, _ start: Int, _ end: Int, _ how: StaticString, needsCue: Bool) {
        var candidate = Candidate(start: start, end: end, rule: ruleIndex, score: rule.score ?? 0.8, matched: .literal(how))
        if let cue = scan.nearestCue([.plate], before: start, within: 60) {
            candidate.score += 0.15
            scan.addEvidence(&candidate, .folded(start: cue.start, end: cue.end), 0.15)
        } else if needsCue {
            return
        }
        candidate.person = scan.anchorPerson(before: start)
        scan.emit(candidate)
    }

    private func isPlateLetters(_ scan: ScanContext, _ range: Range<Int>) -> Bool {
        var letters = 0
        for i in range {
            guard scan.isLetter(i) else { return false }
            if scan.flags(i) & ScalarFolding.Flags.continuation != 0 { continue }
            guard scan.isUpper(i) else { return false }
            letters += 1
        }
        return letters == 2
    }
}
