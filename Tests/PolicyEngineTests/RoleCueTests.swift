import Testing
@testable import PolicyEngine

@Suite("People found from role cues, without a case registry")
struct RoleCueTests {
    @Test("a victim introduced by a cue is tracked in every later form", arguments: [
        ("Okrivljeni je vrbovao oštećenu Ivanu Kostić. Kasnije je Ivana pobegla, a Ivanin brat je pozvao policiju.",
         ["Ivanu Kostić", "Ivana", "Ivanin"]),
        ("Окривљени је врбовао оштећену Ивану Костић. Касније је Ивани помогла сестра.", ["Ивану Костић", "Ивани"]),
        ("The injured party, Maria Lopez, told the court she was afraid. Lopez said the recruiter kept her passport.",
         ["Maria Lopez", "Lopez"]),
        ("Maloletna T.M. je saslušana uz prisustvo psihologa.", ["T.M."]),
        ("Zaštićeni svedok Dejan Pavić je potvrdio iskaz. Pavić je naveo da se plaši.", ["Dejan Pavić", "Pavić"]),
    ])
    func discovered(text: String, names: [String]) throws {
        let findings = try TestScan.findings(text)
        for name in names { #expect(TestScan.covered(name, in: text, by: findings), "\(name)") }
    }

    @Test("relatives of a victim are protected, a defendant's parents are not")
    func relatives() throws {
        let text = """
            Okrivljeni Marko Jović, od oca Petra i majke Ljiljane, rođen u Nišu.

            Oštećena Jelka Pavlović je izjavila da je njen brat Stefan Pavlović čekao ispred. Brat Stefan je potvrdio.
            """
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched("Petra", in: text, by: findings))
        #expect(!TestScan.touched("Ljiljane", in: text, by: findings))
        #expect(!TestScan.touched("Marko Jović", in: text, by: findings))
        #expect(TestScan.covered("Stefan Pavlović", in: text, by: findings))
        #expect(TestScan.covered("Stefan", in: text, by: findings, occurrence: 1))
        #expect(TestScan.finding(for: "Stefan Pavlović", in: text, findings)?.party == "relative-1")
    }

    @Test("nicknames and bracketed aliases join the person they belong to")
    func nicknames() throws {
        let text = "Oštećena Lidija Marin, zvana „Lola“, radila je u baru. Lola je pobegla. Oštećena Chen Hui (陈慧) je takođe pobegla, a 陈慧 je dala iskaz."
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered("Lola", in: text, by: findings, occurrence: 0))
        #expect(TestScan.covered("Lola", in: text, by: findings, occurrence: 1))
        #expect(TestScan.covered("陈慧", in: text, by: findings, occurrence: 1))
        #expect(TestScan.finding(for: "Lola je", in: text, findings) == nil)  // the verb stays
    }

    @Test("initials of unnamed people are flagged, a defendant's initials after 'protiv' are not")
    func initials() throws {
        let text = "Optužnica protiv E.S. (42) navodi da je vrbovao A.H. iz Kaknja. The U.S. embassy was informed."
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered("A.H.", in: text, by: findings))
        #expect(!TestScan.touched("E.S.", in: text, by: findings))
        #expect(!TestScan.touched("U.S.", in: text, by: findings))
        #expect(!TestScan.touched("42", in: text, by: findings))
    }

    @Test("a victims' table: names in the name column and their other-script forms")
    func table() throws {
        let text = "Spisak potencijalnih žrtava trgovine ljudima\n\nR.br.\tIme i prezime\tIzvorno pismo\tDržavljanstvo\n1.\tLIU Yang\t刘洋\tNR Kina\n2.\tPetra Ilić\tПетра Илић\tSrbija\n"
        let findings = try TestScan.findings(text)
        for name in ["LIU Yang", "刘洋", "Petra Ilić", "Петра Илић"] { #expect(TestScan.covered(name, in: text, by: findings), "\(name)") }
        #expect(!TestScan.touched("NR Kina", in: text, by: findings))
        #expect(!TestScan.touched("Srbija", in: text, by: findings))
    }
}
