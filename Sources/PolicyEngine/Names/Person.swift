/// A person the engine tracks in one scan: a registered party or someone found through a role cue.
struct Person: Sendable {
    enum Source: Sendable { case registry, discovered }

    /// Stable key within the document: "victim-1", "minor-1", "relative-2", "defendant-1".
    var key: String
    var role: String
    var isProtected: Bool
    var isKept: Bool
    var source: Source
    /// The name as written (registry) or as first met (discovered) — for explanations only.
    var displayName: String
    var gender: Declension.Gender
    /// Folded first letters of the surnames and given names (for "Rohit S.", "J. Marković").
    var surnameInitials: Set<UInt8> = []
    var givenInitials: Set<UInt8> = []
    /// Scalar offset where a discovered person was introduced.
    var introducedAt: Int?
}

/// What a word of a name is, which decides whether it may stand alone.
enum NameWordRole: UInt8, Sendable {
    case given, surname, middle, nickname, initials, script
}

/// One matchable form of a name word, with the person it belongs to.
struct NameForm: Sendable, Hashable {
    var person: Int
    var role: NameWordRole
    /// "genitive of 'Jelena'", "transcription 'Vang'", "initials" — for explanations.
    var label: String
}

/// A name split into words, with which word is the surname and the person's likely gender.
struct ParsedName {
    struct Word {
        /// Lower case, no diacritics, before the w/y fold (for transcription rules).
        var plain: String
        /// Folded (matching key).
        var folded: String
        var original: String
        var isAllCaps: Bool
        var isUnspacedScript: Bool
        var role: NameWordRole
    }

    var words: [Word]
    var gender: Declension.Gender

    init(_ name: String, genderHint: Declension.Gender = .unknown) {
        var words: [Word] = []
        for raw in name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," }) {
            let original = String(raw).trimmingCharacters(in: CharacterSet(charactersIn: "\"„“”'’()[]"))
            guard !original.isEmpty else { continue }
            let folded = String(decoding: ScalarFolding.fold(original), as: UTF8.self)
            let plain = ParsedName.plain(original)
            let letters = original.unicodeScalars.filter { $0.properties.isAlphabetic }
            let isAllCaps = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            let unspaced = original.unicodeScalars.contains { ScalarFolding.isUnspacedScript($0.value) }
            let isInitials = !unspaced && original.contains(".") && letters.count <= 4
                && original.unicodeScalars.filter({ $0 == "." }).count >= 1 && letters.count == original.unicodeScalars.filter({ $0 == "." }).count
            words.append(Word(
                plain: plain, folded: folded, original: original, isAllCaps: isAllCaps, isUnspacedScript: unspaced,
                role: unspaced ? .script : (isInitials ? .initials : .given)))
        }
        // Which word is the surname: an all-caps word among mixed-case ones, a known East Asian
        // family name first, otherwise the last word.
        let latinWords = words.indices.filter { words[$0].role == .given }
        if latinWords.count >= 2 {
            let caps = latinWords.filter { words[$0].isAllCaps }
            var surname: Int
            if caps.count == 1 && latinWords.count > caps.count {
                surname = caps[0]
            } else if Lexicon.eastAsianSurnames.contains(words[latinWords[0]].folded) {
                surname = latinWords[0]
            } else {
                surname = latinWords.last!
            }
            let surnameFirst = surname == latinWords[0]
            let given = surnameFirst ? latinWords.last! : latinWords[0]
            for i in latinWords {
                if i == surname { words[i].role = .surname } else if i == given { words[i].role = .given } else { words[i].role = .middle }
            }
        }
        self.words = words
        // Gender.
        var gender = genderHint
        if gender == .unknown {
            if words.contains(where: { Lexicon.vietnameseFemaleMiddle.contains($0.folded) && $0.role == .middle }) {
                gender = .female
            } else if words.contains(where: { Lexicon.vietnameseMaleMiddle.contains($0.folded) && $0.role == .middle }) {
                gender = .male
            } else if let given = words.first(where: { $0.role == .given }), given.folded.count >= 3 {
                if given.folded.hasSuffix("a") && !Lexicon.masculineInA.contains(given.folded) {
                    gender = .female
                } else if let last = given.folded.last, !Declension.vowels.contains(last),
                    given.plain.unicodeScalars.allSatisfy({ $0.isASCII }), !Lexicon.eastAsianSurnames.contains(words.first!.folded)
                {
                    gender = .male
                }
            }
        }
        self.gender = gender
    }

    /// Lower case without diacritics, keeping w and y (input of transcription rules).
    static func plain(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "đ" { out += "dj"; continue }
            if scalar.isASCII { out.unicodeScalars.append(scalar); continue }
            let folded = String(decoding: ScalarFolding.fold(String(scalar)), as: UTF8.self)
            out += folded
        }
        return out
    }
}

import Foundation
