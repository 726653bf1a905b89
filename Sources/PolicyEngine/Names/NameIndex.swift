/// Turns names into automaton patterns: every word in every transcription and case form,
/// initials and other-script aliases, each tagged with the person and what the word is.
enum NameIndex {
    /// Adds the patterns of one person's name and aliases.
    static func addPerson(
        _ index: Int, name: String, aliases: [String], gender: inout Declension.Gender, person: inout Person,
        to builder: inout PatternSet.Builder, transcriptions: Bool
    ) {
        let main = ParsedName(name, genderHint: gender)
        gender = main.gender
        person.gender = main.gender
        add(main, person: index, label: name, to: &builder, transcriptions: transcriptions, isAlias: false, personRecord: &person)
        for alias in aliases {
            let parsed = ParsedName(alias, genderHint: main.gender)
            add(parsed, person: index, label: alias, to: &builder, transcriptions: transcriptions, isAlias: true, personRecord: &person)
        }
    }

    static func add(
        _ parsed: ParsedName, person: Int, label: String, to builder: inout PatternSet.Builder, transcriptions: Bool,
        isAlias: Bool, personRecord: inout Person
    ) {
        let latin = parsed.words.filter { $0.role != .script && $0.role != .initials }
        for word in parsed.words {
            switch word.role {
            case .script:
                builder.addFolded(Array(word.folded.utf8), prefix: false, .name(NameForm(person: person, role: .script, label: "other-script form")))
            case .initials:
                addInitials(word.folded, person: person, to: &builder)
            default:
                var role = word.role
                if isAlias && latin.count == 1 { role = .nickname }
                let variants = transcriptions ? PhoneticVariants.variants(of: word.plain) : []
                var spellings = [word.folded]
                for v in variants where !spellings.contains(v) { spellings.append(v) }
                for (n, spelling) in spellings.enumerated() {
                    let possessive = n == 0 && (role == .given || role == .nickname)
                    for form in Declension.forms(of: spelling, gender: parsed.gender, possessive: possessive) {
                        let how = n == 0 ? form.label : "\(form.label), transcription"
                        builder.addFolded(Array(form.text.utf8), prefix: false, .name(NameForm(person: person, role: role, label: how)))
                    }
                }
                if let first = word.folded.utf8.first {
                    if role == .surname { personRecord.surnameInitials.insert(first) }
                    if role == .given || role == .nickname { personRecord.givenInitials.insert(first) }
                    if word.folded.hasPrefix("dj") { personRecord.surnameInitials.insert(UInt8(ascii: "d")) }
                }
            }
        }
        // Initials of the whole name, in written order and given-name-first order.
        let initialWords = latin.filter { $0.role != .middle } 
        if latin.count >= 2 {
            let written = latin.compactMap { $0.folded.first.map(String.init) }
            let mainOnly = initialWords.compactMap { $0.folded.first.map(String.init) }
            var orders = [written, mainOnly, mainOnly.reversed()]
            if let given = latin.first(where: { $0.role == .given }), let surname = latin.first(where: { $0.role == .surname }),
                let g = given.folded.first, let s = surname.folded.first
            {
                orders.append([String(g), String(s)])
            }
            for order in orders where order.count >= 2 {
                addInitials(order.map { $0 + "." }.joined(), person: person, to: &builder)
            }
        }
    }

    /// Adds "j.m." and "j. m." for initials written either way.
    static func addInitials(_ folded: String, person: Int, to builder: inout PatternSet.Builder) {
        // One initial per segment: "Đ." folds to "dj.", one letter of two bytes.
        let letters = folded.split(whereSeparator: { $0 == "." || $0 == " " }).map(String.init)
        guard letters.count >= 2 else { return }
        let tight = letters.map { "\($0)." }.joined()
        let spaced = letters.map { "\($0)." }.joined(separator: " ")
        for key in [tight, spaced] {
            builder.addFolded(Array(key.utf8), prefix: false, .name(NameForm(person: person, role: .initials, label: "initials")))
        }
    }
}
