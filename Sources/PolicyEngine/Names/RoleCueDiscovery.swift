import Foundation

/// Finds people the case registry does not list: a name introduced by a role cue ("oštećenu Saru
/// Ilić", "maloletna S.I.", "the injured party", "brat Nikola", "her mother, Nguyễn Thị Hoa"), a
/// nickname ("zvanu „Mimi“", "known as Hope") or an alias in brackets after a protected name
/// ("WANG Fang (王芳)"). Found people are then matched through the whole document in every
/// case form, like registered parties.
enum RoleCueDiscovery {
    /// The role of a person a cue introduces (nil for cues that introduce nobody protected).
    static func role(of cue: Lexicon.Cue) -> String? {
        switch cue {
        case .victim, .identified: return "victim"
        case .minor: return "minor"
        case .protectedWitness: return "protected-witness"
        case .relative: return "relative"
        default: return nil
        }
    }
    static let placePrepositions = FoldedWordSet(Lexicon.folded(["u", "iz", "in", "at", "from", "near", "kod", "za", "na", "do", "to", "into", "po", "ka", "prema"]))
    static let placeholderPattern = FoldedWordSet(["aa", "bb", "cc", "dd", "nn", "xx", "jj", "ii", "n.n.", "nn."])
    static let countryWords = FoldedWordSet(["narodne", "republike", "nr", "sr", "rep"])
    static let skippableLowercase = Lexicon.WordMatcher([.nationality, .possessive, .victim, .minor, .protectedWitness, .honorific])

    /// Runs discovery; returns the patterns of newly found forms (nil when nothing is new). The
    /// first round reads cues, tables and name shapes; later rounds only the nicknames and
    /// bracketed aliases of people found so far.
    ///
    /// What is read from mentions is read from the fresh ones only (`MentionAssembler.State`):
    /// a mention the previous round saw, at the same place for the same person, gives the same
    /// words again, and those add nothing — their alias hit is there now or their forms are
    /// generated (`generatedWords`), their family member's name is in `seenNames`, and their
    /// initials were searched for a full name (`checkedInitials`).
    static func discover(_ scan: ScanContext, firstRound: Bool) -> PatternSet.Builder? {
        var builder = PatternSet.Builder()
        var added = false
        let policy = scan.engine.policy
        if firstRound {
            added = discoverFromCuesAndShapes(scan, policy: policy, to: &builder)
        }
        for (cueStart, words) in nicknames(scan) {
            // The owner is named before the cue, or right after the nickname in the same or the
            // next sentence ("kontakt sačuvan pod imenom „Mica“, koji koristi oštećena Milica J.").
            guard let owner = protectedOwner(scan, before: cueStart, window: 260) ?? protectedOwner(scan, after: words.last!.upperBound, sentences: 2)
            else { continue }
            if addAlias(scan, person: owner, words: words, to: &builder) { added = true }
        }
        if policy.protectedRoles.contains("relative") {
            for name in familyMembers(scan) where addPerson(scan, role: "relative", words: name, gender: .unknown, to: &builder) { added = true }
        }
        for (person, word) in hypocoristics(scan) where addAlias(scan, person: person, words: [word], to: &builder) { added = true }
        for (person, words) in fullNamesOfInitials(scan) where addAlias(scan, person: person, words: words, to: &builder) { added = true }
        // Mentions an earlier round saw already add nothing now (see `freshMentions`).
        for k in scan.assembly.freshMentions {
            let mention = scan.mentions[Int(k)]
            guard scan.persons[mention.person].isProtected else { continue }
            if let words = bracketedAlias(scan, after: mention.end) ?? fullNameOfInitials(scan, mention) {
                if addAlias(scan, person: mention.person, words: words, to: &builder) { added = true }
            }
        }
        return added ? builder : nil
    }

    /// The nickname cues that name a nickname (after or before the cue) and its words, read from
    /// the text in the first round and kept for the later ones (`Memo`).
    static func nicknames(_ scan: ScanContext) -> [(cueStart: Int, words: [Range<Int>])] {
        if let known = scan.discoveryMemo.nicknames { return known }
        var result: [(cueStart: Int, words: [Range<Int>])] = []
        for hit in scan.cueHits where hit.cue == .nickname {
            if let words = nicknameAfter(scan, hit.end) ?? quotedNicknameBefore(scan, hit.start) { result.append((hit.start, words)) }
        }
        scan.discoveryMemo.nicknames = result
        return result
    }

    static func discoverFromCuesAndShapes(_ scan: ScanContext, policy: Policy, to builder: inout PatternSet.Builder) -> Bool {
        var added = false
        var protectedCues: CueSet = []
        for cue in Lexicon.Cue.allCases {
            if let role = role(of: cue), policy.protectedRoles.contains(role) { protectedCues = protectedCues.union([cue]) }
        }
        var walk: CoordinationWalk = (0, -1, nil)
        for hit in scan.cueHits where protectedCues.contains(hit.cue) {
            let role = role(of: hit.cue)!
            if hit.cue == .relative, let ownerCue = scan.wordAfter(hit.end, skipping: "", crossLines: false),
                scan.isCue(ownerCue, .of(.victim, .minor))
            {
                // "majka oštećene Ane Perić, Zlata Perić": the victim's name follows (found from its own
                // cue); the relative's name, if given, comes after a comma.
                if let owner = nameAfterCue(scan, ScanContext.CueHit(start: ownerCue.lowerBound, end: ownerCue.upperBound, cue: .victim)),
                    let last = owner.last, scan.is(last.upperBound, ","),
                    let next = scan.wordAfter(last.upperBound + 1, skipping: "", crossLines: false), scan.isCapitalized(next),
                    !scan.isCue(next, Lexicon.personCues), let relative = collectName(scan, from: next.lowerBound)
                {
                    if addPerson(scan, role: role, words: relative, gender: genderOfCue(scan, hit), to: &builder) { added = true }
                }
                continue
            }
            // (The name's words inline: most names here were seen before, and need no array.)
            guard let name = nameWordsAfterCue(scan, hit, maxSkipped: hit.cue == .identified ? 6 : 3) ?? pseudonymLetters(scan, after: hit),
                !isInsideOrganisationName(scan, hit)
            else { continue }
            if hit.cue == .relative && !isProtectedRelative(scan, cue: hit) { continue }
            // A defendant or official named just before in the same sentence is the one identified.
            if hit.cue == .identified && scan.hasCue(.of(.defendant, .official), before: hit.start, within: min(60, hit.start - scan.sentenceStart(hit.start, notBefore: hit.start - 60))) {
                continue
            }
            if addPerson(scan, role: role, words: name, gender: genderOfCue(scan, hit), to: &builder) { added = true }
            // „Lasta“ je Danijela Vujošević: the real name behind a quoted pseudonym.
            if let real = nameBehindPseudonym(scan, name), let person = scan.discoveredKeys[scan.word(name[0])] {
                if addForms(scan, person: person, words: real, to: &builder) { added = true }
            }
            if hit.cue == .victim || hit.cue == .minor, let second = coordinatedName(scan, after: name[name.count - 1], walk: &walk) {
                if addPerson(scan, role: role, words: second, gender: .unknown, to: &builder) { added = true }
            }
        }
        for (name, role) in ageIntroducedNames(scan) + nameWithInitial(scan)
        where policy.protectedRoles.contains(role) {
            if addPerson(scan, role: role, words: name, gender: .unknown, to: &builder) { added = true }
        }
        for (person, word) in quotedVocatives(scan) where addAlias(scan, person: person, words: [word], to: &builder) { added = true }
        for (name, role) in formFieldNames(scan) where policy.protectedRoles.contains(role) {
            if addPerson(scan, role: role, words: name, gender: .unknown, to: &builder) { added = true }
        }
        if policy.protectedRoles.contains("victim") {
            for name in untabbedTableNames(scan) where addPerson(scan, role: "victim", words: name, gender: .unknown, to: &builder) {
                added = true
            }
            for (name, aliases) in tableNames(scan) {
                if addPerson(scan, role: "victim", words: name, gender: .unknown, to: &builder) { added = true }
                guard let person = scan.discoveredKeys[scan.word(name[0])] else { continue }
                for alias in aliases where addAlias(scan, person: person, words: alias, to: &builder) { added = true }
            }
        }
        return added
    }

    /// "Centar za zaštitu žrtava trgovine ljudima", "Udruženje za pomoć žrtvama": a cue word in an
    /// organisation's name (a capitalised institution word up to three words before it on the
    /// same line) introduces nobody.
    static func isInsideOrganisationName(_ scan: ScanContext, _ hit: ScanContext.CueHit) -> Bool {
        guard hit.cue == .victim || hit.cue == .minor else { return false }
        var i = hit.start
        for _ in 0..<3 {
            guard let word = scan.wordBefore(i, skipping: "", crossLines: false) else { return false }
            if scan.isCapitalized(word) && scan.isCue(word, .of(.orgContact, .organization)),
                let next = scan.wordAfter(word.upperBound, skipping: "", crossLines: false),
                scan.equals(next, "za") || scan.equals(next, "for") || scan.equals(next, "of")
            {
                return true
            }
            i = word.lowerBound
        }
        return false
    }

    // MARK: Reading names after cues

    /// Up to four capitalised words (or initials, or a CJK run) shortly after a cue.
    static func nameAfterCue(_ scan: ScanContext, _ hit: ScanContext.CueHit, maxSkipped: Int = 3) -> [Range<Int>]? {
        nameWordsAfterCue(scan, hit, maxSkipped: maxSkipped)?.array
    }

    /// `nameAfterCue`'s words, inline.
    static func nameWordsAfterCue(_ scan: ScanContext, _ hit: ScanContext.CueHit, maxSkipped: Int = 3) -> NameWords? {
        var i = hit.end
        var skippedWords = 0
        var afterNationality = false
        var lineBreaks = 0
        while i < scan.count && i < hit.end + 80 {
            // Skip spaces and light punctuation, and one line break where a PDF wrapped the line
            // ("Her mother,⏎Nguyễn Thị Hoa"), not a blank line.
            while i < scan.count, scan.isSpace(i) && !scan.isNewline(i) || scan.is(i, ",") || scan.is(i, "\"") || scan.is(i, ":")
                || scan.is(i, "'") || scan.is(i, "(") || (scan.is(i, "\n") && lineBreaks == 0 && !scan.isNewline(i + 1) && !scan.isNewline(i - 1))
            {
                if scan.is(i, "\n") { lineBreaks += 1 }
                i += 1
            }
            guard i < scan.count, scan.isWord(i) else { return nil }
            let word = i..<scan.wordEnd(from: i)
            if scan.isDigit(i) { return nil }
            // (`isCapitalized(word)` is `isUpper(i)`: a word byte that is no digit is a letter.)
            if !scan.isUpper(i) {
                if skippedWords >= maxSkipped { return nil }
                if scan.isCue(word, .of(.nationality)) || (scan.is(word.lowerBound, "d") && scan.hasPrefix(word, "drzavljan")) { afterNationality = true }
                // (The cheap tests first: most skipped words are longer than two letters; a word of
                // two bytes or fewer has at most two characters, an ASCII word — no CR in a word —
                // as many as bytes.)
                if !(afterNationality || (word.count > 2 && (FoldedKeyMap<Int>.isASCII(scan.word(word)) || scan.characterCount(word) > 2))
                    || skippableLowercase.matches(scan.word(word))
                    || scan.isCue(word, Lexicon.personCues))
                {
                    return nil
                }
                skippedWords += 1
                i = word.upperBound
                continue
            }
            if afterNationality && !isInitials(scan, word) {
                // "državljanku NR Kine", "држављане Вијетнама": the country comes first.
                afterNationality = false
                i = skipCountry(scan, from: word.lowerBound)
                continue
            }
            if Lexicon.notANameSet.contains(scan.word(word)) || scan.isCue(word, Lexicon.personCues) {
                if skippedWords >= maxSkipped { return nil }
                skippedWords += 1
                i = word.upperBound
                continue
            }
            if let name = collectNameWords(scan, from: word.lowerBound) {
                // After a line break a single capitalised word is more often a heading or the next
                // sentence than a name ("maloljetnice⏎Općinski sud …").
                if lineBreaks > 0 && name.count < 2 && !isInitials(scan, name[0]) && initialsRange(scan, at: name[0].lowerBound) == nil { return nil }
                return name
            }
            // "Client A, Vũ Thị Mai", "Victim B – …": a one-letter label, the name may follow.
            if word.count == 1 || (scan.isAllCaps(word) && word.count <= 2) {
                skippedWords += 1
                i = word.upperBound
                continue
            }
            return nil
        }
        return nil
    }

    /// "whom I shall refer to as AC.", "referred to as KM": two or three capital letters standing
    /// for a person after an identifying cue (a pseudonym of letters, no dots).
    static func pseudonymLetters(_ scan: ScanContext, after hit: ScanContext.CueHit) -> NameWords? {
        guard hit.cue == .identified, let word = scan.wordAfter(hit.end, skipping: "\"'", crossLines: false), word.lowerBound - hit.end <= 2,
            (2...3).contains(word.count), scan.isAllCaps(word), scan.isLetter(word.lowerBound),
            word.upperBound >= scan.count || !scan.isWord(word.upperBound)
        else { return nil }
        return NameWords(word)
    }

    static func skipCountry(_ scan: ScanContext, from start: Int) -> Int {
        var i = start
        var words = 0
        while words < 3, let word = scan.wordAfter(i, skipping: "", crossLines: false), scan.isCapitalized(word) {
            words += 1
            i = word.upperBound
            if !(scan.isAllCaps(word) && word.count <= 3) && !countryWords.contains(scan.word(word)) { break }
        }
        return i
    }

    static func isInitials(_ scan: ScanContext, _ word: Range<Int>) -> Bool {
        word.count == 1 && scan.is(word.upperBound, ".") && scan.isUpper(word.lowerBound)
    }

    /// Capitalised words from `start` separated by one space or a hyphen, or initials "A.H.", or a CJK run.
    static func collectName(_ scan: ScanContext, from start: Int) -> [Range<Int>]? {
        collectNameWords(scan, from: start)?.array
    }

    /// `collectName`'s words, inline.
    static func collectNameWords(_ scan: ScanContext, from start: Int) -> NameWords? {
        if scan.flags(start) & ScalarFolding.Flags.unspaced != 0 {
            var j = start
            while j < scan.count, scan.flags(j) & ScalarFolding.Flags.unspaced != 0 { j += 1 }
            return j - start <= 15 ? NameWords(start..<j) : nil
        }
        if let initials = initialsRange(scan, at: start) { return NameWords(initials) }
        // The words inline until the name is accepted: most starts give no name, and need no array.
        var words = NameWords()
        var i = start
        while words.count < 4, i < scan.count, scan.isLetter(i) {
            let word = i..<scan.wordEnd(from: i)
            // A capitalised function word can be part of a name after its first word ("Li Na"),
            // or first when it is all caps before another capital ("LI Na").
            // (`isCapitalized(word)` is `isUpper(i)`: the word starts with a letter.)
            guard scan.isUpper(i),
                !words.isEmpty || !Lexicon.notANameSet.contains(scan.word(word))
                    || (scan.isAllCaps(word) && scan.is(word.upperBound, " ") && scan.isUpper(word.upperBound + 1)),
                !scan.isCue(word, Lexicon.personCues.union(.of(.orgContact, .streetType)))
            else { break }
            if scan.is(word.upperBound, ".") && word.count == 1 { break }
            if word.contains(where: { scan.isDigit($0) }) { break }  // "KP2281940": a code, no name
            words.append(word)
            var j = word.upperBound
            if j < scan.count, scan.is(j, " ") || scan.is(j, "-"), j + 1 < scan.count, scan.isLetter(j + 1) {
                j += 1
            } else if j + 1 < scan.count, scan.is(j, "\n"), scan.isUpper(j + 1), scan.isLetter(j + 1), !scan.isAllCaps(word) || words.count > 1,
                !scan.lineHasTab(j + 1), !scan.lineHasTab(word.lowerBound),
                let next = scan.wordAfter(j + 1, skipping: "", crossLines: false), !scan.is(next.upperBound, ":"),
                !scan.isCue(next, Lexicon.personCues.union(.of(.orgContact, .streetType))), !StreetAddressDetector.pageLabels.contains(scan.word(next))
            {
                j += 1  // a name wrapped at a line end in a PDF ("Phạm⏎Quang Huy")
            } else {
                break
            }
            i = j
        }
        guard let first = words.first else { return nil }
        // (Placeholders are at most four bytes long.)
        if (first.count <= 4 && placeholderPattern.contains(scan.word(first))) || (words.count == 1 && scan.isAllCaps(first) && first.count <= 2) {
            return nil
        }
        if words.count == 1 && first.count < 2 { return nil }
        return words
    }

    /// "A.H.", "N.T.H.", "З.Ј.", "A. H." at `start`.
    static func initialsRange(_ scan: ScanContext, at start: Int) -> Range<Int>? {
        var i = start
        var letters = 0
        while i + 1 < scan.count, scan.isUpper(i), scan.isLetter(i) {
            var j = i + 1
            while j < scan.count, scan.flags(j) & ScalarFolding.Flags.continuation != 0 { j += 1 }
            guard j < scan.count, scan.is(j, ".") else { break }
            letters += 1
            i = j + 1
            if i + 1 < scan.count, scan.is(i, " "), scan.isUpper(i + 1), i + 2 < scan.count, scan.is(i + 2, ".") { i += 1 }
        }
        guard letters >= 2, i >= scan.count || !scan.isLetter(i) else { return nil }
        return start..<i
    }

    static let nicknameLinkWords = FoldedWordSet(Lexicon.folded([
        "je", "joj", "mu", "njen", "njezin", "njegov", "njoj", "bio", "bila", "was", "is", "her", "his", "its", "their",
    ]))

    /// „Joca“ je njen nadimak, 'Sunny' was her nickname: a quoted capitalised word before the cue,
    /// over up to three link words.
    static func quotedNicknameBefore(_ scan: ScanContext, _ cueStart: Int) -> [Range<Int>]? {
        var i = cueStart
        for _ in 0..<4 {
            guard let word = scan.wordBefore(i, skipping: "\"'", crossLines: false) else { return nil }
            if nicknameLinkWords.contains(scan.word(word)) && !scan.is(word.upperBound, "\"") && !scan.is(word.upperBound, "'") {
                i = word.lowerBound
                continue
            }
            guard scan.isCapitalized(word), word.upperBound < scan.count, scan.is(word.upperBound, "\"") || scan.is(word.upperBound, "'"),
                scan.is(word.lowerBound - 1, "\"") || scan.is(word.lowerBound - 1, "'"), !Lexicon.notANameSet.contains(scan.word(word))
            else { return nil }
            return [word]
        }
        return nil
    }

    /// Object pronouns (and the auxiliary "su" of "zvali su je") between a nickname cue and the name.
    static let objectPronouns = FoldedWordSet(Lexicon.folded(["her", "him", "them", "me", "us", "je", "ga", "ju", "nju", "njega", "su", "ih", "sebe"]))

    static func nicknameAfter(_ scan: ScanContext, _ position: Int) -> [Range<Int>]? {
        var i = position
        var quoted = false
        // "introduced herself to our staff as Hope": skip up to five lower-case words ending in "as"/"kao".
        var probe = position
        // "called her 'Sunny'", "zvali su je „Cica“": an object pronoun between the cue and the name.
        if let pronoun = scan.wordAfter(position, skipping: "", crossLines: false), objectPronouns.contains(scan.word(pronoun)) {
            i = pronoun.upperBound
            probe = i
            if let aux = scan.wordAfter(i, skipping: "", crossLines: false), objectPronouns.contains(scan.word(aux)) { i = aux.upperBound; probe = i }
        }
        for _ in 0..<6 {
            guard let word = scan.wordAfter(probe, skipping: "", crossLines: false), !scan.isCapitalized(word) else { break }
            probe = word.upperBound
            if scan.equals(word, "as") || scan.equals(word, "kao") || scan.equals(word, "kako") { i = probe; break }
        }
        let skipStart = i
        while i < scan.count && i < skipStart + 4, scan.isSpace(i) || scan.is(i, "\"") || scan.is(i, "'") || scan.is(i, ":") {
            if scan.is(i, "\"") || scan.is(i, "'") { quoted = true }
            i += 1
        }
        guard i < scan.count, scan.isLetter(i) else { return nil }
        let words = collectName(scan, from: i)
        guard let words, quoted || words.allSatisfy({ scan.isCapitalized($0) }) else { return nil }
        return words
    }

    /// "(王芳)", "(Нгујен Ти Лан)" right after a mention: capitalised words or a CJK run, no digits.
    static func bracketedAlias(_ scan: ScanContext, after end: Int) -> [Range<Int>]? {
        var i = end
        while i < scan.count, i < end + 3, scan.is(i, " ") || scan.is(i, "\"") || scan.is(i, "'") { i += 1 }
        guard i < scan.count, scan.is(i, "(") else { return nil }
        let open = i + 1
        var close = open
        while close < scan.count, close < open + 60, !scan.is(close, ")"), !scan.isNewline(close) { close += 1 }
        guard close < scan.count, scan.is(close, ")"), close > open else { return nil }
        // The words inline (up to four; more is no alias): most brackets hold none, and need no array.
        var words = NameWords()
        var j = open
        while j < close {
            if scan.isSpace(j) { j += 1; continue }
            if scan.isDigit(j) { return nil }
            guard scan.isLetter(j) else { return nil }
            var k = j
            if scan.flags(j) & ScalarFolding.Flags.unspaced != 0 {
                while k < close, scan.flags(k) & ScalarFolding.Flags.unspaced != 0 { k += 1 }
            } else {
                k = scan.wordEnd(from: j)
                guard scan.isCapitalized(j..<k) else { return nil }
            }
            guard words.count < 4 else { return nil }
            words.append(j..<k)
            j = k
        }
        guard !words.isEmpty, !words.allSatisfy({ Lexicon.notANameSet.contains(scan.word($0)) }) else { return nil }
        return words.array
    }

    /// "M.J. (Milena Jakšić, 19 god.)", "L.T.T., whose full name (Lê Thị Thảo) …": capitalised
    /// words in a bracket in the same sentence after a protected person's initials, whose first
    /// letters are those initials, are the full name.
    static func fullNameOfInitials(_ scan: ScanContext, _ mention: ScanContext.Mention) -> [Range<Int>]? {
        guard scan.is(mention.end - 1, "."), scan.isUpper(mention.start) else { return nil }
        // Cheap test first: a "(" within reach on the bytes (memchr).
        let reach = min(scan.count, mention.end + 80)
        guard reach > mention.end, memchr(scan.text.bytes.baseAddress! + mention.end, 0x28, reach - mention.end) != nil,
            scan.checkedInitials.insert(mention.start).inserted,
            let initials = initialsRange(scan, at: mention.start), initials.upperBound == mention.end
        else { return nil }
        // The letters ("A. H." → A, H): the parts between the dots without their spaces, cut on
        // the bytes — an initials range holds only letters, dots and single spaces, so this is
        // `split(separator: ".")` and `trimmingCharacters(in: .whitespaces)` on its String.
        let letters = scan.text.bytes[initials].split(separator: UInt8(ascii: ".")).compactMap { part -> String? in
            var part = part
            while part.first == 0x20 { part = part.dropFirst() }
            while part.last == 0x20 { part = part.dropLast() }
            return part.isEmpty ? nil : String(decoding: part, as: UTF8.self)
        }
        var i = mention.end
        let limit = min(scan.count, mention.end + 80)
        while i < limit, !scan.is(i, "(") {
            // One line break (a wrapped line), not a blank line or a page break.
            if scan.isNewline(i) && (!scan.is(i, "\n") || scan.isNewline(i + 1) || scan.isNewline(i - 1)) { return nil }
            if scan.is(i, ")") || scan.is(i, ";") { return nil }
            if scan.is(i, "."), i + 2 < scan.count, scan.is(i + 1, " ") || scan.is(i + 1, "\n"), scan.isUpper(i + 2) { return nil }
            i += 1
        }
        guard i < limit else { return nil }
        var words: [Range<Int>] = []
        var j = i + 1
        while j < scan.count, words.count <= letters.count {
            if scan.is(j, " ") || (scan.is(j, "\n") && !scan.isNewline(j + 1)) { j += 1; continue }
            if scan.is(j, ",") || scan.is(j, ")") { break }
            guard scan.isLetter(j) else { return nil }
            let word = j..<scan.wordEnd(from: j)
            guard scan.isCapitalized(word) else { return nil }
            words.append(word)
            j = word.upperBound
            if j < scan.count, scan.is(j, "-"), scan.isLetter(j + 1) { j += 1 }
        }
        guard words.count == letters.count, words.count >= 2 else { return nil }
        for (word, letter) in zip(words, letters) where !scan.string(word).hasPrefix(letter) { return nil }
        return words
    }

    /// „Tea, ti si velika cura…“, "Ema, don't tell anyone": a name addressed at the start of
    /// quoted speech whose first letter is the given-name initial of a protected person the text
    /// names only by initials ("maloljetna T.R.") is that person's given name.
    static func quotedVocatives(_ scan: ScanContext) -> [(Int, Range<Int>)] {
        var byInitial: [UInt8: Int] = [:]
        for (p, person) in scan.persons.enumerated() where person.isProtected && person.source == .discovered {
            let name = Array(person.displayName.utf8)
            guard name.count >= 4, name.count <= 8, name.enumerated().allSatisfy({ $0.offset % 2 == 1 ? $0.element == UInt8(ascii: ".") : ($0.element >= 0x61 && $0.element <= 0x7A) })
            else { continue }
            if byInitial[name[0]] == nil { byInitial[name[0]] = p }
        }
        guard !byInitial.isEmpty else { return [] }
        var result: [(Int, Range<Int>)] = []
        let bytes = scan.text.bytes
        var i = 0
        while i < scan.count - 3 {
            // The next quote (memchr: most of the text has none).
            guard let found = memchr(bytes.baseAddress! + i, 0x22, scan.count - i) else { break }
            i = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard i < scan.count - 3, !scan.isWord(i - 1) else { i += 1; continue }
            i += 1
            guard scan.isLetter(i), scan.isUpper(i) else { continue }
            let word = i..<scan.wordEnd(from: i)
            guard word.count >= 2, word.upperBound < scan.count, scan.is(word.upperBound, ",") || scan.is(word.upperBound, "!"),
                !scan.isAllCaps(word), let person = byInitial[bytes[i]], !Lexicon.notANameSet.contains(scan.word(word)),
                !scan.isCue(word, Lexicon.personCues), !Lexicon.shortCommonSet.contains(scan.word(word))
            else { continue }
            result.append((person, word))
            i = word.upperBound
        }
        return result
    }

    /// "Full name / Ime i prezime⇥Rowena Dizon CASTILLO", "Ime i prezime: Ana Perić": the value
    /// of a form field labelled as a name, in a section a victim, minor or witness cue heads
    /// ("Client 1 / Klijent 1", "Podaci o oštećenoj") — not one a defendant cue heads.
    static func formFieldNames(_ scan: ScanContext) -> [([Range<Int>], String)] {
        var result: [([Range<Int>], String)] = []
        for hit in scan.cueHits where hit.cue == .nameLabel {
            // The label ends with the field's TAB or colon (part of the cue entry).
            let e = hit.end - 1
            guard e > hit.start, scan.is(e, "\t") || scan.is(e, ":") else { continue }
            let line = scan.lineStart(hit.start)
            guard hit.start - line <= 40, !scan.text.bytes[line..<hit.start].contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x09 }) else { continue }
            guard let value = scan.wordAfter(e + 1, skipping: "\t", crossLines: false), scan.isCapitalized(value),
                let name = collectName(scan, from: value.lowerBound), name.count >= 2 || isInitials(scan, name[0])
            else { continue }
            guard let cue = scan.nearestCue(.of(.victim, .minor, .protectedWitness, .defendant, .official), before: line, within: 700) else { continue }
            guard let role = role(of: cue.cue) else { continue }
            result.append((name, role))
        }
        return result
    }

    static let copulas = FoldedWordSet(Lexicon.folded(["je", "is", "was", "jest", "bila", "bio"]))

    /// A quoted name followed by "je"/"is" and a full name ("svedok „Lasta“ je Danijela
    /// Vujošević", "witness 'K-7' is Mara Ilić"): the full name.
    static func nameBehindPseudonym(_ scan: ScanContext, _ name: NameWords) -> [Range<Int>]? {
        guard let first = name.first, let last = name.last, first.lowerBound > 0, scan.is(first.lowerBound - 1, "\"") || scan.is(first.lowerBound - 1, "'"),
            last.upperBound < scan.count, scan.is(last.upperBound, "\"") || scan.is(last.upperBound, "'"),
            let verb = scan.wordAfter(last.upperBound + 1, skipping: "", crossLines: false), copulas.contains(scan.word(verb)),
            let next = scan.wordAfter(verb.upperBound, skipping: "", crossLines: false), scan.isCapitalized(next),
            !scan.isCue(next, Lexicon.personCues), let real = collectName(scan, from: next.lowerBound), real.count >= 2
        else { return nil }
        return real
    }

    /// "T.V.Đ." … "Trần Văn Đức": capitalised words near a protected person known by three or more
    /// initials whose first letters spell those initials are that person's full name.
    static func fullNamesOfInitials(_ scan: ScanContext) -> [(Int, [Range<Int>])] {
        var result: [(Int, [Range<Int>])] = []
        for (p, person) in scan.persons.enumerated() where person.isProtected && person.source == .discovered {
            let segments = person.displayName.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
            guard segments.count >= 3, person.displayName.hasSuffix("."), segments.allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }),
                !scan.searchedFullNames.contains(p), scan.mentions.contains(where: { $0.person == p })
            else { continue }
            scan.searchedFullNames.insert(p)
            var windows: [Range<Int>] = []
            for m in scan.mentions where m.person == p {
                let w = max(0, m.start - 3000)..<min(scan.count, m.end + 3000)
                if let lastWindow = windows.last, lastWindow.upperBound >= w.lowerBound {
                    windows[windows.count - 1] = lastWindow.lowerBound..<w.upperBound
                } else {
                    windows.append(w)
                }
            }
            for window in windows {
                var i = window.lowerBound
                while i < window.upperBound {
                    guard scan.isLetter(i), scan.isUpper(i), !scan.isWord(i - 1) else { i += 1; continue }
                    var words: [Range<Int>] = []
                    var j = i
                    while words.count < segments.count, j < scan.count, scan.isLetter(j), scan.isUpper(j) {
                        let word = j..<scan.wordEnd(from: j)
                        guard scan.string(word).hasPrefix(segments[words.count]), word.count > segments[words.count].count else { break }
                        words.append(word)
                        guard word.upperBound + 1 < scan.count, scan.is(word.upperBound, " ") else { break }
                        j = word.upperBound + 1
                    }
                    if words.count == segments.count, !(words.last!.upperBound < scan.count && scan.is(words.last!.upperBound, " ") && scan.isUpper(words.last!.upperBound + 1)) {
                        result.append((p, words))
                    }
                    i = scan.wordEnd(from: i)
                }
            }
        }
        return result
    }

    // MARK: More ways people are introduced

    /// "oštećene … Nguyễn Thị Lan (…), rođenu …, i Đỗ Văn Hùng": a second name joined by
    /// "i/и/and" in the same sentence as a name introduced by a victim or minor cue.
    static func coordinatedName(_ scan: ScanContext, after last: Range<Int>, walk: inout CoordinationWalk) -> [Range<Int>]? {
        var i = last.upperBound
        let n = scan.count
        // The last walk's answer when it started before `i` and ended on its answer after: from
        // `i` the same bytes and words are read up to there (`i` is a word start in both walks, or
        // no word byte), so the answer is the same.
        if i >= walk.from && i <= walk.to && (!scan.isWord(i) || !scan.isWord(i - 1)) { return walk.name }
        let from = i
        let limit = min(n, i + 200)
        // The cue hits are walked along with the words (`isCue` for each word, without a lookup each).
        var cue = scan.firstCueIndex(atOrAfter: i)
        let cueHits = scan.cueHits
        let stopCues = CueSet.of(.defendant, .official)
        // Up to 200 bytes per cue: the folded bytes and flags are read directly (what `is`,
        // `isNewline`, `isUpper`, `isWord` and `wordEnd` read, without their bounds tests: i < limit ≤ n).
        let bytes = scan.text.bytes, flags = scan.text.flags
        let flagWords = UnsafeRawPointer(flags.baseAddress.unsafelyUnwrapped)
        typealias Flags = ScalarFolding.Flags
        precondition(Flags.letter == 1 && Flags.digit == 4)
        while i < limit {
            let byte = bytes[i], flag = flags[i]
            if byte == UInt8(ascii: ".") && i + 2 < n && bytes[i + 1] == UInt8(ascii: " ") && flags[i + 2] & Flags.upper != 0 {
                walk = (from, i, nil)
                return nil
            }
            if flag & Flags.newline != 0 || byte == UInt8(ascii: ";") {
                walk = (from, i, nil)
                return nil
            }
            if flag & Flags.wordChar != 0 {
                // The word's end, eight flags at a time: a lane without the letter (bit 0) or digit
                // (bit 2) flag ends it.
                var end = i + 1
                while end + 8 <= n {
                    let w = flagWords.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                    let nonWord = ~(w | w >> 2) & 0x0101_0101_0101_0101
                    if nonWord != 0 {
                        end += nonWord.trailingZeroBitCount >> 3
                        break
                    }
                    end += 8
                }
                if end + 8 > n {
                    while end < n, flags[end] & Flags.wordChar != 0 { end += 1 }
                }
                let word = i..<end
                if isConjunction(scan, word) && scan.is(word.upperBound, " "),
                    let next = scan.wordAfter(word.upperBound, skipping: "", crossLines: false), scan.isCapitalized(next),
                    !scan.isCue(next, Lexicon.personCues.union(.of(.orgContact))), !Lexicon.notANameSet.contains(scan.word(next)),
                    let name = collectName(scan, from: next.lowerBound), name.count >= 2 || isInitials(scan, name[0])
                {
                    walk = (from, i, name)
                    return name
                }
                while cue < cueHits.count, cueHits[cue].start < word.lowerBound { cue += 1 }
                var k = cue
                while k < cueHits.count, cueHits[k].start == word.lowerBound {
                    if stopCues.contains(cueHits[k].cue) {
                        walk = (from, i, nil)
                        return nil
                    }
                    k += 1
                }
                i = word.upperBound
                // A single space after a word is read here (it is no stop): one turn less per word.
                if i + 1 < n, bytes[i] == UInt8(ascii: " "), flags[i + 1] & Flags.wordChar != 0 { i += 1 }
            } else {
                i += 1
            }
        }
        // Ended at the limit: the answer of no later start.
        walk = (0, -1, nil)
        return nil
    }

    /// Where the last `coordinatedName` walk started, where it ended on its answer, and the answer.
    typealias CoordinationWalk = (from: Int, to: Int, name: [Range<Int>]?)

    /// "i", "and", "te" (compared on bytes, no allocation).
    @inline(__always)
    static func isConjunction(_ scan: ScanContext, _ word: Range<Int>) -> Bool {
        switch word.count {
        case 1: return scan.is(word.lowerBound, "i")
        case 2: return scan.is(word.lowerBound, "t") && scan.is(word.lowerBound + 1, "e")
        case 3: return scan.is(word.lowerBound, "a") && scan.is(word.lowerBound + 1, "n") && scan.is(word.lowerBound + 2, "d")
        default: return false
        }
    }

    /// "24-godišnju Milicu Đorđević", "19-godišnju A.H.": an age right before a name introduces a
    /// private person (unless a defendant or official word stands between).
    static func ageIntroducedNames(_ scan: ScanContext) -> [([Range<Int>], String)] {
        var result: [([Range<Int>], String)] = []
        // The "-" after the age, found with memchr (far fewer than digit runs), with a whole run
        // of one to three ASCII digits (a digit run of `digitRuns`) right before it.
        let bytes = scan.text.bytes
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
        var i = 0
        while i < scan.count, let found = memchr(bytes.baseAddress! + i, 0x2D, scan.count - i) {
            let e = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            i = e + 1
            guard e >= 1, isDigit(bytes[e - 1]) else { continue }
            var runStart = e - 1
            while runStart > 0, e - runStart <= 3, isDigit(bytes[runStart - 1]) { runStart -= 1 }
            guard e - runStart <= 3, runStart == 0 || !isDigit(bytes[runStart - 1]) else { continue }
            guard e + 1 < scan.count, scan.isLetter(e + 1) else { continue }
            let unit = (e + 1)..<scan.wordEnd(from: e + 1)
            let isJear = scan.equals(unit, "jear")
            guard scan.hasPrefix(unit, "godisnj") || isJear else { continue }
            var after = unit.upperBound
            if isJear, let old = scan.wordAfter(after, skipping: "-", crossLines: false) { after = old.upperBound }
            guard let next = scan.wordAfter(after, skipping: "", crossLines: false), scan.isCapitalized(next),
                !scan.isCue(next, Lexicon.personCues.union(.of(.orgContact))), let name = collectName(scan, from: next.lowerBound)
            else { continue }
            result.append((name, "victim"))
        }
        return result
    }

    /// Cells of a name column ("Prezime i ime", "Name") in a table that a victim cue introduces,
    /// and other-script cells of the same row as their aliases.
    static func tableNames(_ scan: ScanContext) -> [([Range<Int>], [[Range<Int>]])] {
        var result: [([Range<Int>], [[Range<Int>]])] = []
        let nameHeader = Lexicon.folded(["ime", "prezime", "name", "surname", "ime i prezime", "prezime i ime", "full name", "lice", "naziv lica"])
        var lineStart = 0
        var header: [Range<Int>]? = nil
        var nameColumn: Int? = nil
        var introduced = false
        guard let firstTab = scan.tabs.first(atOrAfter: 0) else { return [] }
        lineStart = scan.lineStart(firstTab)
        while lineStart < scan.count {
            let lineEnd = scan.lineEnd(lineStart)
            if !scan.lineHasTab(lineStart) {
                header = nil
                nameColumn = nil
                guard let nextTab = scan.tabs.first(atOrAfter: lineEnd) else { break }
                lineStart = scan.lineStart(nextTab)
                continue
            }
            if header != nil && !(nameColumn != nil && introduced) {
                // Only whether the row has three cells (two TABs) matters here: count on the TAB index.
                let k = scan.tabs.firstIndex(atOrAfter: lineStart)
                if !(k + 1 < scan.tabs.count && Int(scan.tabs.positions[k + 1]) < lineEnd) {
                    header = nil
                    nameColumn = nil
                }
                lineStart = lineEnd + 1
                continue
            }
            let cells = cellRanges(scan, lineStart, lineEnd)
            if cells.count >= 3 {
                if header == nil {
                    header = cells
                    nameColumn = cells.firstIndex { cell in
                        let text = headerText(scan, cell)
                        return nameHeader.contains(text) || text.split(separator: " ").contains { nameHeader.contains(String($0)) }
                    }
                    introduced = scan.hasCue(.of(.victim, .minor, .identified), before: lineStart, within: 500)
                } else if let column = nameColumn, introduced, column < cells.count {
                    let cell = trimmed(scan, cells[column])
                    if let name = collectName(scan, from: cell.lowerBound), name.last!.upperBound <= cell.upperBound {
                        var aliases: [[Range<Int>]] = []
                        for (n, other) in cells.enumerated() where n != column {
                            let o = trimmed(scan, other)
                            guard !o.isEmpty, o.allSatisfy({ scan.isLetter($0) || scan.isSpace($0) }),
                                let alias = collectName(scan, from: o.lowerBound)
                            else { continue }
                            let unspaced = scan.flags(o.lowerBound) & ScalarFolding.Flags.unspaced != 0
                            let sameWords = unspaced || sameWordSet(scan, alias, name)
                            if unspaced || sameWords { aliases.append(alias) }
                        }
                        result.append((name, aliases))
                    }
                }
            } else {
                header = nil
                nameColumn = nil
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    /// A header cell's text without surrounding white space (`trimmingCharacters(in: .whitespaces)`,
    /// which leaves a cell alone when it begins and ends with a visible ASCII byte).
    static func headerText(_ scan: ScanContext, _ cell: Range<Int>) -> String {
        @inline(__always) func visible(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }
        if let first = cell.first, visible(scan.byte(first)), visible(scan.byte(cell.upperBound - 1)) { return scan.string(cell) }
        return scan.string(cell).trimmingCharacters(in: .whitespaces)
    }

    /// `Set(a.map(string)) == Set(b.map(string))`, comparing bytes when every word is ASCII
    /// (equal ASCII strings are equal bytes).
    static func sameWordSet(_ scan: ScanContext, _ a: [Range<Int>], _ b: [Range<Int>]) -> Bool {
        // (Each list on its own: no concatenated array.)
        guard a.allSatisfy({ FoldedKeyMap<Int>.isASCII(scan.word($0)) }) && b.allSatisfy({ FoldedKeyMap<Int>.isASCII(scan.word($0)) }) else {
            return Set(a.map { scan.string($0) }) == Set(b.map { scan.string($0) })
        }
        func isIn(_ word: Range<Int>, _ words: [Range<Int>]) -> Bool { words.contains { memoryEqual(scan.word($0), scan.word(word)) } }
        return a.allSatisfy { isIn($0, b) } && b.allSatisfy { isIn($0, a) }
    }

    static let nameHeaderWords = FoldedWordSet(Lexicon.folded(["ime", "prezime", "name", "surname", "lice", "lica"]))

    /// The same in a table without TABs (a PDF's text layer): numbered rows ("2. ISLAM Md
    /// Rafiqul …") under a header with a name column and a birth-date or passport column,
    /// in a table a victim cue introduces; the capitalised words after the row number.
    static func untabbedTableNames(_ scan: ScanContext) -> [[Range<Int>]] {
        var result: [[Range<Int>]] = []
        var seen = Set<Int>()
        let kinds = CueSet.of(.birth, .passport)
        var lastLine = -1
        for hit in scan.cueHits where kinds.contains(hit.cue) {
            // `untabbedTable` reads only the hit's line: a later hit on the same line gives the
            // same table (already in `seen`) or none.
            let line = scan.lineStart(hit.start)
            if line == lastLine { continue }
            lastLine = line
            guard let table = scan.untabbedTable(headerWord: hit.start..<hit.end), seen.insert(table.rows.lowerBound).inserted,
                scan.hasCue(.of(.victim, .minor, .identified), before: table.rows.lowerBound, within: 500)
            else { continue }
            var hasNameColumn = false
            var i = table.headerStart
            while i < table.rows.lowerBound, !hasNameColumn {
                if scan.isLetter(i), !scan.isWord(i - 1) {
                    let word = i..<scan.wordEnd(from: i)
                    hasNameColumn = nameHeaderWords.contains(scan.word(word))
                    i = word.upperBound
                } else {
                    i += 1
                }
            }
            guard hasNameColumn else { continue }
            for row in scan.tableRows(table.rows) {
                guard let after = scan.rowNumberEnd(row.lowerBound, limit: row.upperBound),
                    let first = scan.wordAfter(after, skipping: "", crossLines: false), scan.isCapitalized(first),
                    let name = collectName(scan, from: first.lowerBound), name.count >= 2
                else { continue }
                result.append(name)
            }
        }
        return result
    }

    static func cellRanges(_ scan: ScanContext, _ start: Int, _ end: Int) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var cellStart = start
        // The TABs from the scan's index of them, not byte by byte.
        let tabs = scan.tabs.positions
        var k = scan.tabs.firstIndex(atOrAfter: start)
        // Room for every cell at once (the TABs before `end`, plus one).
        var last = k
        while last < tabs.count, Int(tabs[last]) < end { last += 1 }
        if last > k { cells.reserveCapacity(last - k + 1) }
        while k < tabs.count, Int(tabs[k]) < end {
            let i = Int(tabs[k])
            cells.append(cellStart..<i)
            cellStart = i + 1
            k += 1
        }
        if !cells.isEmpty { cells.append(cellStart..<end) }
        return cells
    }

    static func trimmed(_ scan: ScanContext, _ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound, e = r.upperBound
        while s < e, scan.isSpace(s) { s += 1 }
        while e > s, scan.isSpace(e - 1) { e -= 1 }
        return s..<e
    }

    /// "Rohit S.", "Marko P.": a given name and a surname initial, the usual anonymised form of a
    /// private person; the given name is then tracked alone.
    static func nameWithInitial(_ scan: ScanContext) -> [([Range<Int>], String)] {
        var result: [([Range<Int>], String)] = []
        for dot in scan.dots where dot >= 2 {
            let at = Int(dot)
            guard at >= 2, at + 2 < scan.count, scan.isUpper(at - 1), scan.is(at - 2, " ") else { continue }
            let i = at
            guard i + 1 >= scan.count || !scan.isLetter(i + 1) else { continue }
            // "Višeg suda u Beogradu K. 87/2023" is a case number, not an initial.
            if let after = scan.wordAfter(i + 1, skipping: "", crossLines: false), scan.isDigit(after.lowerBound) { continue }
            guard let given = scan.wordBefore(i - 1, skipping: "", crossLines: false), given.upperBound == i - 2, given.count >= 3,
                scan.isCapitalized(given), !scan.isAllCaps(given), !scan.isSentenceStart(given.lowerBound),
                !scan.isCue(given, Lexicon.personCues.union(.of(.orgContact, .streetType))), !Lexicon.notANameSet.contains(scan.word(given))
            else { continue }
            if let before = scan.wordBefore(given.lowerBound, skipping: "", crossLines: false),
                (scan.isCapitalized(before) && before.upperBound == given.lowerBound - 1) || Self.placePrepositions.contains(scan.word(before))
            {
                continue  // part of a longer name, or a place after a preposition
            }
            result.append(([given, (i - 1)..<(i + 1)], "victim"))
        }
        return result
    }

    // MARK: Whose relative

    /// A relative is protected unless the nearest person before the cue is a kept party (a
    /// defendant's parents are not protected) or a defendant cue is nearer than any victim.
    static func isProtectedRelative(_ scan: ScanContext, cue: ScanContext.CueHit) -> Bool {
        // "brat oštećene", "majka Jelene": the owner follows the cue.
        if let next = scan.wordAfter(cue.end, skipping: ",", crossLines: false) {
            if scan.isCue(next, .of(.victim, .minor)) { return true }
            if let m = scan.mention(after: next.lowerBound, within: 0), m.start == next.lowerBound {
                return scan.persons[m.person].isProtected || !scan.persons[m.person].isKept
            }
        }
        let floor = scan.paragraphStart(cue.start)
        // A victim named earlier in the same sentence makes the relative hers even when the
        // defendant is named too ("oštećena, sa kojom okrivljeni ima sina Luku"): fail safe.
        let sentence = scan.sentenceStart(cue.start)
        if scan.hasCue(.of(.victim, .minor, .protectedWitness), before: cue.start, within: cue.start - sentence) { return true }
        // "njezinoj majci", "her brother": the possessive's gender rules out owners of the other gender.
        let owner = possessiveGender(scan, before: cue.start)
        let window = cue.start - max(floor, cue.start - 320)
        var mentionSays: (Int, Bool)?
        var k = scan.firstMentionIndex(atOrAfter: cue.start) - 1
        while k >= 0, scan.mentions[k].end >= cue.start - window {
            let m = scan.mentions[k]
            k -= 1
            guard m.end <= cue.start else { continue }
            let person = scan.persons[m.person]
            guard person.isProtected || person.isKept else { continue }
            if let owner, person.gender != .unknown, person.gender != owner { continue }
            mentionSays = (m.end, person.isProtected)
            break
        }
        var cueHit: ScanContext.CueHit?
        var limit = cue.start
        while let hit = scan.nearestCue(.of(.victim, .minor, .protectedWitness, .defendant), before: limit, within: limit - (cue.start - window)) {
            if let owner, let gender = wordGender(scan, hit.start..<hit.end), gender != owner {
                limit = hit.start
                continue
            }
            cueHit = hit
            break
        }
        let cueSays = cueHit.map { ($0.end, $0.cue != .defendant) }
        switch (mentionSays, cueSays) {
        case (nil, nil): return true
        case (let m?, nil): return m.1
        case (nil, let c?): return c.1
        case (let m?, let c?): return m.0 >= c.0 ? m.1 : c.1
        }
    }

    static let femininePossessives = FoldedWordSet(Lexicon.folded(["njen", "njena", "njenog", "njenom", "njenoj", "njenu", "njeni", "njene", "njezin", "njezina", "njezinog", "njezinom", "njezinoj", "njezinu", "njezini", "njezine", "her"]))
    static let masculinePossessives = FoldedWordSet(Lexicon.folded(["njegov", "njegova", "njegovog", "njegovom", "njegovoj", "njegovu", "njegovi", "njegove", "his"]))

    /// The gender of a possessive ("njezinoj majci i mlađem bratu") governing the relative cue
    /// at `position`: up to four words back in the clause, over adjectives, "i"/"and" and other
    /// relative words.
    static func possessiveGender(_ scan: ScanContext, before position: Int) -> Declension.Gender? {
        var i = position
        for _ in 0..<4 {
            guard let word = scan.wordBefore(i, skipping: "", crossLines: true) else { return nil }
            let bytes = scan.word(word)
            if femininePossessives.contains(bytes) { return .female }
            if masculinePossessives.contains(bytes) { return .male }
            if scan.isCapitalized(word) || scan.isCue(word, .of(.victim, .minor, .defendant, .official)) { return nil }
            i = word.lowerBound
        }
        return nil
    }

    /// The grammatical gender a Serbian/Bosnian/Croatian participle or noun of a person shows
    /// by its ending ("okrivljena", "optuženik", "okrivljenog"), or nil when it does not.
    static func wordGender(_ scan: ScanContext, _ word: Range<Int>) -> Declension.Gender? {
        let w = scan.string(word)
        guard w.count >= 4, ASCIIBytes.isLetters(w) else { return nil }
        if ["ica", "ice", "ici", "icu", "icom", "inja", "inje", "inji", "inju"].contains(where: { w.hasSuffix($0) }) { return .female }
        if ["ik", "ika", "iku", "ikom", "ac", "og", "oga", "om", "i", "im", "ih"].contains(where: { w.hasSuffix($0) }) { return .male }
        if ["a", "e", "oj", "u"].contains(where: { w.hasSuffix($0) }) { return .female }
        return nil
    }

    static func genderOfCue(_ scan: ScanContext, _ hit: ScanContext.CueHit) -> Declension.Gender {
        let word = scan.string(hit.start..<hit.end)
        if ["majk", "mati", "sestr", "cerk", "kci", "kcer", "supruga", "supruge", "supruzi", "suprugu", "baka", "bake", "baki", "baku", "tetk", "strin", "necakinj", "mother", "sister", "daughter", "vife", "aunt", "grandmother", "niece", "girl", "devojc", "djevojc"].contains(where: { word.hasPrefix($0) }) {
            return .female
        }
        if ["otac", "oca", "ocu", "ocem", "brat", "sin", "muz", "deda", "dede", "djed", "ujak", "stric", "father", "brother", "son", "husband", "uncle", "boj", "decak", "djecak"].contains(where: { word.hasPrefix($0) }) {
            return .male
        }
        if hit.cue == .victim || hit.cue == .minor || hit.cue == .protectedWitness {
            if word.hasSuffix("a") || word.hasSuffix("u") || word.hasSuffix("oj") || word.hasSuffix("inja") || word.hasSuffix("inju") { return .female }
            if word.hasSuffix("i") || word.hasSuffix("og") || word.hasSuffix("ih") || word.hasSuffix("im") { return .male }
        }
        return .unknown
    }

    static func protectedOwner(_ scan: ScanContext, before position: Int, window: Int) -> Int? {
        var k = scan.firstMentionIndex(atOrAfter: position) - 1
        while k >= 0 {
            let m = scan.mentions[k]
            if m.end <= position {
                if m.end < position - window { return nil }
                if scan.persons[m.person].isProtected { return m.person }
            }
            k -= 1
        }
        return nil
    }

    /// The first protected person named after `position` within `sentences` sentence ends (and
    /// the same paragraph).
    static func protectedOwner(_ scan: ScanContext, after position: Int, sentences: Int) -> Int? {
        let paragraphEnd = min(scan.count, position + 400)
        var k = scan.firstMentionIndex(atOrAfter: position)
        var ends = 0
        var i = position
        while k < scan.mentions.count {
            let m = scan.mentions[k]
            guard m.start < paragraphEnd else { return nil }
            while i < m.start {
                if scan.is(i, ".") || scan.is(i, "!") || scan.is(i, "?"), i + 1 < scan.count, scan.isSpace(i + 1) { ends += 1 }
                if scan.isNewline(i), scan.isNewline(i + 1) { return nil }
                i += 1
            }
            if ends >= sentences { return nil }
            if scan.persons[m.person].isProtected { return m.person }
            k += 1
        }
        return nil
    }

    /// "Zlata Perić" next to the victim "Ana Perić": another given name before a protected
    /// person's surname (a family member, see `MentionAssembler`) is a person of their own, so the
    /// given name alone is tracked too ("Zlata je rekla …").
    static func familyMembers(_ scan: ScanContext) -> [[Range<Int>]] {
        var result: [[Range<Int>]] = []
        for k in scan.assembly.freshMentions {
            let m = scan.mentions[Int(k)]
            guard scan.persons[m.person].isProtected, case .familyForm = m.label, let given = scan.wordAfter(m.start, skipping: "", crossLines: false),
                let surname = scan.wordAfter(given.upperBound, skipping: "-", crossLines: true), surname.upperBound <= m.end
            else { continue }
            result.append([given, surname])
        }
        return result
    }

    // MARK: Registering

    static func addPerson<Words: RandomAccessCollection<Range<Int>>>(
        _ scan: ScanContext, role: String, words name: Words, gender: @autoclosure () -> Declension.Gender, to builder: inout PatternSet.Builder
    ) -> Bool {
        // The same name after the same kind of cue again: everything about it is known already.
        // (Key: "role|word word…", built in bytes on the stack.)
        let capacity = name.reduce(role.utf8.count + 1) { $0 + $1.count + 1 }
        var role = role
        let isNew = KeyWriter.withKey(capacity: capacity) { key -> Bool in
            // (The role's bytes from its buffer: iterating `role.utf8` cost more than the lookup.)
            role.withUTF8 { key.append(contentsOf: $0) }
            key.append(UInt8(ascii: "|"))
            for (n, word) in name.enumerated() {
                if n > 0 { key.append(UInt8(ascii: " ")) }
                key.append(contentsOf: scan.word(word))
            }
            return scan.seenNames.insert(key.bytes, true)
        }
        guard isNew else { return false }
        // (A new name: its words as an array from here on.)
        let words = Array(name)
        // Already known: every word is a token of one tracked person ("oštećenu Jelenu Marković").
        if isOnePersonsName(scan, words) { return false }
        // The same person again when the first word (a given name, or a surname written first) is known.
        if let first = words.first, let existing = scan.discoveredKeys[scan.word(first)] ?? scan.discoveredForms[scan.word(first)] {
            return addForms(scan, person: existing, words: words, to: &builder)
        }
        let keys = words.map { scan.string($0) }
        let sameRole = scan.persons.filter { $0.role == role }.count
        var person = Person(
            key: "\(role)-\(sameRole + 1)", role: role, isProtected: true, isKept: false, source: .discovered,
            displayName: keys.joined(separator: " "), gender: gender())
        person.introducedAt = scan.text.scalarStart(words[0].lowerBound)
        scan.persons.append(person)
        return addForms(scan, person: scan.persons.count - 1, words: words, to: &builder)
    }

    /// Whether one tracked person has a name token at the start of every word.
    static func isOnePersonsName(_ scan: ScanContext, _ words: [Range<Int>]) -> Bool {
        guard !words.isEmpty else { return false }
        var candidates: [Int] = []
        scan.personsOfNameHits(at: words[0].lowerBound, into: &candidates)
        return candidates.contains { person in words.dropFirst().allSatisfy { scan.hasNameHit(at: $0.lowerBound, of: person) } }
    }

    static func addAlias(_ scan: ScanContext, person: Int, words: [Range<Int>], to builder: inout PatternSet.Builder) -> Bool {
        if scan.hasNameHit(at: words[0].lowerBound, of: person) { return false }
        return addForms(scan, person: person, words: words, to: &builder)
    }

    /// The label of each form ("genitive of a name found after a cue") for the declension labels,
    /// made once (a search of eight short Strings instead of a String per form).
    static let foundLabels: [(label: String, found: String)] = ["nominative", "genitive", "dative", "dative/locative", "accusative", "vocative", "instrumental", "possessive"].map {
        ($0, "\($0) of a name found after a cue")
    }

    static func foundLabel(_ label: String) -> String {
        for known in foundLabels where known.label == label { return known.found }
        return "\(label) of a name found after a cue"
    }

    /// Adds every form of the found words (their possible nominatives, declined) for `person`.
    static func addForms(_ scan: ScanContext, person: Int, words: [Range<Int>], to builder: inout PatternSet.Builder) -> Bool {
        let gender = scan.persons[person].gender
        var anyNew = false
        // One upper-case word among mixed-case ones is the family name ("Maribel SANTOS Cruz", "WANG Fang").
        let capsWords = words.indices.filter { scan.isAllCaps(words[$0]) && !isInitials(scan, words[$0]) }
        let familyIndex = capsWords.count == 1 && words.count >= 2 ? capsWords[0] : nil
        for (n, word) in words.enumerated() {
            // Key: "person|word|single", built in bytes on the stack.
            let isNew = KeyWriter.withKey(capacity: word.count + 28) { key -> Bool in
                key.appendDecimal(person)
                key.append(UInt8(ascii: "|"))
                key.append(contentsOf: scan.word(word))
                key.append(contentsOf: (words.count == 1 ? "|true" : "|false").utf8)
                return scan.generatedWords.insert(key.bytes, true)
            }
            guard isNew else { continue }
            let folded = scan.string(word)
            anyNew = true
            scan.discoveredKeys.set(folded, person)
            if scan.flags(word.lowerBound) & ScalarFolding.Flags.unspaced != 0 {
                builder.addFolded(Array(folded.utf8), prefix: false, .name(NameForm(person: person, role: .script, label: "found alias")))
                continue
            }
            if folded.contains(".") {
                if folded.count == 2, let letter = folded.utf8.first { scan.persons[person].surnameInitials.insert(letter) }
                NameIndex.addInitials(folded, person: person, to: &builder)
                continue
            }
            var role: NameWordRole = words.count == 1 ? .nickname : (n == 0 ? .given : (n == words.count - 1 ? .surname : .middle))
            if let familyIndex {
                role = n == familyIndex ? .surname : (n == 0 || (familyIndex == 0 && n == 1) ? .given : .middle)
            }
            if let first = folded.utf8.first {
                if role == .surname { scan.persons[person].surnameInitials.insert(first) }
                if role == .given || role == .nickname { scan.persons[person].givenInitials.insert(first) }
            }
            let surnameGender: Declension.Gender = role == .surname && gender == .female ? .female : (gender == .female ? .female : .unknown)
            let spellings = [folded] + PhoneticVariants.variants(of: folded).filter { $0 != folded }.prefix(6)
            for (v, spelling) in spellings.enumerated() {
                for var nominative in Declension.possibleNominatives(of: spelling) {
                    // The forms as bytes (no String per form).
                    nominative.withUTF8 { nominative in
                        Declension.forEachForm(of: nominative, gender: surnameGender, possessive: role != .surname && v == 0) { form, label in
                            builder.addFolded(form, prefix: false, .name(NameForm(person: person, role: role, label: foundLabel(label))))
                            if scan.discoveredForms[form] == nil { scan.discoveredForms.set(form, person) }
                        }
                    }
                }
            }
        }
        if words.count >= 2 && anyNew {
            let initials = words.compactMap { scan.string($0).first.map { "\($0)." } }.joined()
            NameIndex.addInitials(initials, person: person, to: &builder)
        }
        return anyNew
    }
}
