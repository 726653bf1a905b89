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

    /// Case forms of a name word in the nominative (including the word itself).
    static func forms(of word: String, gender: Gender, possessive: Bool) -> [Form] {
        var word = word
        var forms: [Form] = []
        word.withUTF8 { word in
            forEachForm(of: word, gender: gender, possessive: possessive) { text, label in
                forms.append(Form(text: String(decoding: text, as: UTF8.self), label: label))
            }
        }
        return forms
    }

    /// The case forms of a name word (folded UTF-8 bytes) in the nominative, each distinct form
    /// once, in order, with its label: the word itself, then the endings of its last letter.
    /// The forms are written on the stack and handed to `body` as bytes, no String per form
    /// (discovery declines every name it finds).
    static func forEachForm(
        of word: UnsafeBufferPointer<UInt8>, gender: Gender, possessive: Bool, _ body: (UnsafeBufferPointer<UInt8>, String) -> Void
    ) {
        // Only words of ASCII letters (as many characters as bytes) decline.
        guard word.count >= 2, word.allSatisfy(ASCIIBytes.isLetter) else {
            body(word, "nominative")
            return
        }
        // At most 45 forms, each at most five bytes longer than the word; then a byte per slot
        // for its form's length.
        let formCapacity = word.count + 6
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 46 * formCapacity + 46) { buffer in
            withoutActuallyEscaping(body) { body in
                var writer = FormWriter(
                    word: word, buffer: buffer, lengths: buffer.baseAddress! + 46 * formCapacity, formCapacity: formCapacity, body: body)
                writer.addForms(gender: gender, possessive: possessive)
            }
        }
    }

    static let adjectiveEndings: [StaticString] = ["", "a", "o", "e", "i", "u", "og", "oga", "om", "ome", "omu", "oj", "im", "ima", "ih"]

    /// Writes the forms of one word into a buffer of fixed-size slots and hands each new one to
    /// `body` (a form equal to an earlier one is skipped).
    private struct FormWriter {
        let word: UnsafeBufferPointer<UInt8>
        let buffer: UnsafeMutableBufferPointer<UInt8>
        /// Byte count of the form in slot k (a plain load; not a tuple copied for each read).
        let lengths: UnsafeMutablePointer<UInt8>
        let formCapacity: Int
        let body: (UnsafeBufferPointer<UInt8>, String) -> Void
        /// Forms written so far (slot k holds form k).
        var count = 0

        init(
            word: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutableBufferPointer<UInt8>, lengths: UnsafeMutablePointer<UInt8>, formCapacity: Int,
            body: @escaping (UnsafeBufferPointer<UInt8>, String) -> Void
        ) {
            self.word = word
            self.buffer = buffer
            self.lengths = lengths
            self.formCapacity = formCapacity
            self.body = body
        }

        /// The form `word[..<keep]` + `middle` (0–1 byte) + `first` + `second`, unless written already.
        mutating func add(_ label: String, keep: Int, middle: UInt8? = nil, _ first: StaticString, _ second: StaticString = "") {
            let slot = buffer.baseAddress! + count * formCapacity
            for k in 0..<keep { slot[k] = word[k] }
            var n = keep
            if let middle { slot[n] = middle; n += 1 }
            for k in 0..<first.utf8CodeUnitCount { slot[n + k] = first.utf8Start[k] }
            n += first.utf8CodeUnitCount
            for k in 0..<second.utf8CodeUnitCount { slot[n + k] = second.utf8Start[k] }
            n += second.utf8CodeUnitCount
            let form = UnsafeBufferPointer(start: slot, count: n)
            for k in 0..<count where Int(lengths[k]) == n {
                if memoryEqual(UnsafeBufferPointer(start: buffer.baseAddress! + k * formCapacity, count: n), form) { return }
            }
            lengths[count] = UInt8(n)
            count += 1
            body(form, label)
        }

        mutating func addForms(gender: Gender, possessive: Bool) {
            let n = word.count
            let stem = n - 1
            add("nominative", keep: n, "")
            switch word[n - 1] {
            case UInt8(ascii: "a"):
                add("genitive", keep: stem, "e"); add("dative/locative", keep: stem, "i"); add("accusative", keep: stem, "u")
                add("vocative", keep: stem, "o"); add("instrumental", keep: stem, "om")
                if possessive { for e in adjectiveEndings { add("possessive", keep: stem, "in", e) } }
            case UInt8(ascii: "o"):
                if n > 3 && word[n - 2] == UInt8(ascii: "a") {  // Pavao → Pavla
                    let l = UInt8(ascii: "l")
                    add("genitive", keep: n - 2, middle: l, "a"); add("dative", keep: n - 2, middle: l, "u")
                    add("instrumental", keep: n - 2, middle: l, "om"); add("vocative", keep: n - 2, middle: l, "e")
                }
                add("genitive", keep: stem, "a"); add("dative/locative", keep: stem, "u"); add("instrumental", keep: stem, "om")
                if possessive { for e in adjectiveEndings { add("possessive", keep: stem, "ov", e) } }
            case UInt8(ascii: "e"):
                add("genitive", keep: stem, "a"); add("dative/locative", keep: stem, "u"); add("instrumental", keep: stem, "em")
                add("instrumental", keep: stem, "om")
                if possessive { for e in adjectiveEndings { add("possessive", keep: stem, "ev", e); add("possessive", keep: stem, "ov", e) } }
            case UInt8(ascii: "i"):
                // Foreign names in -i: Li → Lija, Liju, Lijem.
                add("genitive", keep: n, "ja"); add("dative", keep: n, "ju"); add("instrumental", keep: n, "jem")
                add("instrumental", keep: n, "jom")
                if possessive { for e in adjectiveEndings { add("possessive", keep: n, "jev", e) } }
            case UInt8(ascii: "u"):
                add("genitive", keep: n, "a"); add("instrumental", keep: n, "om")
            default:
                guard gender != .female else { break }  // women's consonant-final names do not decline
                add("genitive", keep: n, "a"); add("dative/locative", keep: n, "u"); add("instrumental", keep: n, "om")
                add("instrumental", keep: n, "em"); add("vocative", keep: n, "e")
                if word[n - 1] == UInt8(ascii: "c") { add("vocative", keep: n, "u") }
                // Fleeting a: Aleksandar → Aleksandra, Petar → Petra.
                if n >= 4, word[n - 2] == UInt8(ascii: "a"), !isVowel(word[n - 3]), !isVowel(word[n - 1]) {
                    let last = word[n - 1]
                    add("genitive", keep: n - 2, middle: last, "a"); add("dative/locative", keep: n - 2, middle: last, "u")
                    add("instrumental", keep: n - 2, middle: last, "om"); add("vocative", keep: n - 2, middle: last, "e")
                }
                if possessive {
                    for e in adjectiveEndings { add("possessive", keep: n, "ov", e); add("possessive", keep: n, "ev", e) }
                }
            }
        }
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
