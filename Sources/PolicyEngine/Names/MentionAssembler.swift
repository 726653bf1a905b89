/// Joins name-token hits into mentions of people and decides which single tokens count.
///
/// Adjacent tokens (separated only by spaces, a line break or a hyphen) that can belong to the
/// same person form one mention ("Jelene Marković", "STOJKOVIĆ Dragana", "Nguyễn Thị Lan").
/// A token on its own counts when it is capitalised, is not a short common word at the start of
/// a sentence, and does not sit inside another capitalised name ("Hope" in "Hope Bridge
/// Balkans", "Nam" in "Nam Dinh").
enum MentionAssembler {
    /// Column headers of defendants and officials ("Okrivljeni", "Predsednik veća", "Judge").
    static let keptPartyHeader = Lexicon.WordMatcher([.defendant, .official])

    /// What the last assembly produced, so that the next one (after a discovery round added name
    /// hits) judges again only the runs of tokens the new hits can change.
    struct State {
        /// A run of adjacent tokens judged together: its first token, token count and mention
        /// (-1 when the run names nobody).
        struct Run {
            var first: Int32
            var count: Int32
            var mention: Int32
        }

        var runs: [Run] = []
        /// `scan.forms.count` after the last assembly (-1 before the first): hits whose forms
        /// start at or after it are new.
        var formCount = -1
        /// `scan.nameHits.count` after the last assembly: the hits added since are the new ones.
        var hitCount = 0
        /// Initials of every person at the last assembly (`extendWithInitial` reads them).
        var surnameInitials: [Set<UInt8>] = []
        var givenInitials: [Set<UInt8>] = []
        /// Indices of the mentions the last assembly judged anew (all of them after the first);
        /// the others are the same mentions, at the same place, as in the assembly before.
        var freshMentions: [Int32] = []
    }

    /// How far around a new name hit the judgement of a run can change: `accept` reads the word
    /// before and after a run (whether a name token starts there) and up to three bytes of gap to
    /// an adjacent token or an initial.
    static let reuseMargin = 8

    /// Joins the name hits into tokens and runs and judges each run. After the first call, a run
    /// with the same tokens as before (spans and forms), the same next token, no new hit within
    /// `reuseMargin` of its span or of the word before it, and a person whose initials did not
    /// change gets the mention it had: `accept` would read exactly what it read then.
    static func assemble(_ scan: ScanContext) {
        let hits = scan.nameHits
        let previous = scan.assembly
        let previousTokens = scan.tokens
        let previousMentions = scan.mentions
        let incremental = previous.formCount >= 0
        let newForms = Int32(previous.formCount)
        let (tokens, dirty) = makeTokens(
            hits, scan: scan, newForms: incremental ? newForms : nil, newHitCount: hits.count - previous.hitCount, previousTokens: previousTokens)
        scan.tokens = tokens
        var initialsChanged = [Bool](repeating: true, count: scan.persons.count)
        if incremental {
            for p in previous.surnameInitials.indices {
                initialsChanged[p] = previous.surnameInitials[p] != scan.persons[p].surnameInitials || previous.givenInitials[p] != scan.persons[p].givenInitials
            }
        }
        let forms = scan.forms
        var state = State()
        // Previous mentions whose person's initials changed (none when no person's did).
        let staleMentions = initialsChanged.contains(true) ? previousMentions.map { initialsChanged[$0.person] } : []
        // Runs and mentions (at most one per token each) are written straight into the arrays'
        // storage: no uniqueness or capacity check per append, no copy at the end.
        var mentions: [ScanContext.Mention] = []
        var fresh: [Int32] = []
        state.runs = [State.Run](unsafeUninitializedCapacity: max(1, tokens.count)) { runBuffer, runCount in
            mentions = [ScanContext.Mention](unsafeUninitializedCapacity: max(1, tokens.count)) { mentionBuffer, mentionCount in
                // The lists read per token, as buffers (no bounds check or retain per read).
                let judged = tokens.withUnsafeBufferPointer { tokenBuffer in
                    forms.withUnsafeBufferPointer { formBuffer in
                        previous.runs.withUnsafeBufferPointer { previousRuns in
                            previousTokens.withUnsafeBufferPointer { previousTokenBuffer in
                                dirty.withUnsafeBufferPointer { dirtyBuffer in
                                    judgeRuns(
                                        scan, incremental: incremental, lists: Lists(
                                            tokens: tokenBuffer, forms: formBuffer, previousRuns: previousRuns, previousTokens: previousTokenBuffer,
                                            dirty: dirtyBuffer), previousMentions: previousMentions, staleMentions: staleMentions,
                                        freshCapacity: incremental ? min(tokens.count, 2 * (hits.count - previous.hitCount) + 64) : tokens.count,
                                        runs: runBuffer.baseAddress!, mentions: mentionBuffer.baseAddress!)
                                }
                            }
                        }
                    }
                }
                runCount = judged.runs
                mentionCount = judged.mentions
                fresh = judged.fresh
            }
        }
        scan.mentions = mentions
        state.freshMentions = fresh
        state.formCount = scan.forms.count
        state.hitCount = hits.count
        state.surnameInitials = scan.persons.map(\.surnameInitials)
        state.givenInitials = scan.persons.map(\.givenInitials)
        scan.assembly = state
    }

    /// The lists `judgeRuns` reads per token, as buffers.
    struct Lists {
        var tokens: UnsafeBufferPointer<ScanContext.NameHit>
        var forms: UnsafeBufferPointer<FormRef>
        var previousRuns: UnsafeBufferPointer<State.Run>
        var previousTokens: UnsafeBufferPointer<ScanContext.NameHit>
        var dirty: UnsafeBufferPointer<Range<Int>>
    }

    /// Groups the tokens into runs and judges each (or takes over the previous assembly's run and
    /// mention where `accept` would read what it read then: `previous` given), writing runs and
    /// mentions at `runs` and `mentions` (room for one per token each). Returns their counts and
    /// the indices of the mentions judged anew.
    static func judgeRuns(
        _ scan: ScanContext, incremental: Bool, lists: Lists,
        previousMentions: [ScanContext.Mention], staleMentions: [Bool], freshCapacity: Int,
        runs: UnsafeMutablePointer<State.Run>, mentions: UnsafeMutablePointer<ScanContext.Mention>
    ) -> (runs: Int, mentions: Int, fresh: [Int32]) {
        let tokenBuffer = lists.tokens, formBuffer = lists.forms, previousRuns = lists.previousRuns
        let previousTokens = lists.previousTokens, dirty = lists.dirty
        var runCount = 0, mentionCount = 0
        var fresh: [Int32] = []
        fresh.reserveCapacity(freshCapacity)
        var i = 0
        // The persons a growing run can name, in two scratch buffers reused for every run (a
        // token's persons are distinct, so neither ever holds more than every person once).
        // Emptying an array with `removeAll(keepingCapacity:)` goes through `replaceSubrange`,
        // which cost more than many a run's judgement.
        let scratch = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * max(1, scan.persons.count))
        defer { scratch.deallocate() }
        var people = PersonList(UnsafeMutableBufferPointer(rebasing: scratch[..<max(1, scan.persons.count)]))
        var next = PersonList(UnsafeMutableBufferPointer(rebasing: scratch[max(1, scan.persons.count)...]))
        var r = 0  // previous run whose first token is not before token i
        var d = 0  // first dirty span not wholly before token i
        var match = TokenMatch()
        while i < tokenBuffer.count {
            if incremental {
                // The previous runs from the one starting at the same token on, as long as they are unchanged.
                while r < previousRuns.count, previousTokens[Int(previousRuns[r].first)].start < tokenBuffer[i].start { r += 1 }
                // (A token that is new here, or that a dirty span reaches, starts no stretch: tested
                // first, without the call.)
                while d < dirty.count, dirty[d].upperBound <= tokenBuffer[i].start { d += 1 }
                let firstMayStay = r < previousRuns.count && previousTokens[Int(previousRuns[r].first)].start == tokenBuffer[i].start
                    && (d == dirty.count || dirty[d].lowerBound >= tokenBuffer[i].end)
                let stretch = !firstMayStay ? (runs: 0, tokens: 0)
                    : reusableStretch(
                        from: r, at: i, runs: previousRuns, previousTokens: previousTokens, tokens: tokenBuffer, dirty: dirty, d: &d, match: &match,
                        staleMentions: staleMentions)
                if stretch.runs > 0 {
                    reuse(
                        UnsafeBufferPointer(rebasing: previousRuns[r..<(r + stretch.runs)]), at: i, previousMentions: previousMentions,
                        into: runs, &runCount, mentions, &mentionCount)
                    i += stretch.tokens
                    r += stretch.runs  // the next token starts after these runs' first
                    continue
                }
            }
            var joins = i + 1 < tokenBuffer.count && adjacent(scan, tokenBuffer[i].end, tokenBuffer[i + 1].start)
            // A lone token that is not capitalised names nobody unless one of its forms is a script
            // form (what `accept` would answer): no person list, no call.
            if !joins && !scan.isCapitalized(tokenBuffer[i].start..<tokenBuffer[i].end) && !hasScriptForm(tokenBuffer[i], formBuffer) {
                (runs + runCount).initialize(to: State.Run(first: Int32(i), count: 1, mention: -1))
                runCount += 1
                i += 1
                continue
            }
            // Grow a run of adjacent tokens sharing at least one person (small arrays, no sets).
            people.removeAll()
            for f in tokenBuffer[i].formRange where !people.contains(formBuffer[f].person) { people.append(formBuffer[f].person) }
            var j = i
            while joins {
                next.removeAll()
                for f in tokenBuffer[j + 1].formRange where people.contains(formBuffer[f].person) && !next.contains(formBuffer[f].person) {
                    next.append(formBuffer[f].person)
                }
                if next.isEmpty { break }
                swap(&people, &next)
                j += 1
                joins = j + 1 < tokenBuffer.count && adjacent(scan, tokenBuffer[j].end, tokenBuffer[j + 1].start)
            }
            var mention: Int32 = -1
            if let accepted = accept(tokenBuffer, i...j, people: people.elements, forms: formBuffer, scan: scan) {
                mention = Int32(mentionCount)
                fresh.append(mention)
                (mentions + mentionCount).initialize(to: accepted)
                mentionCount += 1
            }
            (runs + runCount).initialize(to: State.Run(first: Int32(i), count: Int32(j - i + 1), mention: mention))
            runCount += 1
            i = j + 1
        }
        return (runCount, mentionCount, fresh)
    }

    /// The tokens of the hits: a hit inside a longer one is dropped (a CJK alias inside a longer
    /// one), hits of one span share a token with their forms merged. After the first assembly
    /// (`newForms` given: hits whose forms start there are new) also the spans around new hits,
    /// sorted and merged. Written through buffers: no uniqueness or capacity check per token.
    static func makeTokens(
        _ hits: [ScanContext.NameHit], scan: ScanContext, newForms: Int32?, newHitCount: Int, previousTokens: [ScanContext.NameHit]
    ) -> (tokens: [ScanContext.NameHit], dirty: [Range<Int>]) {
        var dirtySpans: [Range<Int>] = []
        let tokens = [ScanContext.NameHit](unsafeUninitializedCapacity: hits.count) { buffer, initialized in
            let (count, dirty) = hits.withUnsafeBufferPointer { hits in
                previousTokens.withUnsafeBufferPointer { previousTokens in
                    var dirty: [Range<Int>] = []
                    if newForms != nil { dirty.reserveCapacity(max(0, newHitCount)) }
                    let incremental = newForms != nil, firstNew = newForms ?? 0
                    guard let base = buffer.baseAddress else { return (0, dirty) }  // no hits
                    var n = 0
                    var pc = 0  // first previous token not starting before the current hit (advanced on merges only)
                    for h in 0..<hits.count {
                        let hit = hits[h]
                        if incremental && hit.formStart >= firstNew {
                            let low = hit.start - reuseMargin
                            let high = max(hit.end, scan.wordEnd(from: hit.start)) + reuseMargin
                            if let last = dirty.last, low <= last.upperBound {
                                dirty[dirty.count - 1] = last.lowerBound..<max(last.upperBound, high)
                            } else {
                                dirty.append(low..<high)
                            }
                        }
                        if n > 0 {
                            let last = base[n - 1]
                            if hit.start < last.end {
                                guard hit.start == last.start && hit.end == last.end else { continue }
                                // The last old hit of a span that was a token before: the same hits make the
                                // same merged forms (old hits of a span come before new ones), no lookup.
                                if incremental && hit.formStart < firstNew
                                    && (h + 1 == hits.count || hits[h + 1].formStart >= firstNew || hits[h + 1].start != hit.start
                                        || hits[h + 1].end != hit.end)
                                {
                                    while pc < previousTokens.count, previousTokens[pc].start < hit.start { pc += 1 }
                                    if pc < previousTokens.count, previousTokens[pc].start == hit.start, previousTokens[pc].end == hit.end {
                                        base[n - 1].formStart = previousTokens[pc].formStart
                                        base[n - 1].formEnd = previousTokens[pc].formEnd
                                        continue
                                    }
                                }
                                let merged = scan.mergeForms(last, hit)
                                base[n - 1].formStart = merged.lowerBound
                                base[n - 1].formEnd = merged.upperBound
                                continue
                            }
                        }
                        (base + n).initialize(to: hit)
                        n += 1
                    }
                    return (n, dirty)
                }
            }
            initialized = count
            dirtySpans = dirty  // one write of the captured variable
        }
        return (tokens, dirtySpans)
    }

    /// A short list of distinct persons in caller-owned memory (see `assemble`): emptied by
    /// setting its count, no allocation or uniqueness check per run.
    struct PersonList {
        private let storage: UnsafeMutableBufferPointer<Int>
        private(set) var count = 0

        init(_ storage: UnsafeMutableBufferPointer<Int>) { self.storage = storage }

        var isEmpty: Bool { count == 0 }
        var elements: UnsafeBufferPointer<Int> { UnsafeBufferPointer(rebasing: storage[..<count]) }

        @inline(__always) mutating func removeAll() { count = 0 }

        @inline(__always) func contains(_ person: Int) -> Bool {
            for k in 0..<count where storage[k] == person { return true }
            return false
        }

        /// Adds a person not in the list yet (the storage holds every person once).
        @inline(__always) mutating func append(_ person: Int) {
            storage[count] = person
            count += 1
        }
    }

    /// Where the tokens of this assembly stop being those of the previous one shifted by `delta`
    /// (`tokens[k]` and `previousTokens[k - delta]`, spans and forms): the first k from `start` on
    /// where they differ (or one list ends). Kept between the stretches of one shift, so each
    /// token is compared about once per assembly.
    struct TokenMatch {
        var delta = Int.min
        var start = 0
        var limit = 0
    }

    /// The previous runs from `r` on, with the tokens from `i` on, that the assembly takes over
    /// unchanged: each run whose tokens are the same tokens (spans and forms), whose token after
    /// is the same too (it ended the run; or both lists end with it), that no dirty span reaches
    /// and whose mention is not stale (its person's initials changed; `staleMentions` is empty
    /// when no person's did) — `accept` would read exactly what it read then. Returns how many runs and
    /// tokens (0 when the run at `r` changed). A few comparisons per run: the tokens are compared
    /// once (`TokenMatch`), and the runs up to the next dirty span are all clean.
    static func reusableStretch(
        from r: Int, at i: Int, runs: UnsafeBufferPointer<State.Run>, previousTokens old: UnsafeBufferPointer<ScanContext.NameHit>,
        tokens new: UnsafeBufferPointer<ScanContext.NameHit>, dirty: UnsafeBufferPointer<Range<Int>>, d: inout Int, match: inout TokenMatch,
        staleMentions: [Bool]
    ) -> (runs: Int, tokens: Int) {
        guard r < runs.count else { return (0, 0) }
        let delta = i - Int(runs[r].first)
        if match.delta != delta || i < match.start || i > match.limit {
            var k = i
            while k < new.count, k - delta < old.count {
                let a = new[k], b = old[k - delta]
                guard a.start == b.start && a.end == b.end && a.formStart == b.formStart && a.formEnd == b.formEnd else { break }
                k += 1
            }
            match = TokenMatch(delta: delta, start: i, limit: k)
        }
        let limit = match.limit
        while d < dirty.count, dirty[d].upperBound <= new[i].start { d += 1 }
        let dirtyStart = d < dirty.count ? dirty[d].lowerBound : Int.max
        var q = r, k = i
        while q < runs.count {
            let run = runs[q]
            let count = Int(run.count), end = k + count
            // Tokens k ..< end the same, and the one after (or both lists end there).
            guard end < limit || (end == limit && end == new.count && Int(run.first) + count == old.count) else { break }
            guard new[end - 1].end <= dirtyStart else { break }
            if !staleMentions.isEmpty, run.mention >= 0, staleMentions[Int(run.mention)] { break }
            q += 1
            k = end
        }
        return (q - r, k - i)
    }

    /// Appends previous runs taken over at token `i` and their mentions: the runs' first tokens
    /// and mention indices shifted, mentions labelled by their tokens pointed at the new tokens.
    /// (A stretch's mentions are consecutive in the previous list: mentions are made run by run.)
    /// One pass over the runs, writing into the assembly's buffers.
    static func reuse(
        _ stretch: UnsafeBufferPointer<State.Run>, at i: Int, previousMentions: [ScanContext.Mention], into runs: UnsafeMutablePointer<State.Run>,
        _ runCount: inout Int, _ mentions: UnsafeMutablePointer<ScanContext.Mention>, _ mentionCount: inout Int
    ) {
        let delta = Int32(i) - stretch.first!.first
        var firstMention: Int32 = -1, lastMention: Int32 = -1
        let mentionStart = Int32(mentionCount)
        var k = runCount
        for run in stretch {
            var mention: Int32 = -1
            if run.mention >= 0 {
                if firstMention < 0 { firstMention = run.mention }
                lastMention = run.mention
                mention = mentionStart + (run.mention - firstMention)
            }
            (runs + k).initialize(to: State.Run(first: run.first + delta, count: run.count, mention: mention))
            k += 1
        }
        runCount = k
        guard firstMention >= 0 else { return }
        var m = mentionCount
        for x in Int(firstMention)...Int(lastMention) {
            var mention = previousMentions[x]
            if case .tokens(let first) = mention.label { mention.label = .tokens(first: first + Int(delta)) }
            (mentions + m).initialize(to: mention)
            m += 1
        }
        mentionCount = m
    }

    /// The form of `person` among a token's forms (the first one).
    static func form(of person: Int, in token: ScanContext.NameHit, _ forms: [FormRef]) -> Int {
        var f = Int(token.formStart)
        while forms[f].person != person { f += 1 }
        return f
    }

    /// The form of `person` among a token's forms (the first one), in a buffer of the forms.
    @inline(__always) static func form(of person: Int, in token: ScanContext.NameHit, _ forms: UnsafeBufferPointer<FormRef>) -> Int {
        var f = Int(token.formStart)
        while forms[f].person != person { f += 1 }
        return f
    }

    /// Whether one of a token's forms is written in a script without capitals.
    @inline(__always) static func hasScriptForm(_ token: ScanContext.NameHit, _ forms: UnsafeBufferPointer<FormRef>) -> Bool {
        for f in token.formRange where forms[f].role == .script { return true }
        return false
    }

    /// Whether two tokens are separated only by spaces, at most one line break or a hyphen (not a tab:
    /// table cells are separate). Inlined: most pairs fail the first test.
    @inline(__always) static func adjacent(_ scan: ScanContext, _ end: Int, _ start: Int) -> Bool {
        // 1 to 3 bytes apart, in one unsigned comparison.
        guard UInt(bitPattern: start &- end &- 1) < 3 else { return false }
        var newlines = 0
        for k in end..<start {
            if scan.is(k, "\t") { return false }
            if scan.isNewline(k) { newlines += 1; continue }
            if scan.isSpace(k) || scan.is(k, "-") { continue }
            return false
        }
        return newlines <= 1
    }

    static func accept(
        _ tokens: UnsafeBufferPointer<ScanContext.NameHit>, _ runRange: ClosedRange<Int>, people: UnsafeBufferPointer<Int>,
        forms: UnsafeBufferPointer<FormRef>, scan: ScanContext
    ) -> ScanContext.Mention? {
        let run = tokens[runRange]
        // Prefer a protected person, then the lowest index.
        var person = people[0]
        for p in people.dropFirst() {
            let better = scan.persons[p].isProtected && !scan.persons[person].isProtected
                || (scan.persons[p].isProtected == scan.persons[person].isProtected && p < person)
            if better { person = p }
        }
        var start = run.first!.start
        var end = run.last!.end
        if run.count >= 2 {
            var allMiddle = true
            var saysFound = false
            for token in run {
                let f = forms[form(of: person, in: token, forms)]
                if f.role != .middle { allMiddle = false }
                if f.isFound { saysFound = true }
            }
            if allMiddle { return nil }
            // "Ime Prezime" where both words are only given names of the same person (e.g. two
            // transcriptions) is still fine; reject runs that are all lower case (common words).
            if !run.contains(where: { scan.isCapitalized($0.start..<$0.end) || isUnspaced(scan, $0.start) }) { return nil }
            extendWithInitial(scan, person: person, start: &start, end: &end)
            return ScanContext.Mention(
                start: start, end: end, person: person, tokenCount: run.count, label: .tokens(first: runRange.lowerBound),
                labelSaysFound: saysFound)
        }
        let formIndex = form(of: person, in: run.first!, forms)
        let form = forms[formIndex]
        let range = start..<end
        switch form.role {
        case .script, .initials:
            if form.role == .initials && !scan.isCapitalized(start..<end) { return nil }
            return ScanContext.Mention(
                start: start, end: end, person: person, tokenCount: 1, label: .form(formIndex), labelSaysFound: form.isFound)
        case .middle:
            return nil
        default:
            break
        }
        guard scan.isCapitalized(start..<end) else { return nil }
        // Short common words are at most three letters: only those need the word's text.
        let allCaps = scan.isAllCaps(range)
        // `isAfterHonorific(scan, start)` is read only where a test below needs it (most single tokens
        // never do); a `lazy var` here cost an exclusivity check per read.
        if range.count <= 2 || (range.count <= 3 && Lexicon.shortCommonSet.contains(scan.word(range))) {
            let midSentence = !scan.isSentenceStart(start)
            guard allCaps || midSentence || isAfterHonorific(scan, start) else { return nil }
        }
        if !allCaps, isCommonWordNotAPerson(scan, range) { return nil }
        // Inside someone else's multi-word name?
        if !allCaps || range.count > 2 {
            if let next = nextWordOnSameLine(scan, end), scan.isCapitalized(next), !scan.isAllCaps(next) || next.count > 3,
                !(next.count == 1 && scan.is(next.upperBound, ".")),
                !isNameToken(scan, next, person: person), !Lexicon.notANameSet.contains(scan.word(next))
            {
                return nil
            }
            // The word before, when one space separates it (`wordBefore(start)` ending at start - 1).
            let previous: Range<Int>? = scan.is(start - 1, " ") && scan.isWord(start - 2) ? scan.wordStart(from: start - 2)..<(start - 1) : nil
            // A capitalised word opening the sentence before a given name is an ordinary word
            // ("Klijentu Baljinderu potrebna je …").
            if let previous, scan.isCapitalized(previous), !isAfterHonorific(scan, start),
                !(form.role != .surname && scan.isSentenceStart(previous.lowerBound)), !isNameToken(scan, previous, person: person),
                !scan.isCue(previous, Lexicon.personCues), !Lexicon.notANameSet.contains(scan.word(previous)),
                !ScanContext.witnessWords.contains(scan.word(previous))  // "Svedokinja Vujošević": a noun, no given name
            {
                // Another first name before a protected person's surname: most often a family member
                // ("Zlata Perić" next to the victim "Ana Perić"). Fail safe: take both words.
                guard form.role == .surname, scan.persons[person].isProtected, !scan.isAllCaps(previous),
                    !scan.isSentenceStart(previous.lowerBound) || previous.count >= 3
                else { return nil }
                // Someone else of the same surname the text says is a defendant or an official
                // ("okrivljenim Dušanom Vujoševićem", a cell under "Okrivljeni") stays readable.
                if let cue = scan.wordBefore(previous.lowerBound, skipping: ",", crossLines: false), scan.isCue(cue, [.defendant, .official]) {
                    return nil
                }
                if scan.headerMatches(keptPartyHeader, at: previous.lowerBound) { return nil }
                // The same given name the text puts after a defendant or official cue elsewhere
                // ("sa okrivljenim Dušanom Vujoševićem" … "Dušan Vujošević" in a table row).
                if scan.isKeptPartyGivenName(previous) { return nil }
                return ScanContext.Mention(
                    start: previous.lowerBound, end: end, person: person, tokenCount: 2, label: .familyForm(formIndex),
                    labelSaysFound: form.isFound)
            }
        }
        extendWithInitial(scan, person: person, start: &start, end: &end)
        return ScanContext.Mention(start: start, end: end, person: person, tokenCount: 1, label: .form(formIndex), labelSaysFound: form.isFound)
    }

    /// Names that are also common words ("nada" hope, "zora" dawn, "vesna" spring, "ruža" rose,
    /// "hope", "joy", "sunny"), in the case forms that open a sentence.
    static let commonWordNames = FoldedWordSet(Lexicon.folded([
        "nada", "zora", "vesna", "ruza", "sreca", "ljubav", "mira", "hope", "joy", "faith", "grace", "sunny", "dawn", "charity", "rose",
    ]))
    /// Verbs no person is the subject of but the common word is ("Nada postoji", "Hope remains",
    /// "Zora sviće").
    static let impersonalVerbs = FoldedWordSet(Lexicon.folded([
        "postoji", "postojala", "ostaje", "umire", "svice", "svane", "svanu", "svanula", "svanjiva", "cveta", "cvjeta",
        "procveta", "procvjeta", "rascveta", "niče", "nice", "raste", "remains", "remained", "exists", "existed", "springs", "sprang",
        "dawns", "dawned", "breaks", "broke", "blooms", "bloomed", "prevails", "endures", "persists", "fades", "faded",
    ]))

    /// A name that is also a common word, opening a sentence or a quotation and followed by a verb
    /// that does not fit a person ("„Nada postoji i za …“", "Hope remains."): the word, not the person.
    /// Any other verb ("Nada je plakala") keeps it a name: fail safe.
    static func isCommonWordNotAPerson(_ scan: ScanContext, _ range: Range<Int>) -> Bool {
        guard range.count <= 8, scan.isSentenceStart(range.lowerBound), commonWordNames.contains(scan.word(range)),
            let next = nextWordOnSameLine(scan, range.upperBound)
        else { return false }
        return impersonalVerbs.contains(scan.word(next))
    }

    /// Whether an honorific ("g.", "dr", "Mr.") is the word before `start` on its line.
    static func isAfterHonorific(_ scan: ScanContext, _ start: Int) -> Bool {
        scan.wordBefore(start, skipping: ".", crossLines: false).map { scan.isCue($0, [.honorific]) } ?? false
    }

    static func isUnspaced(_ scan: ScanContext, _ i: Int) -> Bool {
        scan.flags(i) & ScalarFolding.Flags.unspaced != 0
    }

    /// The next word if only single spaces separate it (no punctuation, no line break).
    static func nextWordOnSameLine(_ scan: ScanContext, _ end: Int) -> Range<Int>? {
        guard end < scan.count, scan.is(end, " ") else { return nil }
        var j = end
        while j < scan.count, scan.is(j, " ") { j += 1 }
        guard j - end <= 2, scan.isWord(j) else { return nil }
        return j..<scan.wordEnd(from: j)
    }

    static func isNameToken(_ scan: ScanContext, _ range: Range<Int>, person: Int) -> Bool {
        scan.hasNameHit(at: range.lowerBound, of: person)
    }

    /// "Rohit S." → include the surname initial; "J. Marković" → include the given-name initial.
    static func extendWithInitial(_ scan: ScanContext, person: Int, start: inout Int, end: inout Int) {
        // The person's initials are read only after the bytes fit (no copy of the whole Person).
        if end + 2 < scan.count, scan.is(end, " "), scan.isUpper(end + 1), scan.is(end + 2, "."),
            scan.persons[person].surnameInitials.contains(scan.byte(end + 1)), end + 3 >= scan.count || !scan.isLetter(end + 3)
        {
            end += 3
        }
        if start >= 3, scan.is(start - 1, " "), scan.is(start - 2, "."), scan.isUpper(start - 3), !scan.isWord(start - 4),
            scan.persons[person].givenInitials.contains(scan.byte(start - 3))
        {
            start -= 3
        }
    }
}
