extension PolicyEngine {
    /// Turns resolved candidates into findings: scalar offsets, page, text, action, exemptions,
    /// party key and explanation. `reserve` learns how many there will be, then `body` gets them
    /// one by one, sorted by start (none is kept here).
    ///
    /// Explanations repeat (the same person's name in the same form, the same check, the same
    /// notes): their texts are written once and shared. A finding's text is cut from the
    /// document only when read (from the folded text's checkpoint before it).
    func makeFindings(
        _ candidates: [Candidate], scan: ScanContext, pageStartOffsets: [Int], reserve: (Int) -> Void, each body: (Finding) throws -> Void
    ) throws {
        // Scalar spans and the folded text's checkpoint before each (16 bytes), in the order of
        // their starts.
        var spans: [(start: Int32, end: Int32, candidate: Int32, checkpoint: Int32)] = []
        spans.reserveCapacity(candidates.count)
        var sorted = true
        for (k, candidate) in candidates.enumerated() {
            var s = candidate.start, e = candidate.end
            while s < e, scan.isSpace(s) { s += 1 }
            while e > s, scan.isSpace(e - 1) { e -= 1 }
            guard e > s, (s..<e).contains(where: { scan.isWord($0) }) else { continue }
            let (start, end) = scan.text.scalarRange(s, e)
            guard end > start else { continue }
            if let last = spans.last, Int(last.start) > start { sorted = false }
            spans.append(
                (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end), Int32(truncatingIfNeeded: k), Int32(truncatingIfNeeded: FoldedText.checkpoint(before: s))))
        }
        if !sorted { spans.sort { $0.start < $1.start } }
        reserve(spans.count)
        // The explanations first: the table the findings share is complete before the first
        // one goes out.
        var explanations = ExplanationTexts(scan: scan)
        var positions: [(matched: Int32, context: Int32, notes: Int32)] = []
        positions.reserveCapacity(spans.count)
        for span in spans {
            let c = candidates[Int(span.candidate)]
            positions.append((explanations.matched(c.matched), explanations.context(c.context), explanations.notes(c.notes, rule: c.rule)))
        }
        var original = scan.original
        original.makeContiguousUTF8()
        let table = FindingTable(
            document: original, checkpoints: scan.text.checkpoints, rules: ruleValues(), parties: scan.persons.map(\.key), matched: explanations.texts,
            contexts: explanations.contexts, notes: explanations.noteLists)
        let actions = policy.rules.map(\.action)
        let allowListRule = Int32(table.ruleIDs.count - 1), denyListRules = Int32(policy.rules.count)
        // One finding, rewritten in place for each span and lent to `body` (no copy of it per
        // span); all it holds besides numbers is the table, written once.
        var finding = Finding(in: table)
        for (span, position) in zip(spans, positions) {
            let c = candidates[Int(span.candidate)]
            let start = Int(span.start), end = Int(span.end)
            let hasRule = c.rule >= 0
            let action: Action
            switch c.kind {
            case .deny: action = .redact
            case .keep: action = .keep
            case .redact: action = hasRule ? actions[c.rule] : .redact
            }
            var low = 0, high = pageStartOffsets.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if pageStartOffsets[mid] <= start { low = mid } else { high = mid - 1 }
            }
            let score = min(1, max(0, c.score))
            switch (hasRule, c.matched) {
            case (true, _): finding.storage.rule = Int32(truncatingIfNeeded: c.rule)
            case (false, .denyEntry(let n)): finding.storage.rule = denyListRules + Int32(truncatingIfNeeded: n)
            case (false, _): finding.storage.rule = allowListRule
            }
            finding.start = start
            finding.end = end
            finding.page = max(0, low) + 1
            finding.storage.textStart = start
            finding.storage.textEnd = end
            finding.storage.textCheckpoint = span.checkpoint
            finding.score = (score * 1000).rounded() / 1000
            finding.action = action
            finding.storage.party = c.person.map { Int32(truncatingIfNeeded: $0) } ?? -1
            finding.storage.matched = position.matched
            finding.storage.baseScore = c.baseScore
            finding.storage.context = position.context
            finding.storage.finalScore = score
            finding.storage.notes = position.notes
            try body(finding)
        }
    }

    /// What findings take from their rule: the policy's rules, then one entry per deny-list
    /// entry, then the allow list.
    private func ruleValues() -> [(category: Category, id: String, detector: String, exemptions: [String])] {
        policy.rules.map { ($0.category, $0.id, $0.detector, $0.exemptions) }
            + policy.denyList.map { ($0.category, "deny-list", "deny-list", []) }
            + [("allow-list", "allow-list", "allow-list", [])]
    }
}

/// The texts of explanations, each written once per scan (into the table the findings share)
/// and then found by position.
private struct ExplanationTexts {
    let scan: ScanContext
    /// Texts by code (literals too, as kind 0 and their address): positions in `keys` and
    /// `texts` (a cheap hash of three numbers, not SipHash per finding).
    private var textTable = InternTable(capacity: 128)
    private var keys: [Key] = []
    /// "What matched" texts (and the literal words of context evidence); texts written for one
    /// finding only have no key.
    private(set) var texts: [String] = []
    /// Context evidence lists, the empty one first.
    private(set) var contexts: [[ContextEvidence]] = [[]]
    /// The lists by what they are written from: positions in `contexts` (the empty list at 0 is
    /// not in the table); the key of `contexts[n]` is
    /// `contextKeyWords[contextKeyBounds[n - 1] ..< contextKeyBounds[n]]`. And the key being built.
    private var contextTable = InternTable(capacity: 32)
    private var contextKeyWords: [UInt64] = []
    private var contextKeyBounds: [Int32] = [0]
    private var contextKey: [UInt64] = []
    /// Note lists, and where they are by rule (+1) and notes: `noteListPositions[(rule + 1) << 8 | notes]`
    /// (-1: not written yet).
    private(set) var noteLists: [[String]] = []
    private var noteListPositions: [Int32]

    init(scan: ScanContext) {
        self.scan = scan
        noteListPositions = Array(repeating: -1, count: (scan.engine.policy.rules.count + 1) << 8)
    }

    private struct Key: Equatable {
        var kind: Int
        var a: Int
        var b: Int = 0

        var hash: Int {
            var h = UInt64(bitPattern: Int64(kind)) &* 0x9E37_79B9_7F4A_7C15
            h ^= UInt64(bitPattern: Int64(a)) &* 0xC2B2_AE3D_27D4_EB4F
            h ^= UInt64(bitPattern: Int64(b)) &* 0x1656_67B1_9E37_79F9
            return Int(truncatingIfNeeded: h ^ (h >> 31))
        }
    }

    /// A text written for one finding.
    private mutating func add(_ text: String) -> Int32 {
        texts.append(text)
        keys.append(Key(kind: -1, a: 0))  // never looked up (kinds are 0 ... 8)
        return Int32(texts.count - 1)
    }

    /// The position of the remembered text of `key` (nil when not yet written), and the slot of
    /// the key.
    private func remembered(_ key: Key) -> (slot: Int, position: Int32?) {
        let found = keys.withUnsafeBufferPointer { keys in textTable.find(hash: key.hash) { keys[$0] == key } }
        return (found.slot, found.entry.map { Int32($0) })
    }

    /// Remembers `text` as the text of `key`, in the slot `remembered(key)` found; its position.
    private mutating func remember(_ text: String, _ key: Key, slot s: Int) -> Int32 {
        texts.append(text)
        keys.append(key)
        textTable.insert(keys.count - 1, at: s) { [keys] in keys[$0].hash }
        return Int32(keys.count - 1)
    }

    mutating func literal(_ text: StaticString) -> Int32 {
        guard text.hasPointerRepresentation else { return add(text.description) }
        let key = Key(kind: 0, a: Int(bitPattern: text.utf8Start))
        let known = remembered(key)
        if let position = known.position { return position }
        return remember(text.description, key, slot: known.slot)
    }

    /// "What matched"; texts that depend only on the code (not on a mention's tokens or a text
    /// range) are remembered.
    mutating func matched(_ match: Candidate.Match) -> Int32 {
        let key: Key
        switch match {
        case .literal(let text): return literal(text)
        case .date(let style):
            guard style.hasPointerRepresentation else { return add(scan.describe(match)) }
            key = Key(kind: 1, a: Int(bitPattern: style.utf8Start))
        case .internationalPhone(let country): key = Key(kind: 2, a: country)
        case .keptParty(let p): key = Key(kind: 3, a: p)
        case .foundAlias(let p): key = Key(kind: 4, a: p)
        case .registeredIdentifier(let p): key = Key(kind: 5, a: p)
        case .pattern(let rule): key = Key(kind: 6, a: rule)
        case .registeredParty(let m):
            guard let label = scan.mentionLabelKey(scan.mentions[m]) else { return add(scan.describe(match)) }
            key = Key(kind: 7, a: scan.mentions[m].person, b: label)
        case .discoveredPerson(let m):
            guard let label = scan.mentionLabelKey(scan.mentions[m]) else { return add(scan.describe(match)) }
            key = Key(kind: 8, a: scan.mentions[m].person, b: label)
        default:
            return add(scan.describe(match))
        }
        let known = remembered(key)
        if let position = known.position { return position }
        return remember(scan.describe(match), key, slot: known.slot)
    }

    /// The position of a candidate's context evidence list (0 for none). Lists repeat (the same
    /// cue word before the same kind of number): each is written once, found again by a key of
    /// what it is written from — each piece's word code (a literal's address, a folded word's
    /// bytes, a person) and delta — so equal keys give equal lists.
    mutating func context(_ list: Candidate.EvidenceList) -> Int32 {
        guard !list.isEmpty else { return 0 }
        contextKey.removeAll(keepingCapacity: true)
        var node = list.first
        while node >= 0 {
            let e = scan.evidence[Int(node)]
            // A tag word (with the byte count of a word), then the value.
            switch e.word {
            case .literal(let text):
                if text.hasPointerRepresentation {
                    appendKey(0, UInt64(UInt(bitPattern: text.utf8Start)))
                } else {
                    appendKey(1, UInt64(text.unicodeScalar.value))
                }
            case .folded(let start, let end): appendKey(2, scan.word(start..<end))
            case .nearKeptParty(let p): appendKey(3, UInt64(p))
            case .afterInstitutionalWord(let start, let end): appendKey(4, scan.word(start..<end))
            }
            contextKey.append(e.delta.bitPattern)
            node = e.next
        }
        let found = contextTable.find(hash: Self.hash(contextKey[...])) {
            Self.key(of: $0, words: contextKeyWords, bounds: contextKeyBounds).elementsEqual(contextKey)
        }
        if let n = found.entry { return Int32(n) }
        contextKeyWords += contextKey
        contextKeyBounds.append(Int32(contextKeyWords.count))
        contexts.append(contextEvidence(list))
        contextTable.insert(contexts.count - 1, at: found.slot) { [contextKeyWords, contextKeyBounds] in
            Self.hash(Self.key(of: $0, words: contextKeyWords, bounds: contextKeyBounds))
        }
        return Int32(contexts.count - 1)
    }

    /// The key `contexts[n]` was written from (n ≥ 1), in `contextKeyWords` and `contextKeyBounds`.
    private static func key(of n: Int, words: [UInt64], bounds: [Int32]) -> ArraySlice<UInt64> {
        words[Int(bounds[n - 1])..<Int(bounds[n])]
    }

    private mutating func appendKey(_ tag: UInt64, _ value: UInt64) {
        contextKey.append(tag)
        contextKey.append(value)
    }

    /// A tag word with the byte count, then the bytes, eight to a word.
    private mutating func appendKey(_ tag: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) {
        contextKey.append(tag << 56 | UInt64(bytes.count))
        var k = 0
        while k < bytes.count {
            var word: UInt64 = 0
            for j in 0..<min(8, bytes.count - k) { word |= UInt64(bytes[k + j]) << UInt64(8 * j) }
            contextKey.append(word)
            k += 8
        }
    }

    private static func hash(_ words: ArraySlice<UInt64>) -> Int {
        var h: UInt64 = 0
        for w in words { h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// A context evidence list in words.
    private mutating func contextEvidence(_ list: Candidate.EvidenceList) -> [ContextEvidence] {
        var result: [ContextEvidence] = []
        var node = list.first
        while node >= 0 {
            let e = scan.evidence[Int(node)]
            let word: String
            if case .literal(let text) = e.word { word = texts[Int(literal(text))] } else { word = scan.describe(e.word) }
            // The same word met twice (two context entries, two rules' windows) is one piece of evidence.
            if let k = result.firstIndex(where: { $0.word == word }) {
                result[k] = ContextEvidence(word: word, delta: result[k].delta + e.delta)
            } else {
                result.append(ContextEvidence(word: word, delta: e.delta))
            }
            node = e.next
        }
        return result
    }

    /// The position of the notes, then the rule's justification (none for the lists, `rule` -1).
    mutating func notes(_ notes: Candidate.Notes, rule: Int) -> Int32 {
        let key = (rule + 1) << 8 | Int(notes.rawValue)
        if noteListPositions[key] >= 0 { return noteListPositions[key] }
        var list = scan.describe(notes)
        let justification = rule >= 0 ? scan.engine.policy.rules[rule].justification : ""
        if !justification.isEmpty { list.append(justification) }
        noteLists.append(list)
        noteListPositions[key] = Int32(noteLists.count - 1)
        return noteListPositions[key]
    }
}
