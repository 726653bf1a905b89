import Testing
@testable import Review

@Suite("protected terms are found however they are written")
struct TermMatcherTests {
    func found(_ term: String, in text: String) -> [String] {
        let matcher = TermMatcher(terms: ProtectedTermList.prepare([term]))
        let scalars = Array(text.unicodeScalars)
        return matcher.matches(in: text).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    @Test(
        "spelling variants match",
        arguments: [
            ("Jelena Marković", "JELENA MARKOVIĆ je svedočila", "JELENA MARKOVIĆ"),
            ("Jelena Marković", "jelena markovic", "jelena markovic"),
            ("Jelena Marković", "Јелена Марковић", "Јелена Марковић"),
            ("Зора Јанковић", "Zora Janković", "Zora Janković"),
            ("Đorđević", "Djordjević", "Djordjević"),
            ("Đorđević", "Ђорђевић", "Ђорђевић"),
            ("Nguyễn Thị Lan", "NGUYEN THI LAN", "NGUYEN THI LAN"),
            ("Marković", "Marko-\nvić", "Marko-\nvić"),
            ("Jelena Marković", "Jelena\nMarković", "Jelena\nMarković"),
            ("Jelena Marković", "Jelena  \u{00A0} Marković", "Jelena  \u{00A0} Marković"),
            ("16-godišnju", "16-\ngodišnju", "16-\ngodišnju"),
            ("RS35 1600 0000 0045 6789 28", "RS351600000000456789 28", "RS351600000000456789 28"),
            ("064/218-3307", "064 218 3307", "064 218 3307"),
            ("J.M.", "J. M.", "J. M"),
            ("王芳", "被害人王芳的证词", "王芳"),
            ("Li Na", "Li Na's statement", "Li Na"),
            ("lina.0612@163.com", "write to lina.0612@163.com today", "lina.0612@163.com"),
        ])
    func variants(term: String, text: String, expected: String) {
        #expect(found(term, in: text) == [expected])
    }

    @Test(
        "matches respect word boundaries",
        arguments: [
            ("Ana", "Banana and Anastasia"),
            ("Mai", "Maintenance in May"),
            ("Li", "Lilian Lin"),
            ("0303996755129", "10303996755129"),
            ("Ana", "an a"),
        ])
    func boundaries(term: String, text: String) {
        #expect(found(term, in: text).isEmpty)
    }

    @Test("every occurrence is found, with scalar offsets into the text")
    func offsets() {
        let matcher = TermMatcher(terms: ProtectedTermList.prepare(["Mai"]))
        let text = "Vũ Thị Mai (Mai) met MAI."
        let ranges = matcher.matches(in: text).map(\.range)
        #expect(ranges == [7..<10, 12..<15, 21..<24])
    }

    @Test("duplicates after folding and unsearchable terms are dropped")
    func preparation() {
        let terms = ProtectedTermList.prepare(["Marković", "MARKOVIC", "Марковић", "...", "  "])
        #expect(terms.map(\.text) == ["Marković"])
        #expect(terms.first?.number == 1)
    }

    @Test("masked text keeps only the shape")
    func masking() {
        #expect(SensitiveText.masked("Jelena Marković, 03.03.1996.") == "•••••• ••••••••, ••.••.••••.")
        #expect(!SensitiveText.masked("王芳").contains("王"))
    }
}

@Suite("overlapping term occurrences")
struct OverlappingTermTests {
    @Test("an occurrence inside a longer one is reported once, as the longer term")
    func nested() {
        let matcher = TermMatcher(terms: ProtectedTermList.prepare(["Mai", "Vũ Thị Mai"]))
        let matches = matcher.matches(in: "client Vũ Thị Mai, called Mai")
        #expect(matches.map(\.term.text) == ["Vũ Thị Mai", "Mai"])
        #expect(matches.map(\.range) == [7..<17, 26..<29])
    }
}
