/// Everything one scan knows: the folded text, automaton hits, tracked people and their
/// mentions, and the candidates detectors have proposed. Used on one thread.
///
/// Its state is read and appended to millions of times per document; the runtime exclusivity
/// check of each access (about 80 instructions, more than most lookups themselves) is switched
/// off with `@exclusivity(unchecked)`. Accesses never overlap: the scan is sequential and no
/// method keeps an inout access to a property while it touches the same property.
final class ScanContext {
    typealias Flags = ScalarFolding.Flags

    // Offsets take 32 bits each (a scan holds millions of hits, tokens and mentions).

    struct CueHit: Sendable {
        @Compact32 var start: Int
        @Compact32 var end: Int
        var cue: Lexicon.Cue
    }

    /// A name token: a span and its name forms, `forms[formStart ..< formEnd]`.
    struct NameHit: Sendable {
        @Compact32 var start: Int
        @Compact32 var end: Int
        var formStart: Int32
        var formEnd: Int32
        var formRange: Range<Int> { Int(formStart)..<Int(formEnd) }
    }

    /// A span naming a tracked person (one or more adjacent name tokens).
    struct Mention: Sendable {
        @Compact32 var start: Int
        @Compact32 var end: Int
        @Compact32 var person: Int
        @Compact32 var tokenCount: Int
        /// How the mention's label is written (see `mentionLabel(_:)`).
        var label: MentionLabel
        /// The label mentions "found": a form discovery added to a registered party (an alias).
        var labelSaysFound: Bool
    }

    /// The label of a mention, written out only for explanations.
    enum MentionLabel: Sendable {
        /// The person's forms of `tokens[first ..< first + tokenCount]`, joined by " + ".
        case tokens(first: Int)
        /// One form's label.
        case form(Int)
        /// One form's label and ", with another given name (family member)".
        case familyForm(Int)
    }

    let text: FoldedText
    let original: String
    let engine: PolicyEngine
    @exclusivity(unchecked) var persons: [Person]
    @exclusivity(unchecked) var cueHits: [CueHit] = []
    @exclusivity(unchecked) var nameHits: [NameHit] = []
    /// Name forms of all hits (the engine's own, then those of discovery rounds).
    @exclusivity(unchecked) var forms: [FormRef]
    @exclusivity(unchecked) var formLabels: [String]
    /// Merged form lists of two tokens on the same span, by their form starts.
    @exclusivity(unchecked) var mergedForms = FormPairCache()
    /// The name tokens the last assembly used (mentions refer to them).
    @exclusivity(unchecked) var tokens: [NameHit] = []
    /// What the last assembly produced (see `MentionAssembler.assemble`).
    @exclusivity(unchecked) var assembly = MentionAssembler.State()
    /// What discovery's rounds keep for the next round (see `RoleCueDiscovery.Memo`).
    @exclusivity(unchecked) var discoveryMemo = RoleCueDiscovery.Memo()
    @exclusivity(unchecked) var mentions: [Mention] = [] {
        didSet {
            // One pass copies the starts and checks their order (nil index when they are unsorted).
            var sorted = true
            let starts = [Int32](unsafeUninitializedCapacity: mentions.count) { buffer, initialized in
                initialized = mentions.withUnsafeBufferPointer { list in
                    var previous = Int32.min
                    for k in 0..<list.count {
                        let start = Int32(truncatingIfNeeded: list[k].start)
                        if start < previous {
                            sorted = false
                            return k
                        }
                        buffer[k] = start
                        previous = start
                    }
                    return list.count
                }
            }
            mentionIndex = sorted ? PositionIndex(positions: starts, textCount: count, shift: 8) : nil
        }
    }
    /// Mentions by start, when they are sorted (binary search otherwise).
    @exclusivity(unchecked) private var mentionIndex: PositionIndex?
    /// Name hits by start (rebuilt when hits are added).
    @exclusivity(unchecked) private var nameHitIndex: PositionIndex?
    @exclusivity(unchecked) var listHits: [(start: Int, end: Int, payload: HitPayload)] = []
    /// Context word hits of each rule, by rule index (sorted by start).
    @exclusivity(unchecked) var ruleContextHits: [[(start: Int, end: Int)]] = []
    @exclusivity(unchecked) var candidates: [Candidate] = []
    /// Context evidence of the candidates (linked lists, see `Candidate.EvidenceList`).
    @exclusivity(unchecked) var evidence: [Candidate.Evidence] = []
    /// Folded name keys of discovered people already tracked (avoids duplicates).
    @exclusivity(unchecked) var discoveredKeys = FoldedKeyMap<Int>()
    /// Every generated form of a discovered person's words → the person.
    @exclusivity(unchecked) var discoveredForms = FoldedKeyMap<Int>()
    /// Role and folded words of every name discovery has handled (repeats are skipped).
    @exclusivity(unchecked) var seenNames = FoldedKeyMap<Bool>()
    /// (person, folded word) pairs whose forms were already generated.
    @exclusivity(unchecked) var generatedWords = FoldedKeyMap<Bool>()
    /// Answers of `headerMatches`, per table block, column and matcher.
    @exclusivity(unchecked) var headerAnswers: [HeaderKey: Bool] = [:]
    /// Persons known by initials whose full name was already searched for.
    @exclusivity(unchecked) var searchedFullNames = Set<Int>()
    /// Starts of initials mentions already searched for a bracketed full name.
    @exclusivity(unchecked) var checkedInitials = Set<Int>()
    /// Every case form of the given names written right after defendant and official cues (lazy).
    @exclusivity(unchecked) var keptGivenNames: Set<String>?
    /// Answers of `isKeptPartyGivenName` by folded word.
    @exclusivity(unchecked) var keptGivenNameAnswers: FoldedKeyMap<Bool>?
    /// The blocks of tabbed lines (built on first use, see `TableBlocks`).
    @exclusivity(unchecked) var tableBlocksCache: TableBlocks?

    init(text: FoldedText, original: String, engine: PolicyEngine, persons: [Person]) {
        self.text = text
        self.original = original
        self.engine = engine
        self.persons = persons
        self.forms = engine.patterns.forms
        self.formLabels = engine.patterns.formLabels
        let special = Self.specialBytes(text)
        lineBreaks = PositionIndex(positions: special.lines, textCount: text.count, shift: 8)
        tabs = PositionIndex(positions: special.tabs, textCount: text.count, shift: 10)
        paragraphBreaks = PositionIndex(positions: special.paragraphs, textCount: text.count, shift: 10)
        digitRuns = special.digits
        dots = special.dots
        atSigns = special.atSigns
    }

    // MARK: Bytes and words

    var count: Int { text.count }
    @inline(__always) func byte(_ i: Int) -> UInt8 { text.bytes[i] }
    @inline(__always) func flags(_ i: Int) -> UInt8 { text.flags[i] }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < count && text.flags[i] & Flags.wordChar != 0 }
    @inline(__always) func isDigit(_ i: Int) -> Bool { i >= 0 && i < count && text.flags[i] & Flags.digit != 0 }
    @inline(__always) func isLetter(_ i: Int) -> Bool { i >= 0 && i < count && text.flags[i] & Flags.letter != 0 }
    @inline(__always) func isSpace(_ i: Int) -> Bool { i >= 0 && i < count && text.flags[i] & Flags.space != 0 }
    @inline(__always) func isNewline(_ i: Int) -> Bool { i >= 0 && i < count && text.flags[i] & Flags.newline != 0 }
    @inline(__always) func isUpper(_ i: Int) -> Bool { i >= 0 && i < count && text.flags[i] & Flags.upper != 0 }
    @inline(__always) func `is`(_ i: Int, _ ascii: Unicode.Scalar) -> Bool { i >= 0 && i < count && text.bytes[i] == UInt8(truncatingIfNeeded: ascii.value) }

    /// The folded text of a range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: text.bytes[range], as: UTF8.self)
    }

    /// The folded bytes of a range (valid while the scan lives).
    @inline(__always) func word(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text.bytes[range])
    }

    /// `string(range).hasPrefix(prefix)`, comparing bytes when the range is ASCII.
    func hasPrefix(_ range: Range<Int>, _ prefix: StaticString) -> Bool {
        let bytes = word(range)
        guard FoldedKeyMap<Int>.isASCII(bytes) else { return string(range).hasPrefix(prefix.description) }
        return prefix.withUTF8Buffer { p in p.count <= bytes.count && memoryEqual(p, UnsafeBufferPointer(rebasing: bytes[0..<p.count])) }
    }

    /// `string(range).hasSuffix(suffix)`, comparing bytes when the range is ASCII.
    func hasSuffix(_ range: Range<Int>, _ suffix: StaticString) -> Bool {
        let bytes = word(range)
        guard FoldedKeyMap<Int>.isASCII(bytes) else { return string(range).hasSuffix(suffix.description) }
        return suffix.withUTF8Buffer { s in s.count <= bytes.count && memoryEqual(s, UnsafeBufferPointer(rebasing: bytes[(bytes.count - s.count)...])) }
    }

    /// `string(range) == text`, comparing bytes when the range is ASCII.
    func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
        let bytes = word(range)
        guard FoldedKeyMap<Int>.isASCII(bytes) else { return string(range) == text.description }
        return text.withUTF8Buffer { memoryEqual($0, bytes) }
    }

    /// `string(range).count` (Characters), counting bytes when the range is ASCII.
    func characterCount(_ range: Range<Int>) -> Int {
        let bytes = word(range)
        return FoldedKeyMap<Int>.isASCII(bytes) && !bytes.contains(0x0D) ? range.count : string(range).count
    }

    /// End of the word that starts at or contains `i`.
    func wordEnd(from i: Int) -> Int {
        var j = i
        while j < count, text.flags[j] & Flags.wordChar != 0 { j += 1 }
        return j
    }

    func wordStart(from i: Int) -> Int {
        var j = i
        while j > 0, text.flags[j - 1] & Flags.wordChar != 0 { j -= 1 }
        return j
    }

    /// The word token before `i`, skipping spaces (not line breaks unless `crossLines`) and the
    /// punctuation in `skipping`.
    func wordBefore(_ i: Int, skipping: StaticString = "", crossLines: Bool = true) -> Range<Int>? {
        var j = i - 1
        while j >= 0 {
            let f = text.flags[j]
            if f & Flags.wordChar != 0 { break }
            if f & Flags.newline != 0 && !crossLines { return nil }
            if f & Flags.space != 0 || skipping.containsByte(text.bytes[j]) { j -= 1; continue }
            return nil
        }
        guard j >= 0 else { return nil }
        let end = j + 1
        return wordStart(from: j)..<end
    }

    /// The word token after `i`, skipping spaces and the punctuation in `skipping`.
    func wordAfter(_ i: Int, skipping: StaticString = "", crossLines: Bool = true) -> Range<Int>? {
        var j = i
        while j < count {
            let f = text.flags[j]
            if f & Flags.wordChar != 0 { break }
            if f & Flags.newline != 0 && !crossLines { return nil }
            if f & Flags.space != 0 || skipping.containsByte(text.bytes[j]) { j += 1; continue }
            return nil
        }
        guard j < count else { return nil }
        return j..<wordEnd(from: j)
    }

    /// The first letter of the range is upper case in the original.
    @inline(__always) func isCapitalized(_ range: Range<Int>) -> Bool {
        // Most words start with their first letter: answered from that byte, without the search.
        if let start = range.first, isLetter(start) { return isUpper(start) }
        guard let first = range.first(where: { isLetter($0) }) else { return false }
        return isUpper(first)
    }

    /// Every letter (not counting the second bytes of foldings) is upper case, and there are two or more.
    func isAllCaps(_ range: Range<Int>) -> Bool {
        var letters = 0
        for i in range where text.flags[i] & Flags.letter != 0 && text.flags[i] & Flags.continuation == 0 {
            if text.flags[i] & Flags.upper == 0 { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether `i` starts a sentence, a line or the text (looking back over spaces, quotes and brackets).
    func isSentenceStart(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 {
            let b = text.bytes[j]
            if text.flags[j] & Flags.newline != 0 { return true }
            if text.flags[j] & Flags.space != 0 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "(") || b == UInt8(ascii: "'")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "[") || b == UInt8(ascii: ">")
            {
                j -= 1
                continue
            }
            return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: ";")
        }
        return true
    }

    /// Start of the paragraph holding `i` (after the last blank line or page break).
    func paragraphStart(_ i: Int) -> Int {
        let j = min(i, count) - 1
        let limit = max(0, j - 4000)  // a paragraph longer than this is cut for context purposes
        // The last break at or before j: a form feed, or a line feed after a blank line.
        if let b = paragraphBreaks.last(before: j + 1), b > limit { return b + 1 }
        return limit
    }

    /// Whether the line holding `i` has a TAB (is a table row).
    func lineHasTab(_ i: Int) -> Bool {
        let start = lineStart(i)
        guard let tab = tabs.first(atOrAfter: start) else { return false }
        return tab < lineEnd(i)
    }

    func lineStart(_ i: Int) -> Int {
        (lineBreaks.last(before: min(i, count)) ?? -1) + 1
    }

    func lineEnd(_ i: Int) -> Int {
        lineBreaks.first(atOrAfter: max(i, 0)).map { min($0, max(i, count)) } ?? max(i, count)
    }

    /// Line breaks (bytes with the newline flag: LF, FF, CR).
    let lineBreaks: PositionIndex
    /// TABs.
    let tabs: PositionIndex
    /// Form feeds, and line feeds whose previous non-blank byte (space, TAB, CR) is a line feed.
    let paragraphBreaks: PositionIndex
    /// Maximal runs of ASCII digits, as folded-byte ranges.
    let digitRuns: CompactRanges
    /// Positions of "." and "@".
    let dots: [Int32]
    let atSigns: [Int32]

    /// Where name patterns can start, by first two bytes (built on first use; every discovery round scans from it).
    var wordStarts: WordStartIndex {
        if let known = wordStartsCache { return known }
        let built = WordStartIndex(text)
        wordStartsCache = built
        return built
    }
    @exclusivity(unchecked) private var wordStartsCache: WordStartIndex?

    /// The positions the scan looks things up by, in one pass over the folded bytes.
    ///
    /// Each 64 bytes are first reduced to a 64-bit mask of the bytes that may matter (controls
    /// below 0x0E, '.' to '@'), eight bytes at a time without branches; only those bytes are
    /// then looked at, one by one (all of the last, shorter block). A byte flagged needlessly
    /// ('/', ':' to '?', all rare) is looked at and ignored, and every byte the mask skips is one
    /// no list records. A digit run is closed when the next digit is not adjacent; a line feed
    /// ends a paragraph when the bytes since the previous one are only spaces, TABs and CRs
    /// (checked then, stopping at the first other byte).
    private static func specialBytes(_ text: FoldedText) -> (
        lines: [Int32], tabs: [Int32], paragraphs: [Int32], digits: CompactRanges, dots: [Int32], atSigns: [Int32]
    ) {
        let n = text.bytes.count
        guard n > 0, let bytes = text.bytes.baseAddress else { return ([], [], [], CompactRanges(), [], []) }
        // Sized for dense text (a line break and a dot per 64 bytes, a digit run per 32) so that
        // most texts never grow them (each growth copies the list; untouched pages cost nothing).
        var lines = PositionBuffer(capacity: n / 64 + 256), tabs = PositionBuffer(), paragraphs = PositionBuffer()
        var dots = PositionBuffer(capacity: n / 64 + 256), atSigns = PositionBuffer()
        var digitBounds = PositionBuffer(capacity: n / 16 + 256)  // lower and upper bound of each digit run
        var lastLineFeed = -1
        // The digit run being extended: digitStart ..< digitEnd (none while digitStart < 0).
        var digitStart = -1
        var digitEnd = -1
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // One bit per byte of the eight at `p` (bit k for byte k) that may matter. With the top
        // bits cleared, adding c to a byte sets its top bit exactly when it is ≥ 0x80 - c (no
        // carries); bytes ≥ 0x80 (UTF-8 of other scripts) are dropped at the end.
        @inline(__always) func candidates(_ p: Int) -> UInt64 {
            let x = UnsafeRawPointer(bytes + p).loadUnaligned(as: UInt64.self)
            let t = x & ~highs
            let atLeast0E = t &+ ones &* 0x72, atLeast2E = t &+ ones &* 0x52, atLeast41 = t &+ ones &* 0x3F
            let flagged = (~atLeast0E | (atLeast2E & ~atLeast41)) & ~x & highs
            return gatherTopBits(flagged)
        }
        var block = 0
        while block < n {
            var mask: UInt64
            if block &+ 64 <= n {
                mask = candidates(block)
                for k in 1..<8 { mask |= candidates(block &+ 8 &* k) << UInt64(8 &* k) }
            } else {
                mask = (1 &<< UInt64(n &- block)) &- 1
            }
            while mask != 0 {
                let i = block &+ mask.trailingZeroBitCount
                mask &= mask &- 1
                let b = bytes[i]
                if b &- 0x30 < 10 {
                    if i != digitEnd {
                        if digitStart >= 0 {
                            digitBounds.append(digitStart)
                            digitBounds.append(digitEnd)
                        }
                        digitStart = i
                    }
                    digitEnd = i &+ 1
                    continue
                }
                switch b {
                case 0x0A:
                    lines.append(i)
                    if lastLineFeed >= 0 && isBlank(bytes, lastLineFeed &+ 1, i) { paragraphs.append(i) }
                    lastLineFeed = i
                case 0x0C:
                    lines.append(i)
                    paragraphs.append(i)
                case 0x0D: lines.append(i)
                case 0x09: tabs.append(i)
                case 0x2E: dots.append(i)
                case 0x40: atSigns.append(i)
                default: break
                }
            }
            block &+= 64
        }
        if digitStart >= 0 {
            digitBounds.append(digitStart)
            digitBounds.append(digitEnd)
        }
        return (lines.take(), tabs.take(), paragraphs.take(), CompactRanges(bounds: digitBounds.take()), dots.take(), atSigns.take())
    }

    /// Whether `bytes[from ..< to]` are only spaces, TABs and CRs.
    private static func isBlank(_ bytes: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var j = from
        while j < to {
            let c = bytes[j]
            if c != 0x20 && c != 0x09 && c != 0x0D { return false }
            j &+= 1
        }
        return true
    }

    /// Cue hits by start (set once the hits are in, see `indexCueHits`).
    @exclusivity(unchecked) private(set) var cueIndex = PositionIndex(positions: [], textCount: 0)

    /// One bit per byte, set where a cue hit starts: `isCue` answers most words (no cue there)
    /// without a lookup.
    @exclusivity(unchecked) private var cueStarts: [UInt64] = []

    func indexCueHits() {
        // (The hits are sorted by start: see `PolicyEngine.distribute`.)
        let n = cueHits.count
        let starts = [Int32](unsafeUninitializedCapacity: n) { starts, initialized in
            cueHits.withUnsafeBufferPointer { hits in
                for k in 0..<n { starts[k] = Int32(truncatingIfNeeded: hits[k].start) }
            }
            initialized = n
        }
        var bits: [UInt64] = []
        cueIndex = PositionIndex(positions: starts, textCount: count, bits: &bits)
        cueStarts = bits
    }

    /// Index of the first element whose key is at least `position` (the array is sorted by key).
    static func lowerBound<C: RandomAccessCollection>(_ array: C, _ position: Int, _ key: (C.Element) -> Int) -> Int
    where C.Index == Int {
        var low = array.startIndex
        var high = array.endIndex
        while low < high {
            let mid = (low + high) / 2
            if key(array[mid]) < position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: Name tokens

    /// Name-token hits starting exactly at `position` (nameHits are kept sorted by start).
    func nameHits(at position: Int) -> ArraySlice<NameHit> {
        let low = firstNameHitIndex(atOrAfter: position)
        var end = low
        while end < nameHits.count, nameHits[end].start == position { end += 1 }
        return nameHits[low..<end]
    }

    /// Whether a name token of `person` starts exactly at `position`.
    func hasNameHit(at position: Int, of person: Int) -> Bool {
        var k = firstNameHitIndex(atOrAfter: position)
        while k < nameHits.count, nameHits[k].start == position {
            for f in nameHits[k].formRange where forms[f].person == person { return true }
            k += 1
        }
        return false
    }

    /// The persons of the name tokens starting exactly at `position`, in order, with repeats.
    func personsOfNameHits(at position: Int, into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        var k = firstNameHitIndex(atOrAfter: position)
        while k < nameHits.count, nameHits[k].start == position {
            for f in nameHits[k].formRange { result.append(forms[f].person) }
            k += 1
        }
    }

    /// The forms of two tokens on the same span, as one list (remembered, so repeated
    /// assemblies add nothing).
    func mergeForms(_ a: NameHit, _ b: NameHit) -> Range<Int32> {
        let key = Int64(a.formStart) << 32 | Int64(b.formStart)
        if let known = mergedForms[key], known.count == (a.formEnd - a.formStart) + (b.formEnd - b.formStart) { return known }
        let start = Int32(forms.count)
        forms += forms[a.formRange]
        forms += forms[b.formRange]
        let merged = start..<Int32(forms.count)
        mergedForms.set(key, merged)
        return merged
    }

    /// A number that stands for a mention's label (equal numbers, equal labels), or nil when the
    /// label has too many parts to pack.
    func mentionLabelKey(_ mention: Mention) -> Int? {
        switch mention.label {
        case .form(let f): return Int(forms[f].label) << 6
        case .familyForm(let f): return Int(forms[f].label) << 6 | 1
        case .tokens(let first):
            guard mention.tokenCount <= 4 else { return nil }
            var key = 2 | mention.tokenCount << 2
            for (n, token) in tokens[first..<(first + mention.tokenCount)].enumerated() {
                let label = Int(forms[MentionAssembler.form(of: mention.person, in: token, forms)].label)
                guard label < 1 << 14 else { return nil }
                key |= label << (6 + 14 * n)
            }
            return key
        }
    }

    /// The label of a mention, in words.
    func mentionLabel(_ mention: Mention) -> String {
        switch mention.label {
        case .form(let f):
            return formLabels[Int(forms[f].label)]
        case .familyForm(let f):
            return "\(formLabels[Int(forms[f].label)]), with another given name (family member)"
        case .tokens(let first):
            // Each form is named once ("nominative", not "nominative + nominative").
            var labels: [String] = []
            for token in tokens[first..<(first + mention.tokenCount)] {
                let label = formLabels[Int(forms[MentionAssembler.form(of: mention.person, in: token, forms)].label)]
                if !labels.contains(label) { labels.append(label) }
            }
            return labels.joined(separator: " + ")
        }
    }

    func sortNameHits() {
        @inline(__always) func before(_ a: NameHit, _ b: NameHit) -> Bool { a.start != b.start ? a.start < b.start : a.end > b.end }
        // Hits of one scan come in order (`PatternSet.scan`): then there is nothing to sort, and
        // the starts for the index come from the same pass as the check.
        let n = nameHits.count
        var inOrder = true
        var starts = [Int32](unsafeUninitializedCapacity: n) { starts, initialized in
            inOrder = nameHits.withUnsafeBufferPointer { hits in
                var ordered = true
                for k in 0..<n {
                    starts[k] = Int32(truncatingIfNeeded: hits[k].start)
                    if k > 0 && before(hits[k], hits[k &- 1]) { ordered = false }
                }
                return ordered
            }
            initialized = n
        }
        if !inOrder {
            nameHits.sort(by: before)
            starts = nameHits.map { Int32($0.start) }
        }
        nameHitIndex = PositionIndex(positions: starts, textCount: count)
    }

    /// Adds the name hits of a discovery round to the sorted hits with one merge instead of a
    /// sort of all of them. Equal keys keep the existing hit first, the order the (stable) sort
    /// of the two lists appended gives. Hits not sorted by `sortNameHits`' order are sorted.
    ///
    /// The merge is driven by the added hits: the place of each among the existing ones is found
    /// by a galloping search from the place of the one before, and the existing hits (and their
    /// starts, taken from the index) between two places are copied without comparisons.
    func addNameHits(_ added: [NameHit]) {
        @inline(__always) func before(_ a: NameHit, _ b: NameHit) -> Bool { a.start != b.start ? a.start < b.start : a.end > b.end }
        let old = nameHits
        let oldStarts = nameHitIndex.flatMap { $0.count == old.count ? $0.positions : nil } ?? old.map { Int32($0.start) }
        let total = old.count + added.count
        var starts: [Int32] = []
        var sorted = true
        let merged = [NameHit](unsafeUninitializedCapacity: total) { merged, initialized in
            starts = [Int32](unsafeUninitializedCapacity: total) { mergedStarts, startsInitialized in
                old.withUnsafeBufferPointer { old in
                    oldStarts.withUnsafeBufferPointer { oldStarts in
                        let n = old.count
                        var i = 0, k = 0
                        // Copies the existing hits before index `p` not copied yet (a few, mostly:
                        // one by one, no call).
                        @inline(__always) func copyOld(upTo p: Int) {
                            while i < p {
                                (merged.baseAddress! + k).initialize(to: old[i])
                                mergedStarts[k] = oldStarts[i]
                                i &+= 1
                                k &+= 1
                            }
                        }
                        var previous: NameHit?
                        for hit in added {
                            if let previous, before(hit, previous) { sorted = false }
                            previous = hit
                            // The first existing hit after `hit` (from `i`): probes 1, 2, 4… ahead,
                            // then a binary search in the last stretch.
                            var low = i, high = i, step = 1
                            while high < n && !before(hit, old[high]) {
                                low = high &+ 1
                                high = low &+ step
                                step &<<= 1
                            }
                            if high > n { high = n }
                            while low < high {
                                let middle = (low &+ high) >> 1
                                if before(hit, old[middle]) { high = middle } else { low = middle &+ 1 }
                            }
                            copyOld(upTo: low)
                            (merged.baseAddress! + k).initialize(to: hit)
                            mergedStarts[k] = Int32(truncatingIfNeeded: hit.start)
                            k &+= 1
                        }
                        copyOld(upTo: n)
                        initialized = k
                        startsInitialized = k
                    }
                }
            }
        }
        // (The merge of hits not in order is no merge: they are sorted instead.)
        guard sorted else {
            nameHits += added
            sortNameHits()
            return
        }
        nameHits = merged
        if let index = nameHitIndex, index.count == old.count {
            nameHitIndex = index.merging(added, { $0.start }, into: starts)
        } else {
            nameHitIndex = PositionIndex(positions: starts, textCount: count)
        }
    }

    @inline(__always) func firstNameHitIndex(atOrAfter position: Int) -> Int {
        nameHitIndex?.firstIndex(atOrAfter: position) ?? Self.lowerBound(nameHits, position) { $0.start }
    }

    @inline(__always) func firstMentionIndex(atOrAfter position: Int) -> Int {
        mentionIndex?.firstIndex(atOrAfter: position) ?? Self.lowerBound(mentions, position) { $0.start }
    }

    // MARK: Cues

    /// Index of the first cue hit starting at or after `position`.
    func firstCueIndex(atOrAfter position: Int) -> Int {
        cueIndex.firstIndex(atOrAfter: position)
    }

    /// The nearest cue hit of the given kinds that ends within `window` bytes before `position`:
    /// the latest end; of equal ends, the one starting last (the order a stable sort by end gives
    /// the hits met walking back).
    func nearestCue(_ kinds: CueSet, before position: Int, within window: Int) -> CueHit? {
        var best: CueHit?
        var k = firstCueIndex(atOrAfter: position) - 1
        let limit = position - window
        while k >= 0 {
            let hit = cueHits[k]
            if hit.start < limit - 40 { break }
            if hit.end <= position && hit.end >= limit && kinds.contains(hit.cue) && (best == nil || hit.end > best!.end) { best = hit }
            k -= 1
        }
        return best
    }

    /// `(nearestCue(a, before: position, within: windowA), nearestCue(b, before: position,
    /// within: windowB))` in one walk back over the cue hits: each search stops where its own walk
    /// would (at the first hit starting 40 bytes before its window), the walk where both have.
    func nearestCues(_ a: CueSet, within windowA: Int, _ b: CueSet, within windowB: Int, before position: Int) -> (CueHit?, CueHit?) {
        var bestA: CueHit?, bestB: CueHit?
        var k = firstCueIndex(atOrAfter: position) - 1
        let limitA = position - windowA, limitB = position - windowB
        var searchingA = true, searchingB = true
        while k >= 0 {
            let hit = cueHits[k]
            // Starts only decrease from hit to hit: a search that stops here is done.
            if hit.start < limitA - 40 { searchingA = false }
            if hit.start < limitB - 40 { searchingB = false }
            if !searchingA && !searchingB { break }
            if hit.end <= position {
                if searchingA && hit.end >= limitA && a.contains(hit.cue) && (bestA == nil || hit.end > bestA!.end) { bestA = hit }
                if searchingB && hit.end >= limitB && b.contains(hit.cue) && (bestB == nil || hit.end > bestB!.end) { bestB = hit }
            }
            k -= 1
        }
        return (bestA, bestB)
    }

    /// Whether a cue hit of the given kinds ends within `window` bytes before `position`.
    func hasCue(_ kinds: CueSet, before position: Int, within window: Int) -> Bool {
        nearestCue(kinds, before: position, within: window) != nil
    }

    /// Whether a cue hit of the given kinds starts within `window` bytes after `position`.
    func hasCue(_ kinds: CueSet, after position: Int, within window: Int) -> Bool {
        var k = firstCueIndex(atOrAfter: position)
        while k < cueHits.count, cueHits[k].start <= position + window {
            if kinds.contains(cueHits[k].cue) { return true }
            k += 1
        }
        return false
    }

    /// Whether a word of the given cue kind is exactly at `range`.
    func isCue(_ range: Range<Int>, _ kinds: CueSet) -> Bool {
        let p = range.lowerBound
        guard p >= 0, p >> 6 < cueStarts.count, cueStarts[p >> 6] & (1 << UInt64(p & 63)) != 0 else { return false }
        var k = firstCueIndex(atOrAfter: range.lowerBound)
        while k < cueHits.count, cueHits[k].start == range.lowerBound {
            if kinds.contains(cueHits[k].cue) { return true }
            k += 1
        }
        return false
    }

    /// The mention containing or nearest before `position` within `window` (same paragraph).
    func mention(before position: Int, within window: Int) -> Mention? {
        let low = firstMentionIndex(atOrAfter: position)
        let k = low - 1
        guard k >= 0, mentions[k].end >= position - window else { return nil }
        return mentions[k]
    }

    /// The first mention starting at or after `position` within `window`.
    func mention(after position: Int, within window: Int) -> Mention? {
        let low = firstMentionIndex(atOrAfter: position)
        guard low < mentions.count, mentions[low].start <= position + window else { return nil }
        return mentions[low]
    }

    /// `mention(before: position, within: position)` for positions asked in increasing order: a
    /// cursor moves forward over the mentions instead of each question starting an index lookup.
    /// It answers the last mention starting before the position (the caller tests the window);
    /// when the mentions are not sorted by start (no `mentionIndex`) it asks `mention(before:within:)`.
    struct MentionCursor {
        private let scan: ScanContext
        private let mentions: [Mention]
        private let sorted: Bool
        private var next = 0  // the first mention starting at or after the last position asked

        init(_ scan: ScanContext) {
            self.scan = scan
            mentions = scan.mentions
            sorted = scan.mentionIndex != nil  // built exactly when the starts are sorted
        }

        mutating func nearest(before position: Int) -> Mention? {
            guard sorted else { return scan.mention(before: position, within: position) }
            while next < mentions.count, mentions[next].start < position { next += 1 }
            return next > 0 ? mentions[next - 1] : nil
        }
    }

    // MARK: Anchors

    /// Who a nearby identifier or address belongs to, judged from the nearest signal before it in
    /// the same paragraph: a protected person or a victim/residence cue (private), or an
    /// official, an institution or a public-contact word (institutional).
    enum Anchor { case privatePerson(Int?), institution(Candidate.EvidenceWord), none }

    func anchor(before position: Int, window: Int = 200, privateCues: CueSet = [.victim, .minor, .relative, .protectedWitness, .residence, .identified]) -> Anchor {
        let paragraph = paragraphStart(position)
        let floor = max(paragraph, position - window)
        // Institutional signals count only close by and within the same sentence (a letterhead or
        // signature line above counts: line breaks do not end sentences here).
        // (Found only when an institutional signal lies within those 90 bytes: most anchors have none.)
        lazy var institutionFloor = max(sentenceStart(position, notBefore: position - 90, paragraph: paragraph), position - 90)
        var privateEnd: Int?
        var privatePerson: Int?
        var institutionEnd: Int?
        var institutionWhy = Candidate.EvidenceWord.literal("")
        let low = firstMentionIndex(atOrAfter: position)
        var k = low - 1
        while k >= 0, mentions[k].end >= floor {
            let m = mentions[k]
            if m.end <= position {
                let person = persons[m.person]
                if person.isProtected, privateEnd == nil {
                    privateEnd = m.end
                    privatePerson = m.person
                } else if person.isKept, person.role != "defendant", institutionEnd == nil, m.end >= position - 90, m.end >= institutionFloor {
                    institutionEnd = m.end
                    institutionWhy = .nearKeptParty(person: m.person)
                }
            }
            k -= 1
        }
        // The nearest private cue in the window and the nearest institutional one within 90 bytes, in one walk.
        let (privateCue, institutionalCue) = nearestCues(privateCues, within: position - floor, [.official, .orgContact], within: 90, before: position)
        if let cue = privateCue, cue.end > (privateEnd ?? -1) {
            privateEnd = cue.end
            if privatePerson != nil && (mention(before: cue.start, within: 0) == nil) { privatePerson = nil }
        }
        // The nearest institutional cue within 90 bytes answers for the narrower window too when
        // it ends inside it and starts where that window's walk back still looks (40 bytes before
        // it): it has the latest end of a superset. Otherwise no cue ends in the window, or (a
        // cue longer than 40 bytes) the window is searched again.
        if let near = institutionalCue, near.end >= institutionFloor,
            let cue = near.start >= institutionFloor - 40 ? near : nearestCue([.official, .orgContact], before: position, within: position - institutionFloor),
            cue.end > (institutionEnd ?? -1)
        {
            institutionEnd = cue.end
            institutionWhy = .afterInstitutionalWord(start: cue.start, end: cue.end)
        }
        switch (privateEnd, institutionEnd) {
        case (nil, nil): return .none
        case (_?, nil): return .privatePerson(privatePerson)
        case (nil, _?): return .institution(institutionWhy)
        case (let p?, let i?): return p > i ? .privatePerson(privatePerson) : .institution(institutionWhy)
        }
    }

    /// Start of the sentence holding `position`: after ". ", "! ", "? " followed by a capital, or
    /// the paragraph start. With `notBefore`, a start before that limit may be answered by any
    /// position before it (the walk back stops there; for callers that clamp the answer).
    /// (Eight bytes without a '.', '!', '?' or ';' are passed over in one test.)
    /// (`paragraph`: `paragraphStart(position)` when the caller has it.)
    func sentenceStart(_ position: Int, notBefore limit: Int = 0, paragraph: Int? = nil) -> Int {
        let floor = paragraph ?? paragraphStart(position)
        let lowest = max(floor + 1, limit - 2)  // the last byte the walk looks at
        var j = position - 1
        while j >= lowest {
            if j - 7 >= lowest, !Self.hasSentenceMark(UnsafeRawPointer(text.bytes.baseAddress.unsafelyUnwrapped + j - 7).loadUnaligned(as: UInt64.self)) {
                j -= 8
                continue
            }
            let b = text.bytes[j]
            if (b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ";")),
                j + 2 < count, text.bytes[j + 1] == 0x20 || text.bytes[j + 1] == 0x0A, isUpper(j + 2), !(j >= 2 && isUpper(j - 1) && !isWord(j - 2))
            {
                return j + 2
            }
            j -= 1
        }
        return floor
    }

    /// Whether one of the eight bytes of `x` is '.', '!', '?' or ';' (exact: a byte's top bit is
    /// set in `zeroBytes` only when the byte is zero).
    @inline(__always)
    private static func hasSentenceMark(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        @inline(__always) func zeroBytes(_ y: UInt64) -> UInt64 { ~(((y & low7) &+ low7) | y | low7) }
        return zeroBytes(x ^ (ones &* 0x2E)) | zeroBytes(x ^ (ones &* 0x21)) | zeroBytes(x ^ (ones &* 0x3F)) | zeroBytes(x ^ (ones &* 0x3B)) != 0
    }

    // MARK: Tables

    struct HeaderKey: Hashable {
        var row: Int
        var column: Int
        var matcher: UInt64
    }

    /// For a position inside a TAB-separated table row, the folded header cell of its column.
    func tableHeader(at position: Int) -> String? {
        guard let (row, column) = tableColumn(at: position) else { return nil }
        return tableHeader(row: row, column: column)
    }

    /// The folded header cell of a column, given the block's first row (see `tableColumn(at:)`).
    func tableHeader(row: Int, column: Int) -> String? {
        guard let cell = tableCell(row: row, column: column) else { return nil }
        return String(decoding: text.bytes[cell], as: UTF8.self)
    }

    // MARK: Emitting

    func emit(_ candidate: Candidate) {
        candidates.append(candidate)
    }

    /// The candidates, handed over (the scan keeps none).
    func takeCandidates() -> [Candidate] {
        let taken = candidates
        candidates = []
        return taken
    }

    /// Frees what only detection uses (hits and their indexes, lookup caches) once the candidates
    /// are resolved; what explanations read (persons, mentions, tokens, forms, evidence) stays.
    func releaseDetectionState() {
        cueHits = []
        cueIndex = PositionIndex(positions: [], textCount: 0)
        cueStarts = []
        nameHits = []
        nameHitIndex = nil
        listHits = []
        ruleContextHits = []
        mergedForms = FormPairCache()
        headerAnswers = [:]
        tableBlocksCache = nil
        wordStartsCache = nil
    }
}

extension StaticString {
    /// Whether one of the string's UTF-8 bytes is `byte` (for short ASCII sets of punctuation).
    @inline(__always)
    func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Buffer { $0.contains(byte) }
    }
}
