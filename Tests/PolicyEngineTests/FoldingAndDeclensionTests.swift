import Testing
@testable import PolicyEngine

@Suite("Folding text for matching")
struct FoldingTests {
    @Test("both scripts, diacritics and transcriptions fold to one key", arguments: [
        ("Đorđević", "djordjevic"), ("Ђорђевић", "djordjevic"), ("Djordjevic", "djordjevic"), ("LJILJANA", "ljiljana"),
        ("Љиљана", "ljiljana"), ("Џанг", "dzang"), ("Džang", "dzang"), ("Nguyễn Thị", "ngujen thi"), ("WANG", "vang"),
        ("Šćepanović", "scepanovic"), ("Ｗａｎｇ", "vang"),
    ])
    func keys(text: String, key: String) {
        #expect(PolicyEngine.foldForMatching(text) == key)
    }

    @Test("offsets map back to Unicode scalars, through Hanzi, combining marks and expansions")
    func offsets() {
        let text = "王芳 Đ e\u{301} x"
        let folded = FoldedText(text)
        #expect(folded.scalarCount == text.unicodeScalars.count)
        // "王" is 3 bytes folded, one scalar.
        #expect(folded.scalarStart(0) == 0 && folded.scalarStart(3) == 1)
        // "Đ" → "dj": both bytes map to scalar 3.
        let dj = folded.bytes.firstIndex(of: UInt8(ascii: "d"))!
        #expect(folded.scalarStart(dj) == 3 && folded.scalarStart(dj + 1) == 3)
        // "e" + combining acute: the mark folds away but belongs to the letter's span.
        let e = folded.bytes.firstIndex(of: UInt8(ascii: "e"))!
        #expect(folded.scalarEnd(e + 1) == 7)
    }

    @Test("a hyphen breaking a word at a line end folds away; the span still covers it")
    func lineEndHyphen() throws {
        let text = "oštećena Marija Đor-\nđević je izjavila"
        let findings = try TestScan.findings(text, parties: [Party(role: "victim", name: "Marija Đorđević")])
        #expect(TestScan.covered("Marija Đor-\nđević", in: text, by: findings))
    }
}

@Suite("Serbian/Bosnian/Croatian declension of names")
struct DeclensionTests {
    static func forms(_ word: String, _ gender: Declension.Gender = .unknown, possessive: Bool = false) -> Set<String> {
        Set(Declension.forms(of: word, gender: gender, possessive: possessive).map(\.text))
    }

    @Test("feminine -a, masculine -a, -o, -e, consonant, fleeting a, -ić", arguments: [
        ("jelena", Declension.Gender.female, ["jelene", "jeleni", "jelenu", "jelenom", "jeleno"]),
        ("nikola", .male, ["nikole", "nikoli", "nikolu", "nikolom"]),
        ("marko", .male, ["marka", "marku", "markom"]),
        ("djordje", .male, ["djordja", "djordju", "djordjem"]),
        ("milos", .male, ["milosa", "milosu", "milosem", "milosom"]),
        ("aleksandar", .male, ["aleksandra", "aleksandru", "aleksandrom"]),
        ("markovic", .male, ["markovica", "markovicu", "markovicem"]),
        ("hung", .male, ["hunga", "hungu", "hungom"]),
    ])
    func cases(word: String, gender: Declension.Gender, expected: [String]) {
        #expect(Set(expected).isSubset(of: Self.forms(word, gender)))
    }

    @Test("women's consonant-final names do not decline")
    func invariant() {
        #expect(Self.forms("markovic", .female) == ["markovic"])
        #expect(Self.forms("lan", .female) == ["lan"])
    }

    @Test("possessive adjectives: Vesnin, Miličin, Markov")
    func possessives() {
        #expect(Self.forms("vesna", .female, possessive: true).isSuperset(of: ["vesnin", "vesnina", "vesninog", "vesninoj"]))
        #expect(Self.forms("milica", .female, possessive: true).contains("milicin"))
        #expect(Self.forms("marko", .male, possessive: true).isSuperset(of: ["markov", "markova", "markovog"]))
    }

    @Test("an inflected form leads back to its nominative", arguments: [
        ("saru", "sara"), ("milosu", "milos"), ("aleksandra", "aleksandar"), ("tijanom", "tijana"), ("markovica", "markovic"),
    ])
    func nominatives(form: String, nominative: String) {
        #expect(Declension.possibleNominatives(of: form).contains(nominative))
    }

    @Test("transcriptions of foreign names", arguments: [
        ("zhang", "dzang"), ("xiuying", "sjujing"), ("wang", "vang"), ("phuc", "fuk"), ("thi", "ti"), ("sharma", "sarma"),
        ("qing", "cing"),
    ])
    func transcription(word: String, variant: String) {
        #expect(PhoneticVariants.variants(of: word).contains(variant))
    }
}
