import BlacklineCore
import Extraction
import Foundation

/// Decides what to redact in a document under a policy and (optionally) a case registry.
///
/// Built once per policy and registry (it compiles every name form, cue word and list entry into
/// one automaton), then scans any number of documents; safe to share between threads.
public final class PolicyEngine: Sendable {
    public let policy: Policy
    public let registry: CaseRegistry?
    let persons: [Person]
    let patterns: PatternSet
    let detectors: [any Detector]
    let discoveryEnabled: Bool
    let allowTexts: [String]
    let protectedTermList: [String]
    /// Registered identifiers of protected parties that are all digits once separators are
    /// dropped ("4821 7730 2192" registered as "482177302192"), by those digits.
    let digitIdentifiers: [String: Int]

    /// Prepares an engine; fails when a rule cannot be built (e.g. a bad regular expression).
    public init(policy: Policy, registry: CaseRegistry?) throws {
        self.policy = policy
        self.registry = registry
        var builder = PatternSet.Builder()
        for (cue, words) in Lexicon.entries where Lexicon.automatonCues.contains(cue) {
            for word in words {
                for entry in Lexicon.expandInnerWildcards(word) { builder.add(entry, .cue(cue)) }
            }
        }
        for (n, text) in policy.allowList.enumerated() { builder.add(text, .allow(n)) }
        for (n, entry) in policy.denyList.enumerated() { builder.add(entry.text, .deny(n)) }
        for (r, rule) in policy.rules.enumerated() where rule.enabled {
            for (c, context) in rule.context.enumerated() {
                for word in context.words { builder.add(word.hasSuffix("*") ? word : word + "*", .ruleContext(rule: r, context: c)) }
            }
        }
        var persons: [Person] = []
        var digitIdentifiers: [String: Int] = [:]
        var terms: [String] = []
        var counts: [String: Int] = [:]
        for party in registry?.parties ?? [] {
            counts[party.role, default: 0] += 1
            var person = Person(
                key: "\(party.role)-\(counts[party.role]!)", role: party.role,
                isProtected: policy.protectedRoles.contains(party.role), isKept: policy.keptRoles.contains(party.role),
                source: .registry, displayName: party.name, gender: .unknown)
            guard person.isProtected || person.isKept else {
                persons.append(person)
                continue
            }
            var gender = Declension.Gender.unknown
            let index = persons.count
            var personBuilder = PatternSet.Builder()
            NameIndex.addPerson(index, name: party.name, aliases: party.aliases, gender: &gender, person: &person, to: &personBuilder, transcriptions: true)
            for entry in personBuilder.entries {
                for payload in entry.payloads { builder.addFolded(entry.key, prefix: entry.isPrefix, payload) }
            }
            for identifier in party.identifiers {
                let digits = identifier.filter { $0.isASCII && $0.isNumber }
                if person.isProtected, digits.count >= 6, identifier.allSatisfy({ ($0.isASCII && $0.isNumber) || " -/.".contains($0) }) {
                    digitIdentifiers[digits] = index
                }
                builder.add(identifier, .identifier(person: index))
                let compact = identifier.filter { $0.isLetter || $0.isNumber }
                if compact != identifier { builder.add(compact, .identifier(person: index)) }
            }
            if person.isProtected {
                terms += [party.name] + party.aliases + party.identifiers
                terms += PolicyEngine.foldedTerms(personBuilder.entries)
            }
            persons.append(person)
        }
        self.persons = persons
        self.digitIdentifiers = digitIdentifiers
        self.patterns = builder.build()
        self.detectors = try policy.rules.enumerated().filter { $0.element.enabled }.map { try DetectorRegistry.make($0.element, index: $0.offset) }
        self.discoveryEnabled = policy.rules.contains { $0.enabled && $0.detector == RoleCueDetector.name }
        self.allowTexts = policy.allowList
        var seen = Set<String>()
        self.protectedTermList = terms.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Finds what to redact in an extracted document: findings sorted by start, non-overlapping,
    /// each with the page it starts on.
    public func scan(_ document: ExtractedDocument) throws -> [Finding] {
        try scan(text: document.text, pageStartOffsets: document.pageStartOffsets)
    }

    /// Finds what to redact in a text (one page).
    public func scan(text: String) throws -> [Finding] {
        try scan(text: text, pageStartOffsets: [0])
    }

    /// Finds what to redact in an extracted document and hands each finding to `body`, in the
    /// order `scan(_:)` returns them, without holding them all (for output of large documents).
    /// Nothing is handed over when the scan fails.
    public func scan(_ document: ExtractedDocument, each body: (Finding) throws -> Void) throws {
        try scan(text: document.text, pageStartOffsets: document.pageStartOffsets, reserve: { _ in }, each: body)
    }

    /// Every surface form of every protected party — names and aliases as registered, their
    /// identifiers, and the folded forms the engine matches (every case form, transcription and
    /// initials; fold text with `PolicyEngine.foldForMatching` before searching for those).
    /// `blackline verify --case` searches leaked documents for these.
    public func protectedTerms() -> [String] {
        protectedTermList
    }

    /// Folds text the way the engine matches it: lower case, no diacritics, Serbian Cyrillic and
    /// Latin on one key, `w` → `v`, `y` → `j`.
    public static func foldForMatching(_ text: String) -> String {
        String(decoding: ScalarFolding.fold(text), as: UTF8.self)
    }

    static func foldedTerms(_ entries: [PatternSet.Entry]) -> [String] {
        entries.compactMap { entry -> String? in
            let key = String(decoding: entry.key, as: UTF8.self)
            let isShort = key.filter(\.isLetter).count < 3 && !entry.isUnspaced
            return isShort || Lexicon.shortCommonWords.contains(key) ? nil : key
        }
    }

    // MARK: The scan

    func scan(text: String, pageStartOffsets: [Int]) throws -> [Finding] {
        var findings: [Finding] = []
        try scan(text: text, pageStartOffsets: pageStartOffsets, reserve: { findings.reserveCapacity($0) }, each: { findings.append($0) })
        return findings
    }

    func scan(text: String, pageStartOffsets: [Int], reserve: (Int) -> Void, each body: (Finding) throws -> Void) throws {
        let folded = FoldedText(text)
        let scan = ScanContext(text: folded, original: text, engine: self, persons: persons)
        distribute(patterns.scan(folded), from: patterns, into: scan)
        MentionAssembler.assemble(scan)
        if discoveryEnabled {
            for round in 0..<3 {
                guard let newForms = RoleCueDiscovery.discover(scan, firstRound: round == 0) else { break }
                let extra = newForms.build(forWordStarts: true)
                distribute(extra.scan(folded, from: scan.wordStarts), from: extra, into: scan, namesOnly: true)
                MentionAssembler.assemble(scan)
            }
        }
        for detector in detectors {
            try detector.detect(in: scan)
        }
        addListCandidates(scan)
        applyRuleContext(scan)
        propagateIdentifiers(scan)
        scan.releaseDetectionState()
        let resolved = OverlapResolver.resolve(scan.takeCandidates(), threshold: policy.threshold)
        try makeFindings(resolved, scan: scan, pageStartOffsets: pageStartOffsets, reserve: reserve, each: body)
    }

    private func distribute(_ hits: [PatternHit], from set: PatternSet, into scan: ScanContext, namesOnly: Bool = false) {
        // The set's forms join the scan's (the engine's own set is already there).
        let formBase: Int32
        if namesOnly {
            formBase = Int32(scan.forms.count)
            let labelBase = Int32(scan.formLabels.count)
            scan.forms += set.forms.map { form in
                var f = form
                f.label += labelBase
                return f
            }
            scan.formLabels += set.formLabels
        } else {
            formBase = 0
        }
        // Each list is built in one pass of its own over the hits, in their order: the hits are
        // counted first, then written into an array of exactly that many (stores without the
        // uniqueness and capacity checks of an append); the set's tables are read unchecked.
        // Name hits: one per hit whose entry has forms.
        let newNameHits = set.formRanges.withUnsafeBufferPointer { formRanges in
            hits.withUnsafeBufferPointer { hits in
                var count = 0
                for hit in hits where !formRanges[Int(hit.entry)].isEmpty { count &+= 1 }
                return [ScanContext.NameHit](unsafeUninitializedCapacity: count) { buffer, initialized in
                    var k = 0
                    for hit in hits {
                        let forms = formRanges[Int(hit.entry)]
                        guard !forms.isEmpty else { continue }
                        (buffer.baseAddress! + k).initialize(
                            to: ScanContext.NameHit(
                                start: Int(hit.start), end: Int(hit.end), formStart: forms.lowerBound + formBase, formEnd: forms.upperBound + formBase))
                        k &+= 1
                    }
                    initialized = k
                }
            }
        }
        if namesOnly {
            // Name hits of a discovery round are merged into the sorted ones.
            scan.addNameHits(newNameHits)
            return
        }
        // Cue hits likewise (room for every payload); list and rule context hits (few) appended,
        // the latter by rule (an array, not a dictionary: no hashing per hit).
        var listHits: [(start: Int, end: Int, payload: HitPayload)] = []
        var ruleContextHits = [[(start: Int, end: Int)]](repeating: [], count: policy.rules.count)
        let newCueHits = set.payloadRanges.withUnsafeBufferPointer { payloadRanges in
            set.hitPayloads.withUnsafeBufferPointer { hitPayloads in
                hits.withUnsafeBufferPointer { hits in
                    var count = 0
                    for hit in hits { count &+= payloadRanges[Int(hit.entry)].count }
                    return [ScanContext.CueHit](unsafeUninitializedCapacity: count) { buffer, initialized in
                        var k = 0
                        for hit in hits {
                            for p in payloadRanges[Int(hit.entry)] {
                                let payload = hitPayloads[Int(p)]
                                let start = Int(hit.start), end = Int(hit.end)
                                switch payload {
                                case .cue(let cue):
                                    (buffer.baseAddress! + k).initialize(to: ScanContext.CueHit(start: start, end: end, cue: cue))
                                    k &+= 1
                                case .ruleContext(let rule): ruleContextHits[rule].append((start, end))
                                case .allow, .deny, .identifier: listHits.append((start, end, payload))
                                }
                            }
                        }
                        initialized = k
                    }
                }
            }
        }
        @inline(__always) func join<T>(_ list: inout [T], _ more: [T]) {
            if list.isEmpty { list = more } else { list += more }
        }
        // The hits come sorted by start, then longest first (`PatternSet.scan`): cue hits added
        // to none are in order already (the stable sort would leave them as they are).
        let cueHitsWereEmpty = scan.cueHits.isEmpty
        join(&scan.cueHits, newCueHits)
        join(&scan.nameHits, newNameHits)
        join(&scan.listHits, listHits)
        if scan.ruleContextHits.isEmpty {
            scan.ruleContextHits = ruleContextHits
        } else {
            for rule in ruleContextHits.indices { scan.ruleContextHits[rule] += ruleContextHits[rule] }
        }
        if !cueHitsWereEmpty { scan.cueHits.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end } }
        scan.indexCueHits()
        scan.sortNameHits()
    }

    private func addListCandidates(_ scan: ScanContext) {
        for hit in scan.listHits {
            switch hit.payload {
            case .allow(let n):
                scan.emit(Candidate(start: hit.start, end: hit.end, kind: .keep, rule: -1, score: 1, matched: .allowEntry(n)))
            case .deny(let n):
                scan.emit(Candidate(start: hit.start, end: hit.end, kind: .deny, rule: -1, score: 1, matched: .denyEntry(n)))
            default:
                break
            }
        }
    }

    /// The same identifier (phone, account, e-mail…) written twice belongs to the same person: every
    /// occurrence gets the best score and party of any of them.
    private func propagateIdentifiers(_ scan: ScanContext) {
        let detectors = [
            PhoneDetector.name, EmailDetector.name, IBANDetector.name, PaymentCardDetector.name, SerbianAccountDetector.name,
            PassportDetector.name, SocialHandleDetector.name, VehiclePlateDetector.name,
        ]
        // Key: the detector (its number in the list) and the identifier's letters and digits.
        let detectorOfRule = policy.rules.map { rule in detectors.firstIndex(of: rule.detector) ?? -1 }
        var ids = ByteStringIDs()
        var best: [(score: Double, person: Int?)] = []
        var keyed: [(candidate: Int32, id: Int32)] = []
        // The key being built: grown to the longest span met, written by index.
        var key = [UInt8](repeating: 0, count: 64)
        let bytes = scan.text.bytes
        scan.candidates.withUnsafeBufferPointer { candidates in
            for k in candidates.indices {
                guard candidates[k].kind == .redact else { continue }
                let detector = detectorOfRule[candidates[k].rule]
                guard detector >= 0 else { continue }
                let start = candidates[k].start, end = candidates[k].end
                if key.count < end - start + 1 { key = [UInt8](repeating: 0, count: end - start + 1) }
                let id = key.withUnsafeMutableBufferPointer { key -> Int in
                    key[0] = UInt8(detector)
                    var n = 1
                    for i in start..<end {
                        let b = bytes[i]  // a non-ASCII byte, an ASCII digit or a folded letter
                        if b >= 0x80 || b &- 0x30 < 10 || b &- 0x61 < 26 {
                            key[n] = b
                            n &+= 1
                        }
                    }
                    return ids.id(of: UnsafeBufferPointer(rebasing: key[0..<n]))
                }
                keyed.append((Int32(k), Int32(id)))
                let score = candidates[k].score
                if id == best.count {
                    best.append((score, candidates[k].person))
                    continue
                }
                if best[id].score >= score { continue }
                best[id] = (score, candidates[k].person ?? best[id].person)
            }
        }
        for (k32, id) in keyed {
            let k = Int(k32)
            let top = best[Int(id)]
            guard top.score > scan.candidates[k].score else { continue }
            scan.addEvidence(&scan.candidates[k], .literal("same identifier found elsewhere in the document"), top.score - scan.candidates[k].score)
            scan.candidates[k].score = top.score
            if scan.candidates[k].person == nil { scan.candidates[k].person = top.person }
        }
    }

    /// Context words of the policy's rules (Presidio's context enhancer): a word within the
    /// rule's window before or after a match adds the rule's boost, once per context entry.
    private func applyRuleContext(_ scan: ScanContext) {
        for k in scan.candidates.indices where scan.candidates[k].rule >= 0 {
            let rule = policy.rules[scan.candidates[k].rule]
            guard !rule.context.isEmpty, scan.candidates[k].rule < scan.ruleContextHits.count else { continue }
            let hits = scan.ruleContextHits[scan.candidates[k].rule]
            guard !hits.isEmpty else { continue }
            for (c, context) in rule.context.enumerated() {
                _ = c
                let from = scan.candidates[k].start - context.windowBefore
                let to = scan.candidates[k].end + context.windowAfter
                let candidate = scan.candidates[k]
                var low = 0
                var high = hits.count
                while low < high {
                    let mid = (low + high) / 2
                    if hits[mid].start < from - 64 { low = mid + 1 } else { high = mid }
                }
                var found: (start: Int, end: Int)?
                while low < hits.count, hits[low].start <= to {
                    let hit = hits[low]
                    if (hit.end <= candidate.start && hit.end >= from) || (hit.start >= candidate.end && hit.start <= to) { found = hit; break }
                    low += 1
                }
                if let hit = found {
                    scan.candidates[k].score += context.boost
                    scan.addEvidence(&scan.candidates[k], .folded(start: hit.start, end: hit.end), context.boost)
                }
            }
        }
    }
}
