import Testing
@testable import PolicyEngine

/// Documents written for these tests (not from the corpus): other people, other wording, no case
/// file. They check that the mechanisms generalise, with both what must go and what must stay.
@Suite("Unseen documents without a case file")
struct UnseenDocumentTests {
    static let indictment = """
        OSNOVNO JAVNO TUŽILAŠTVO U NIŠU
        KT 112/25
        Niš, 03.02.2025. godine

        Okrivljena Marija Stevanović, rođena 12.05.1980. godine u Nišu, vlasnica kafića „Stara kuća“, vrbovala je oštećenu Teodoru Ilić, tada 17-godišnju učenicu iz Leskovca, i njenu drugaricu, maloletnu K.P. Oštećenoj Teodori je obećala posao konobarice sa platom od 500 evra. Teodorin otac Dragan Ilić prijavio je nestanak ćerke policiji 14. januara 2025. godine.

        Oštećena je saslušana u prisustvu punomoćnika advokata Nenada Jovanovića. Navela je da joj je okrivljena oduzela telefon broj 063/889-1212 i da je živela u stanu u ulici Vizantijski bulevar 22, Niš. Sudija za prethodni postupak Ana Kostić odredila je pritvor okrivljenoj.

        Policijska uprava Niš, tel. 018/505-000, e-mail pu.nis@mup.gov.rs.
        """

    static let article = """
        Court hears of forced labour at Belgrade car wash

        By Jelena Tomić, 12 February 2025

        A 34-year-old man from Nepal, referred to in court as Witness A, told the Higher Court in Belgrade that he worked 14 hours a day. The defendant, Goran Mitić, 45, denies the charges.

        The victim, Ramesh Thapa, said his passport was taken on arrival. "Ramesh was afraid to complain," his cousin Bikash told reporters. Thapa's wife lives in Pokhara.

        Prosecutor Ivana Lukić said the case was the third of its kind this year. Mitić's lawyer did not respond. The hearing continues on 3 March.
        """

    @Test("a Serbian indictment: victim in four cases and a possessive, her minor friend, her father, her phone and address")
    func indictment() throws {
        let text = Self.indictment
        let findings = try TestScan.findings(text)
        for protected in ["Teodoru Ilić", "17-godišnju", "K.P.", "Teodori", "Teodorin", "Dragan Ilić", "063/889-1212", "Vizantijski bulevar 22"] {
            #expect(TestScan.covered(protected, in: text, by: findings), "\(protected)")
        }
        for kept in ["Marija Stevanović", "KT 112/25", "03.02.2025.", "14. januara 2025.", "Nenada Jovanovića", "Ana Kostić", "018/505-000", "pu.nis@mup.gov.rs", "500 evra", "Leskovca"] {
            #expect(!TestScan.touched(kept, in: text, by: findings), "\(kept)")
        }
    }

    @Test("an English news article: victim, his first name in a quote, a cousin; defendant, reporter, prosecutor stay")
    func article() throws {
        let text = Self.article
        let findings = try TestScan.findings(text)
        for protected in ["34-year-old", "Ramesh Thapa", "Ramesh", "Bikash", "Thapa"] {
            #expect(TestScan.covered(protected, in: text, by: findings, occurrence: protected == "Thapa" ? 1 : 0), "\(protected)")
        }
        for kept in ["Jelena Tomić", "Goran Mitić", "45", "Ivana Lukić", "Higher Court in Belgrade", "12 February 2025", "3 March", "Mitić's"] {
            #expect(!TestScan.touched(kept, in: text, by: findings), "\(kept)")
        }
    }

    @Test("relatives named after the victim, ijekavian cues, Croatian months, an upper-case heading, English relatives")
    func relativesAndVariants() throws {
        let text = """
            Majka oštećene Ane Perić, Zlata Perić, izjavila je da joj se kćerka nije javljala. Maloljetna M.K. (16) iz Tuzle smještena je u sigurnu kuću.

            OŠTEĆENA: JOVANA MARIĆ, rođena 7. svibnja 1999. u Splitu.

            The victim's mother, Sarah Jones, told the court that her daughter Mia (7) was taken to Vienna. Jones said she had not seen Mia since June.
            """
        let findings = try TestScan.findings(text)
        for protected in ["Ane Perić", "Zlata Perić", "M.K.", "16", "JOVANA MARIĆ", "7. svibnja 1999.", "Sarah Jones", "Mia"] {
            #expect(TestScan.covered(protected, in: text, by: findings), "\(protected)")
        }
        #expect(TestScan.finding(for: "Ane Perić", in: text, findings)?.party?.hasPrefix("victim") == true)
        for kept in ["Tuzle", "Splitu", "Vienna", "June"] { #expect(!TestScan.touched(kept, in: text, by: findings), "\(kept)") }
    }
}
