import Foundation

/// Hypocoristic forms of protected people's given names. A regular short form (the start of the
/// given name and a suffix -ca -ka -ja -ša -le -ko -ba: Jovana → Joca, Milica → Mica, Slobodan →
/// Sloba; irregular ones such as Dragana → Gaga need a nickname cue) counts only where the text
/// shows it is used as a name: right after an opening quote („Joca“, "Mica") or addressing
/// someone at the start of a chat message ("[14.02.2024. 21:07] Boki: Joco jesi …").
extension RoleCueDiscovery {
    /// What the rounds of one scan's discovery keep for the next round.
    struct Memo {
        /// Folded given names (four or more ASCII letters) of protected persons, with the person,
        /// for the persons before `givenPersons`.
        var given: [(name: String, person: Int)] = []
        var givenPersons = 0
        /// `namePositionsWithEvidence` (it reads only the text).
        var evidencePositions: [Int]?
        /// The nickname cues that name a nickname, with its words (`nicknames`: read once, from
        /// the text only; whose nickname it is depends on the round's mentions).
        var nicknames: [(cueStart: Int, words: [Range<Int>])]?
        /// `hypocoristics` and the number of `given` names it was read with (it reads only the
        /// text and those names, which are only ever added to).
        var hypocoristics: [(Int, Range<Int>)] = []
        var hypocoristicsGiven = -1
    }

    /// Suffixes of regular hypocoristics, folded (ša → sa).
    static let hypocoristicSuffixes = ["ca", "ka", "ja", "sa", "le", "ko", "ba"]

    /// (person, word) pairs: a word with evidence of use as a name that is a regular short form
    /// of a protected person's given name.
    static func hypocoristics(_ scan: ScanContext) -> [(Int, Range<Int>)] {
        // Persons are only ever added (their names and protection fixed): parse the new ones.
        for p in scan.discoveryMemo.givenPersons..<scan.persons.count where scan.persons[p].isProtected {
            for word in ParsedName(scan.persons[p].displayName).words where word.role == .given {
                let name = word.folded
                if name.count >= 4, ASCIIBytes.isLetters(name) { scan.discoveryMemo.given.append((name, p)) }
            }
        }
        scan.discoveryMemo.givenPersons = scan.persons.count
        let given = scan.discoveryMemo.given
        guard !given.isEmpty else { return [] }
        if scan.discoveryMemo.hypocoristicsGiven == given.count { return scan.discoveryMemo.hypocoristics }
        // Cheap test first: a short form starts with the first two letters of a given name.
        // (A bitmap of the 65,536 two-byte prefixes: one bit test per position.)
        var prefixes = [UInt64](repeating: 0, count: 1024)
        for entry in given {
            let b = Array(entry.name.utf8)
            let key = Int(b[0]) << 8 | Int(b[1])
            prefixes[key >> 6] |= 1 << UInt64(key & 63)
        }
        @inline(__always) func hasPrefix(_ key: Int) -> Bool { prefixes[key >> 6] & (1 << UInt64(key & 63)) != 0 }
        var result: [(Int, Range<Int>)] = []
        // Answers by word (-1: no owner); texts repeat the same quoted words.
        var answers = FoldedKeyMap<Int>()
        if scan.discoveryMemo.evidencePositions == nil { scan.discoveryMemo.evidencePositions = namePositionsWithEvidence(scan) }
        for start in scan.discoveryMemo.evidencePositions! {
            guard start + 1 < scan.count, hasPrefix(Int(scan.byte(start)) << 8 | Int(scan.byte(start + 1))) else { continue }
            let word = start..<scan.wordEnd(from: start)
            guard (3...8).contains(word.count) else { continue }
            if let known = answers[scan.word(word)] {
                if known >= 0 { result.append((known, word)) }
                continue
            }
            answers.set(scan.word(word), -1)
            guard scan.isCapitalized(word), !scan.isAllCaps(word),
                !Lexicon.notANameSet.contains(scan.word(word)), !Lexicon.shortCommonSet.contains(scan.word(word)),
                !scan.isCue(word, Lexicon.personCues)
            else { continue }
            let folded = scan.string(word)
            guard ASCIIBytes.isLetters(folded) else { continue }
            if let person = hypocoristicOwner(folded, given) {
                answers.set(scan.word(word), person)
                result.append((person, word))
            }
        }
        scan.discoveryMemo.hypocoristics = result
        scan.discoveryMemo.hypocoristicsGiven = given.count
        return result
    }

    /// The person whose given name `word` (any case form) is a regular short form of.
    static func hypocoristicOwner(_ word: String, _ given: [(name: String, person: Int)]) -> Int? {
        for nominative in Declension.possibleNominatives(of: word) {
            for suffix in hypocoristicSuffixes where nominative.hasSuffix(suffix) {
                let prefix = nominative.dropLast(suffix.count)
                guard prefix.count >= 2 else { continue }
                for (name, person) in given where name != nominative && name.hasPrefix(prefix) && name.count > prefix.count + 1 {
                    return person
                }
            }
        }
        return nil
    }

    /// Starts of capitalised words right after an opening quote, or first in a chat message
    /// ("] Sender: Word").
    static func namePositionsWithEvidence(_ scan: ScanContext) -> [Int] {
        var result: [Int] = []
        let base = scan.text.bytes.baseAddress!
        for byte in [UInt8(ascii: "\""), UInt8(ascii: "]")] {
            var i = 0
            while i < scan.count - 2, let found = memchr(base + i, Int32(byte), scan.count - i) {
                i = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                if byte == UInt8(ascii: "\"") {
                    if !scan.isWord(i - 2), scan.isUpper(i), scan.isLetter(i) { result.append(i) }
                    continue
                }
                // "] Boki: Joco …": a sender of up to three words, a colon, then the message.
                var j = i
                while j < scan.count, j < i + 40, !scan.is(j, ":"), !scan.isNewline(j) { j += 1 }
                guard j + 2 < scan.count, scan.is(j, ":"), scan.is(j + 1, " "), scan.isUpper(j + 2), scan.isLetter(j + 2) else { continue }
                result.append(j + 2)
            }
        }
        return result
    }
}
