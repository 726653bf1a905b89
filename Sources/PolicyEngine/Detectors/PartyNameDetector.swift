/// Names of registered parties in every form (see `NameIndex`, `MentionAssembler`): protected
/// roles become findings, kept roles (defendants, judges…) become keep spans that stop other
/// rules from redacting them.
struct PartyNameDetector: Detector {
    static let name = "party-name"
    static let summary = "names of case-registry parties in every script, case form, order, initials and alias"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        for (m, mention) in scan.mentions.enumerated() {
            let person = scan.persons[mention.person]
            guard person.source == .registry else { continue }
            if person.isProtected {
                let score = rule.score ?? (mention.tokenCount >= 2 ? 0.95 : 0.85)
                scan.emit(Candidate(
                    start: mention.start, end: mention.end, rule: ruleIndex, score: score, matched: .registeredParty(mention: m),
                    person: mention.person))
            } else if person.isKept {
                scan.emit(Candidate(
                    start: mention.start, end: mention.end, kind: .keep, rule: ruleIndex, score: 1,
                    matched: .keptParty(person: mention.person), person: mention.person))
            }
        }
    }
}

/// People the registry does not list, found from role cues and tracked through the document.
struct RoleCueDetector: Detector {
    static let name = "role-cue"
    static let summary = "people introduced by role cues (victim, minor, protected witness, relatives), nicknames and bracketed aliases"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        for (m, mention) in scan.mentions.enumerated() {
            let person = scan.persons[mention.person]
            guard person.isProtected else { continue }
            if person.source == .discovered {
                let score = rule.score ?? (mention.tokenCount >= 2 ? 0.85 : 0.75)
                scan.emit(Candidate(
                    start: mention.start, end: mention.end, rule: ruleIndex, score: score, matched: .discoveredPerson(mention: m),
                    person: mention.person))
            } else if mention.labelSaysFound {
                // An alias of a registered party found in the text (nickname, bracketed form).
                scan.emit(Candidate(
                    start: mention.start, end: mention.end, rule: ruleIndex, score: rule.score ?? 0.8,
                    matched: .foundAlias(person: mention.person), person: mention.person))
            }
        }
    }
}

/// Initials that no tracked person explains ("R.S.", "N.T.H."): in court documents these are
/// nearly always anonymised private people. Initials right after a defendant or official cue
/// ("protiv E.S.", "judge A.B.") and common abbreviations (U.S., E.U.) stay.
struct InitialsDetector: Detector {
    static let name = "initials"
    static let summary = "initials of otherwise unnamed people (A.H., Л.Н., N.T.H.)"
    static let abbreviationList: Set<String> = ["u.s.", "u.k.", "e.u.", "u.n.", "d.c.", "s.a.d.", "a.d.", "b.c.", "p.s.", "n.b.", "i.e.", "e.g.", "a.m.", "p.m.", "n.n.", "s.r.", "t.j.", "o.g."]
    static let abbreviations = FoldedWordSet(abbreviationList)
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    /// Whether the initials, without spaces, are a common abbreviation (U.S., e.g.).
    static func isAbbreviation(_ scan: ScanContext, _ range: Range<Int>) -> Bool {
        let bytes = scan.word(range)
        guard FoldedKeyMap<Int>.isASCII(bytes) else { return abbreviationList.contains(scan.string(range).replacingAll(" ", with: "")) }
        return KeyWriter.withKey(capacity: bytes.count) { key in
            for b in bytes where b != 0x20 { key.append(b) }
            return abbreviations.contains(key.bytes)
        }
    }

    func detect(in scan: ScanContext) throws {
        var covered = scan.mentions.map { $0.start..<$0.end }
        covered.sort { $0.lowerBound < $1.lowerBound }
        var i = 0
        let n = scan.count
        var m = 0
        // Candidates: an upper-case letter right before a dot (every other position is skipped).
        for dot in scan.dots {
            let candidate = Int(dot) - 1
            guard candidate >= i else { continue }
            i = candidate
            guard i < n - 3 else { break }
            if !(scan.isUpper(i) && scan.isLetter(i)) { i += 1; continue }
            if scan.isWord(i - 1) { i += 1; continue }
            guard let range = RoleCueDiscovery.initialsRange(scan, at: i) else { i += 2; continue }
            defer { i = range.upperBound }
            while m < covered.count, covered[m].upperBound <= range.lowerBound { m += 1 }
            if m < covered.count, covered[m].lowerBound < range.upperBound { continue }
            let before = scan.wordBefore(range.lowerBound, skipping: ",:(", crossLines: false)
            if let before, scan.isCue(before, [.defendant, .official]) { continue }
            // An abbreviation unless a person cue introduces it ("maloletnu A.M." is a girl, "9 A.M." a time).
            let afterPersonCue = before.map { scan.isCue($0, [.victim, .minor, .protectedWitness, .relative, .identified]) } ?? false
            if !afterPersonCue && Self.isAbbreviation(scan, range) { continue }
            scan.emit(Candidate(
                start: range.lowerBound, end: range.upperBound, rule: ruleIndex, score: rule.score ?? 0.6,
                matched: .literal("initials of an unnamed person")))
        }
    }
}

/// Identifiers listed for protected parties in the case registry, wherever they appear.
struct RegistryIdentifierDetector: Detector {
    static let name = "registry-identifier"
    static let summary = "identifiers listed for protected parties in the case registry, as printed"
    let bound: BoundRule
    init(bound: BoundRule) { self.bound = bound }

    func detect(in scan: ScanContext) throws {
        for hit in scan.listHits {
            guard case .identifier(let person) = hit.payload, scan.persons[person].isProtected else { continue }
            scan.emit(Candidate(
                start: hit.start, end: hit.end, rule: ruleIndex, score: rule.score ?? 0.99,
                matched: .registeredIdentifier(person: person), person: person))
        }
        // The same digits grouped another way than registered ("4821 7730 2192", "4821-7730-2192").
        let identifiers = scan.engine.digitIdentifiers
        guard !identifiers.isEmpty else { return }
        let longest = identifiers.keys.map(\.count).max() ?? 0
        let trie = DigitTrie(identifiers)
        var skipUntil = 0
        for run in scan.digitRuns where run.lowerBound >= skipUntil && run.count < longest {
            // Only digits continued by a separator and more digits ("4821 7730 2192").
            let e = run.upperBound
            guard e + 1 < scan.count, scan.is(e, " ") || scan.is(e, "-") || scan.is(e, "/"), scan.isDigit(e + 1) else { continue }
            if scan.isWord(run.lowerBound - 1) || scan.isGlued(before: run.lowerBound, glue: "-/.") { continue }
            var count = 0
            var i = run.lowerBound
            // The digits read so far, as a node of the trie of the registered identifiers: once they
            // start no identifier, no later lookup of this walk can find one and the walk ends (most
            // walks end within the first group).
            var node = DigitTrie.root
            walk: while i < scan.count, count < longest {
                while i < scan.count, scan.isDigit(i), scan.byte(i) < 0x80, count < longest {
                    node = trie.child(node, scan.byte(i))
                    if node == DigitTrie.none { break walk }
                    count += 1
                    i += 1
                }
                if !scan.isWord(i), let person = trie.value(node), !scan.isGlued(after: i, glue: "-/") {
                    if i - run.lowerBound != count, scan.persons[person].isProtected {
                        scan.emit(Candidate(
                            start: run.lowerBound, end: i, rule: ruleIndex, score: rule.score ?? 0.99,
                            matched: .registeredIdentifier(person: person), person: person))
                        skipUntil = i
                    }
                    break
                }
                guard i + 1 < scan.count, scan.is(i, " ") || scan.is(i, "-") || scan.is(i, "/"), scan.isDigit(i + 1) else { break }
                i += 1
            }
        }
    }

    /// The registered digit identifiers as a trie over their ASCII digits: what the walk above
    /// looks up digit by digit instead of a string per group count (a key is found exactly when
    /// the dictionary would find the same digits).
    struct DigitTrie {
        static let root: Int32 = 0
        static let none: Int32 = -1
        /// Ten children per node (`none` when no identifier continues with that digit).
        private var children: [Int32] = [Int32](repeating: none, count: 10)
        /// The person of the identifier ending at each node, or -1.
        private var values: [Int32] = [-1]

        init(_ identifiers: [String: Int]) {
            for (key, person) in identifiers {
                var node = Self.root
                for b in key.utf8 {
                    let slot = Int(node) * 10 + Int(b &- 0x30)
                    if children[slot] == Self.none {
                        children[slot] = Int32(values.count)
                        values.append(-1)
                        children += [Int32](repeating: Self.none, count: 10)
                    }
                    node = children[slot]
                }
                values[Int(node)] = Int32(person)
            }
        }

        /// The node after `digit` (an ASCII digit byte), or `none`.
        @inline(__always) func child(_ node: Int32, _ digit: UInt8) -> Int32 {
            children[Int(node) &* 10 &+ Int(digit &- 0x30)]
        }

        /// The person of the identifier that ends at `node`.
        @inline(__always) func value(_ node: Int32) -> Int? {
            let v = values[Int(node)]
            return v < 0 ? nil : Int(v)
        }
    }
}
