import BlacklineCore
import Testing

@Suite("Unicode scalar count")
struct UnicodeScalarCountTests {
    @Test(
        "equals unicodeScalars.count for every script and at every length around the 8-byte steps",
        arguments: [
            "", "a", "Ž", "Đorđević", "Ђорђевић", "王芳", "Nguyễn Thị Hoa", "e\u{301}", "👩‍👧", "\u{FEFF}",
            "Jelena Petrović (Јелена Петровић), 王芳, Nguyễn Văn An — 🇷🇸\r\n\u{C}page 2",
        ])
    func matchesStandardLibrary(_ text: String) {
        for length in 0...text.unicodeScalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: text.unicodeScalars.prefix(length))
            let s = String(prefix)
            #expect(s.unicodeScalarCount == s.unicodeScalars.count)
            // Shifted by one to seven ASCII bytes, so every scalar also straddles an 8-byte word.
            for shift in 1...7 {
                let shifted = String(repeating: "x", count: shift) + s
                #expect(shifted.unicodeScalarCount == shifted.unicodeScalars.count)
            }
        }
    }

    @Test("counts a long mixed text the same as the standard library")
    func longText() {
        let unit = "Oštećena Ђорђевић 王芳 Nguyễn 👩‍👧 "
        let text = String(repeating: unit, count: 1000)
        #expect(text.unicodeScalarCount == text.unicodeScalars.count)
        #expect(text.unicodeScalarCount == unit.unicodeScalars.count * 1000)
    }
}
