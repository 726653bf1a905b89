/// What a pattern of the scan automaton stands for.
enum PatternPayload: Sendable, Hashable {
    /// A cue word of the lexicon.
    case cue(Lexicon.Cue)
    /// A form of a tracked person's name.
    case name(NameForm)
    /// An allow-list entry (index into the policy's list).
    case allow(Int)
    /// A deny-list entry.
    case deny(Int)
    /// A registered identifier of a person.
    case identifier(person: Int)
    /// A context word of a policy rule.
    case ruleContext(rule: Int, context: Int)
}

/// The payloads of a pattern other than name forms, as plain values (for the hot path).
enum HitPayload: Sendable {
    case cue(Lexicon.Cue)
    case ruleContext(rule: Int)
    case allow(Int)
    case deny(Int)
    case identifier(person: Int)
}

/// A name form as the scan uses it: plain values, the label as an index into `PatternSet.formLabels`.
struct FormRef: Sendable {
    var person: Int
    var role: NameWordRole
    /// The label mentions "found" (a form discovery added for a registered party: an alias).
    var isFound: Bool
    var label: Int32
}

/// A match of the scan automaton, in folded-byte offsets, after word-boundary checks.
struct PatternHit: Sendable {
    var start: Int32
    var end: Int32
    var entry: Int32
}

/// Patterns (folded keys with payloads) compiled into one Aho–Corasick automaton.
struct PatternSet: Sendable {
    struct Entry: Sendable {
        var key: [UInt8]
        /// The key may be followed by more letters of the same word (a stem such as `oštećen`).
        var isPrefix: Bool
        /// The key is in a script written without spaces: no word boundaries are required.
        var isUnspaced: Bool
        var payloads: [PatternPayload]
    }

    let entries: [Entry]
    let automaton: AhoCorasick
    /// The name forms of all entries; entry `e` has `forms[formRanges[e]]`.
    let forms: [FormRef]
    let formRanges: [Range<Int32>]
    /// Labels of the name forms ("genitive", "initials"…), for explanations.
    let formLabels: [String]
    /// The other payloads of all entries; entry `e` has `hitPayloads[payloadRanges[e]]`.
    let hitPayloads: [HitPayload]
    let payloadRanges: [Range<Int32>]
    /// What the scan needs to know of each entry, as plain values.
    let shapes: [Shape]
    /// Every entry needs a word boundary before it and starts with a word byte, or is in a script
    /// written without spaces: matches can start only at word starts and inside such runs (see
    /// `scan(_:fromWordStarts:)`).
    let startsAtWords: Bool
    /// Some entry is in a script written without spaces.
    let hasUnspaced: Bool
    /// Per automaton state: every pattern it reports needs a non-word byte after it (a whole
    /// word, not a stem), so where a word byte follows, `accept` would refuse each of them and
    /// the scan skips the state's reports at once (most matches inside longer words).
    let wordEndStates: [Bool]

    /// Length and word-boundary behaviour of an entry.
    struct Shape: Sendable {
        var length: Int32
        /// Needs no word boundary before (its first byte is not a word character, or unspaced).
        var freeStart: Bool
        /// Needs no word boundary after.
        var freeEnd: Bool
        var isPrefix: Bool
        var isUnspaced: Bool
    }

    init(entries: [Entry], automaton: AhoCorasick) {
        self.entries = entries
        self.automaton = automaton
        self.shapes = entries.map(Self.shape(of:))
        self.startsAtWords = zip(entries, shapes).allSatisfy(Self.startsAtWord)
        self.hasUnspaced = shapes.contains { $0.isUnspaced }
        let shapes = self.shapes
        self.wordEndStates = automaton.statesWhoseOutputsAll { !shapes[$0].isPrefix && !shapes[$0].freeEnd }
        var forms: [FormRef] = []
        var formRanges: [Range<Int32>] = []
        var labels: [String] = []
        var labelSaysFound: [Bool] = []
        var labelIndex: [String: Int32] = [:]
        var hitPayloads: [HitPayload] = []
        var payloadRanges: [Range<Int32>] = []
        for entry in entries {
            let formStart = Int32(forms.count)
            let payloadStart = Int32(hitPayloads.count)
            for payload in entry.payloads {
                switch payload {
                case .name(let form):
                    let label: Int32
                    if let known = labelIndex[form.label] {
                        label = known
                    } else {
                        label = Int32(labels.count)
                        labelIndex[form.label] = label
                        labels.append(form.label)
                        labelSaysFound.append(form.label.contains("found"))
                    }
                    forms.append(FormRef(person: form.person, role: form.role, isFound: labelSaysFound[Int(label)], label: label))
                case .cue(let cue): hitPayloads.append(.cue(cue))
                case .ruleContext(let rule, _): hitPayloads.append(.ruleContext(rule: rule))
                case .allow(let n): hitPayloads.append(.allow(n))
                case .deny(let n): hitPayloads.append(.deny(n))
                case .identifier(let person): hitPayloads.append(.identifier(person: person))
                }
            }
            formRanges.append(formStart..<Int32(forms.count))
            payloadRanges.append(payloadStart..<Int32(hitPayloads.count))
        }
        self.forms = forms
        self.formRanges = formRanges
        self.formLabels = labels
        self.hitPayloads = hitPayloads
        self.payloadRanges = payloadRanges
    }

    static func shape(of entry: Entry) -> Shape {
        let firstIsWord = ScalarFolding.Flags.wordChar & (ScalarFolding.asciiFlags[Int(min(entry.key[0], 127))]) != 0 || entry.key[0] >= 0x80
        let lastIsWord = entry.key.last! >= 0x80 || ScalarFolding.asciiFlags[Int(entry.key.last!)] & ScalarFolding.Flags.wordChar != 0
        return Shape(
            length: Int32(entry.key.count), freeStart: entry.isUnspaced || !firstIsWord,
            freeEnd: entry.isUnspaced || (!entry.isPrefix && !lastIsWord), isPrefix: entry.isPrefix && !entry.isUnspaced,
            isUnspaced: entry.isUnspaced)
    }

    /// Whether matches of the entry can start only at word starts or inside runs of a script
    /// written without spaces (see `startsAtWords`).
    static func startsAtWord(_ entry: Entry, _ shape: Shape) -> Bool {
        shape.isUnspaced || (!shape.freeStart && (entry.key[0] >= 0x80 || ScalarFolding.asciiFlags[Int(entry.key[0])] & ScalarFolding.Flags.wordChar != 0))
    }

    /// Collects patterns, merging payloads of equal keys.
    struct Builder {
        private(set) var entries: [Entry] = []
        /// Entry of each key, keyed by "*" (prefix) or "=" (whole word) and the key's bytes.
        private var index = FoldedKeyMap<Int>()

        /// Adds `text` (folded here); a trailing `*` makes it a prefix.
        mutating func add(_ text: String, _ payload: PatternPayload) {
            var text = text
            var isPrefix = false
            if text.hasSuffix("*") {
                isPrefix = true
                text.removeLast()
            }
            addFolded(ScalarFolding.fold(text), prefix: isPrefix, payload)
        }

        mutating func addFolded(_ key: [UInt8], prefix: Bool, _ payload: PatternPayload) {
            key.withUnsafeBufferPointer { addFolded($0, prefix: prefix, payload) }
        }

        /// Adds a folded key (its bytes are copied only for a new entry).
        mutating func addFolded(_ key: UnsafeBufferPointer<UInt8>, prefix: Bool, _ payload: PatternPayload) {
            guard !key.isEmpty else { return }
            // The index key, written on the stack (`FoldedKeyMap` answers as a `[String: Int]` would).
            let existing = KeyWriter.withKey(capacity: key.count + 1) { id -> Int? in
                id.append(prefix ? UInt8(ascii: "*") : UInt8(ascii: "="))
                id.append(contentsOf: key)
                if let existing = index[id.bytes] { return existing }
                index.set(id.bytes, entries.count)
                return nil
            }
            if let existing {
                if !entries[existing].payloads.contains(payload) { entries[existing].payloads.append(payload) }
                return
            }
            // (No ASCII scalar is in a script written without spaces.)
            let unspaced = !FoldedKeyMap<Int>.isASCII(key)
                && String(decoding: key, as: UTF8.self).unicodeScalars.contains { ScalarFolding.isUnspacedScript($0.value) }
            entries.append(Entry(key: Array(key), isPrefix: prefix, isUnspaced: unspaced, payloads: [payload]))
        }

        /// The set. `forWordStarts`: it will only be scanned from word starts (`scan(_:from:)`
        /// with starts); when every entry starts at a word, its automaton is then built for
        /// walking only (`AhoCorasick(patterns:walkOnly:)`), without the tables a scan of every
        /// byte needs.
        func build(forWordStarts: Bool = false) -> PatternSet {
            let walkOnly = forWordStarts && entries.allSatisfy { PatternSet.startsAtWord($0, PatternSet.shape(of: $0)) }
            return PatternSet(entries: entries, automaton: AhoCorasick(patterns: entries.map { $0.key }, walkOnly: walkOnly))
        }
    }

    /// Every boundary-respecting occurrence in `text`, sorted by start then longest first.
    ///
    /// `starts` (for a few patterns, such as the names discovery adds): when the set
    /// `startsAtWords`, walk the trie from each place a match can start instead of running the
    /// automaton over every byte. Same hits, in the same order; much less work when few words
    /// begin like a pattern: only the starts whose first two bytes begin a pattern are visited
    /// (`mayStart`), taken from the index by pair and marked in a bit set that is then read in
    /// text order — the starts the walk over all of them would not pass over, in the same order —
    /// and of those only the ones whose third byte continues a pattern, when the first two end none.
    func scan(_ text: FoldedText, from starts: WordStartIndex? = nil) -> [PatternHit] {
        // Room for a hit every 64 bytes at first (dense text has about half as many).
        var hits = GrowingBuffer<PatternHit>(capacity: text.count >> 6)
        shapes.withUnsafeBufferPointer { shapes in
            if let starts, startsAtWords && text.count > 0 {
                precondition(starts.count == text.count, "word start index of another text")
                wordEndStates.withUnsafeBufferPointer { states in
                    automaton.withWalker { walker in
                        let bytes = text.bytes
                        let gate = (states: states, flags: text.flags, mask: ScalarFolding.Flags.wordChar)
                        let marks = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: (text.count + 63) >> 6)
                        defer { marks.deallocate() }
                        marks.initialize(repeating: 0)
                        walker.forEachFirstPair { pair in
                            // Most starts of a pair leave the trie at their third byte: those are
                            // not marked (when the first two bytes end no pattern).
                            if let state = walker.stateAfter(pair: pair) {
                                starts.mark(pair: pair, in: marks, bytes: bytes.baseAddress!) { walker.hasEdge(from: state, on: $0) }
                            } else {
                                starts.mark(pair: pair, in: marks)
                            }
                        }
                        if let last = starts.startAtLastByte, walker.mayStart(at: last, in: bytes) {
                            marks[last >> 6] |= 1 &<< UInt64(truncatingIfNeeded: last & 63)
                        }
                        for w in 0..<marks.count {
                            var m = marks[w]
                            while m != 0 {
                                let start = w << 6 | m.trailingZeroBitCount
                                m &= m &- 1
                                walker.forEachMatch(startingAt: start, in: bytes, gate: gate) { Self.accept($0, $1, shapes, text, into: &hits) }
                            }
                        }
                    }
                }
            } else {
                wordEndStates.withUnsafeBufferPointer { states in
                    let gate = (states: states, flags: text.flags, mask: ScalarFolding.Flags.wordChar)
                    automaton.scan(text.bytes, gate: gate) { Self.accept($0, $1, shapes, text, into: &hits) }
                }
            }
        }
        return hits.take()
    }

    /// Adds an occurrence of an entry ending at `end` to `hits` when it respects word boundaries.
    @inline(__always)
    private static func accept(
        _ entryIndex: Int, _ end: Int, _ shapes: UnsafeBufferPointer<Shape>, _ text: FoldedText, into hits: inout GrowingBuffer<PatternHit>
    ) {
        let flags = text.flags
        let n = text.count
        let word = ScalarFolding.Flags.wordChar
        let shape = shapes[entryIndex]
        let start = end - Int(shape.length)
        var matchEnd = end
        if !shape.freeStart, start > 0, flags[start - 1] & word != 0 { return }
        if shape.isPrefix {
            while matchEnd < n, flags[matchEnd] & word != 0, flags[matchEnd] & ScalarFolding.Flags.unspaced == 0 { matchEnd += 1 }
        } else if !shape.freeEnd, end < n, flags[end] & word != 0 {
            return
        }
        // Reported by end (or by start, then end); keep them sorted by start, then longest first
        // (insertion into a nearly sorted list; stable, like the sort it replaces).
        let hit = PatternHit(
            start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: matchEnd), entry: Int32(truncatingIfNeeded: entryIndex))
        let base = hits.growByOne()
        var k = hits.count &- 1
        while k > 0 {
            let previous = base[k &- 1]
            guard previous.start > hit.start || (previous.start == hit.start && previous.end < hit.end) else { break }
            base[k] = previous
            k &-= 1
        }
        base[k] = hit
    }
}
