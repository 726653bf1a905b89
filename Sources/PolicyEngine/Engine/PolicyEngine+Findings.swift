extension PolicyEngine {
    /// Turns resolved candidates into findings: scalar offsets, page, text, action, exemptions,
    /// party key and explanation. `reserve` learns how many there will be, then `body` gets them
    /// one by one, sorted by start (none is kept here).
    ///
    /// Explanations repeat (the same person's name in the same form, the same check, the same
    /// notes): their texts are written once and shared.
    func makeFindings(
        _ candidates: [Candidate], scan: ScanContext, pageStartOffsets: [Int], reserve: (Int) -> Void, each body: (Finding) throws -> Void
    ) throws {
        // Scalar spans (12 bytes each), in the order of their starts.
        var spans: [(start: Int32, end: Int32, candidate: Int32)] = []
        spans.reserveCapacity(candidates.count)
        var sorted = true
        for (k, candidate) in candidates.enumerated() {
            var s = candidate.start, e = candidate.end
            while s < e, scan.isSpace(s) { s += 1 }
            while e > s, scan.isSpace(e - 1) { e -= 1 }
            guard e > s, (s..<e).contains(where: { scan.isWord($0) }) else { continue }
            let start = scan.text.scalarStart(s), end = scan.text.scalarEnd(e)
            guard end > start else { continue }
            if let last = spans.last, Int(last.start) > start { sorted = false }
            spans.append((Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end), Int32(truncatingIfNeeded: k)))
        }
        if !sorted { spans.sort { $0.start < $1.start } }
        reserve(spans.count)
        var original = scan.original
        original.makeContiguousUTF8()
        let done: Void? = try original.utf8.withContiguousStorageIfAvailable { utf8 in
            try makeFindings(spans, candidates, scan: scan, pageStartOffsets: pageStartOffsets, texts: TextCutter(utf8), each: body)
        }
        if done == nil {
            let utf8 = Array(original.utf8)
            try utf8.withUnsafeBufferPointer { utf8 in
                try makeFindings(spans, candidates, scan: scan, pageStartOffsets: pageStartOffsets, texts: TextCutter(utf8), each: body)
            }
        }
    }

    private func makeFindings(
        _ spans: [(start: Int32, end: Int32, candidate: Int32)], _ candidates: [Candidate], scan: ScanContext, pageStartOffsets: [Int],
        texts: TextCutter, each body: (Finding) throws -> Void
    ) throws {
        let rules = policy.rules.map(RuleFields.init)
        var explanations = ExplanationTexts(scan: scan)
        var cutter = texts
        // One finding, rewritten in place for each span and lent to `body` (no copy of it per
        // span); the fields that depend only on the rule (category, rule id, detector,
        // exemptions) are written only when the rule changes.
        var finding = Finding(
            start: 0, end: 0, page: 1, text: "", category: "", rule: "", detector: "", score: 0, action: .redact, exemptions: [], party: nil,
            explanation: Explanation(matched: "", baseScore: 0, finalScore: 0))
        var ruleKey = Int.min  // rule index, or -2 - n for deny-list entry n, or -1 for the allow list
        for span in spans {
            let c = candidates[Int(span.candidate)]
            let start = Int(span.start), end = Int(span.end)
            let hasRule = c.rule >= 0
            let action: Action
            switch c.kind {
            case .deny: action = .redact
            case .keep: action = .keep
            case .redact: action = hasRule ? rules[c.rule].action : .redact
            }
            var low = 0, high = pageStartOffsets.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if pageStartOffsets[mid] <= start { low = mid } else { high = mid - 1 }
            }
            let score = min(1, max(0, c.score))
            let key: Int
            switch (hasRule, c.matched) {
            case (true, _): key = c.rule
            case (false, .denyEntry(let n)): key = -2 - n
            case (false, _): key = -1
            }
            if key != ruleKey {
                ruleKey = key
                switch (hasRule, c.matched) {
                case (true, _):
                    finding.category = rules[c.rule].category
                    finding.rule = rules[c.rule].id
                    finding.detector = rules[c.rule].detector
                    finding.exemptions = rules[c.rule].exemptions
                case (false, .denyEntry(let n)):
                    finding.category = policy.denyList[n].category
                    finding.rule = "deny-list"
                    finding.detector = "deny-list"
                    finding.exemptions = []
                case (false, _):
                    finding.category = "allow-list"
                    finding.rule = "allow-list"
                    finding.detector = "allow-list"
                    finding.exemptions = []
                }
            }
            finding.start = start
            finding.end = end
            finding.page = max(0, low) + 1
            finding.text = cutter.text(start, end)
            finding.score = (score * 1000).rounded() / 1000
            finding.action = action
            finding.party = c.person.map { scan.persons[$0].key }
            finding.explanation.matched = explanations.matched(c.matched)
            finding.explanation.baseScore = c.baseScore
            finding.explanation.context = explanations.context(c.context)
            finding.explanation.finalScore = score
            finding.explanation.notes = explanations.notes(c.notes, rule: c.rule)
            try body(finding)
        }
    }
}

/// What a finding takes from its rule, read out of the policy once per scan (reading a field of
/// a `Rule` in the array copied the whole rule, with a retain and release of each of its fields).
private struct RuleFields {
    var category: Category
    var id: String
    var detector: String
    var exemptions: [String]
    var action: Action

    init(_ rule: Rule) {
        category = rule.category
        id = rule.id
        detector = rule.detector
        exemptions = rule.exemptions
        action = rule.action
    }
}

/// Cuts texts out of UTF-8 by scalar offsets, walking it forward (ranges asked in the order of
/// their starts; a range starting before the previous one restarts the walk).
struct TextCutter {
    private let utf8: UnsafeBufferPointer<UInt8>
    private var byte = 0
    private var scalar = 0

    init(_ utf8: UnsafeBufferPointer<UInt8>) {
        self.utf8 = utf8
    }

    /// The text of scalars `start ..< end`.
    mutating func text(_ start: Int, _ end: Int) -> String {
        if start < scalar {
            byte = 0
            scalar = 0
        }
        advance(to: start)
        let from = byte
        advance(to: end)
        return String(decoding: UnsafeBufferPointer(rebasing: utf8[from..<byte]), as: UTF8.self)
    }

    /// Scalar offsets → byte offsets by counting lead bytes. `scalar` is the number of lead bytes
    /// before `byte`; whole words (32, then 8 bytes) are skipped while the target's lead byte lies
    /// beyond them; in the word that holds it, the lead bytes before it are cleared from the word's
    /// lead flags and the next flag is its byte. Only the last few bytes of the text are walked
    /// byte by byte.
    private mutating func advance(to target: Int) {
        let count = utf8.count
        let base = UnsafeRawPointer(utf8.baseAddress!)
        var byte = self.byte, scalar = self.scalar
        defer {
            self.byte = byte
            self.scalar = scalar
        }
        // Lead bytes of a word (bit 7 of each, the first byte in the lowest bits): all but the
        // continuation bytes (10xxxxxx: bit 7 set, bit 6 clear).
        @inline(__always) func leads(_ at: Int) -> UInt64 {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            return (~word | (word << 1)) & 0x8080_8080_8080_8080
        }
        // Continuation bytes of a word as one bit per byte (bit 0); four words' flags add up
        // without carries (at most 4 per byte) and are counted with one multiply.
        @inline(__always) func continuations(_ at: Int) -> UInt64 {
            let word = base.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            return (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        }
        while byte + 32 <= count {
            let flags = continuations(byte) &+ continuations(byte + 8) &+ continuations(byte + 16) &+ continuations(byte + 24)
            let n = 32 - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
            if scalar + n > target { break }
            byte += 32
            scalar += n
        }
        while byte + 8 <= count {
            var flags = leads(byte)
            let n = countFlaggedBytes(flags)
            if scalar + n > target {
                for _ in 0..<(target - scalar) { flags &= flags &- 1 }
                byte += flags.trailingZeroBitCount >> 3
                scalar = target
                return
            }
            byte += 8
            scalar += n
        }
        while byte < count {
            if utf8[byte] & 0xC0 != 0x80 {
                if scalar == target { break }
                scalar += 1
            }
            byte += 1
        }
    }
}

/// The texts of explanations, each written once per scan and then shared by the findings that
/// have it.
private struct ExplanationTexts {
    let scan: ScanContext
    /// Texts by code (literals too, as kind 0 and their address): an open-addressing table of
    /// indices + 1 into `keys` and `texts` (a cheap hash of three numbers, not SipHash per finding).
    private var slots = [Int32](repeating: 0, count: 256)
    private var keys: [Key] = []
    private var texts: [String] = []
    /// Note lists by rule (+1) and notes: `noteLists[(rule + 1) << 8 | notes]`.
    private var noteLists: [[String]?]

    init(scan: ScanContext) {
        self.scan = scan
        noteLists = Array(repeating: nil, count: (scan.engine.policy.rules.count + 1) << 8)
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

    /// The slot holding `key`, or the empty slot where it goes.
    private func slot(_ key: Key) -> Int {
        let mask = slots.count - 1
        var slot = key.hash & mask
        while true {
            let n = Int(slots[slot])
            if n == 0 || keys[n - 1] == key { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// The remembered text of `key`, or `make()` remembered.
    private mutating func text(_ key: Key, _ make: () -> String) -> String {
        let s = slot(key)
        let n = Int(slots[s])
        if n > 0 { return texts[n - 1] }
        let text = make()
        keys.append(key)
        texts.append(text)
        slots[s] = Int32(keys.count)
        if keys.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for (k, key) in keys.enumerated() { slots[slot(key)] = Int32(k + 1) }
        }
        return text
    }

    mutating func literal(_ text: StaticString) -> String {
        guard text.hasPointerRepresentation else { return text.description }
        return self.text(Key(kind: 0, a: Int(bitPattern: text.utf8Start))) { text.description }
    }

    /// "What matched"; texts that depend only on the code (not on a mention's tokens or a text
    /// range) are remembered.
    mutating func matched(_ match: Candidate.Match) -> String {
        let key: Key
        switch match {
        case .literal(let text): return literal(text)
        case .date(let style):
            guard style.hasPointerRepresentation else { return scan.describe(match) }
            key = Key(kind: 1, a: Int(bitPattern: style.utf8Start))
        case .internationalPhone(let country): key = Key(kind: 2, a: country)
        case .keptParty(let p): key = Key(kind: 3, a: p)
        case .foundAlias(let p): key = Key(kind: 4, a: p)
        case .registeredIdentifier(let p): key = Key(kind: 5, a: p)
        case .pattern(let rule): key = Key(kind: 6, a: rule)
        case .registeredParty(let m):
            guard let label = scan.mentionLabelKey(scan.mentions[m]) else { return scan.describe(match) }
            key = Key(kind: 7, a: scan.mentions[m].person, b: label)
        case .discoveredPerson(let m):
            guard let label = scan.mentionLabelKey(scan.mentions[m]) else { return scan.describe(match) }
            key = Key(kind: 8, a: scan.mentions[m].person, b: label)
        default:
            return scan.describe(match)
        }
        let scan = self.scan
        return text(key) { scan.describe(match) }
    }

    mutating func context(_ list: Candidate.EvidenceList) -> [ContextEvidence] {
        guard !list.isEmpty else { return [] }
        var result: [ContextEvidence] = []
        var node = list.first
        while node >= 0 {
            let e = scan.evidence[Int(node)]
            let word: String
            if case .literal(let text) = e.word { word = literal(text) } else { word = scan.describe(e.word) }
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

    /// The notes, then the rule's justification (none for the lists, `rule` -1).
    mutating func notes(_ notes: Candidate.Notes, rule: Int) -> [String] {
        let key = (rule + 1) << 8 | Int(notes.rawValue)
        if let known = noteLists[key] { return known }
        var list = scan.describe(notes)
        let justification = rule >= 0 ? scan.engine.policy.rules[rule].justification : ""
        if !justification.isEmpty { list.append(justification) }
        noteLists[key] = list
        return list
    }
}
