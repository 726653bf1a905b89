/// Serbian/Bosnian/Croatian inflection of personal names, on folded (lower-case, diacritic-free)
/// words: every case form of a name word, possessive adjectives, and the possible nominatives of
/// an inflected form met in a text.
///
/// Folding merges č/ć with c and š/ž with s/z, so the instrumental after a palatal (`Milošem`)
/// and the plain one (`Draganom`) are both produced for consonant stems; a form that never
/// occurs costs nothing.
enum Declension {
    enum Gender: Sendable { case female, male, unknown }

    /// One inflected form of a name word and the grammatical label of it.
    struct Form: Hashable, Sendable {
        let text: String
        let label: String
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    static let adjectiveEndings = ["", "a", "o", "e", "i", "u", "og", "oga", "om", "ome", "omu", "oj", "im", "ima", "ih"]

    /// Case forms of a name word in the nominative (including the word itself).
    static func forms(of word: String, gender: Gender, possessive: Bool) -> [Form] {
        var forms: [Form] = [Form(text: word, label: "nominative")]
        // (An ASCII-letter word has as many characters as bytes.)
        guard ASCIIBytes.isLetters(word), word.utf8.count >= 2 else { return forms }
        let last = word.last!
        let stem = String(word.dropLast())
        func add(_ text: String, _ label: String) { forms.append(Form(text: text, label: label)) }
        switch last {
        case "a":
            add(stem + "e", "genitive"); add(stem + "i", "dative/locative"); add(stem + "u", "accusative")
            add(stem + "o", "vocative"); add(stem + "om", "instrumental")
            if possessive { for e in adjectiveEndings { add(stem + "in" + e, "possessive") } }
        case "o":
            if word.hasSuffix("ao") && word.utf8.count > 3 {  // Pavao → Pavla
                let l = String(word.dropLast(2)) + "l"
                add(l + "a", "genitive"); add(l + "u", "dative"); add(l + "om", "instrumental"); add(l + "e", "vocative")
            }
            add(stem + "a", "genitive"); add(stem + "u", "dative/locative"); add(stem + "om", "instrumental")
            if possessive { for e in adjectiveEndings { add(stem + "ov" + e, "possessive") } }
        case "e":
            add(stem + "a", "genitive"); add(stem + "u", "dative/locative"); add(stem + "em", "instrumental")
            add(stem + "om", "instrumental")
            if possessive { for e in adjectiveEndings { add(stem + "ev" + e, "possessive"); add(stem + "ov" + e, "possessive") } }
        case "i":
            // Foreign names in -i: Li → Lija, Liju, Lijem.
            add(word + "ja", "genitive"); add(word + "ju", "dative"); add(word + "jem", "instrumental")
            add(word + "jom", "instrumental")
            if possessive { for e in adjectiveEndings { add(word + "jev" + e, "possessive") } }
        case "u":
            add(word + "a", "genitive"); add(word + "om", "instrumental")
        default:
            guard gender != .female else { break }  // women's consonant-final names do not decline
            add(word + "a", "genitive"); add(word + "u", "dative/locative"); add(word + "om", "instrumental")
            add(word + "em", "instrumental"); add(word + "e", "vocative")
            if word.hasSuffix("c") { add(word + "u", "vocative") }
            // Fleeting a: Aleksandar → Aleksandra, Petar → Petra.
            let chars = Array(word.utf8)
            if chars.count >= 4, chars[chars.count - 2] == UInt8(ascii: "a"), !isVowel(chars[chars.count - 3]), !isVowel(chars[chars.count - 1]) {
                let fleeting = String(decoding: chars[0..<(chars.count - 2)] + [chars[chars.count - 1]], as: UTF8.self)
                add(fleeting + "a", "genitive"); add(fleeting + "u", "dative/locative"); add(fleeting + "om", "instrumental")
                add(fleeting + "e", "vocative")
            }
            if possessive {
                for e in adjectiveEndings { add(word + "ov" + e, "possessive"); add(word + "ev" + e, "possessive") }
            }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0.text).inserted }
    }

    /// The nominatives an inflected form may come from (including the form itself).
    static func possibleNominatives(of form: String) -> [String] {
        var result = [form]
        guard ASCIIBytes.isLetters(form), form.utf8.count >= 3 else { return result }
        func stripped(_ n: Int) -> String { String(form.dropLast(n)) }
        if form.hasSuffix("om") || form.hasSuffix("em") {
            let stem = stripped(2)
            result += [stem, stem + "a", stem + "o", stem + "e"]
        } else if let last = form.last, vowels.contains(last) {
            let stem = stripped(1)
            result += [stem, stem + "a", stem + "o", stem + "e"]
            let chars = Array(stem.utf8)
            if chars.count >= 3, !isVowel(chars[chars.count - 1]), !isVowel(chars[chars.count - 2]) {
                // Aleksandra → Aleksandar
                result.append(String(decoding: chars[0..<(chars.count - 1)] + [UInt8(ascii: "a"), chars[chars.count - 1]], as: UTF8.self))
            }
        }
        var seen = Set<String>()
        return result.filter { $0.utf8.count >= 2 && seen.insert($0).inserted }
    }

    /// `vowels.contains` for one ASCII byte.
    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o") || b == UInt8(ascii: "u")
    }
}
