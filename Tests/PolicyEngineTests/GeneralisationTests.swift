import Testing
@testable import PolicyEngine

/// Mechanisms that make the engine generalise beyond the dev corpus (other people, wording and
/// document types). Every text here is invented for the test.
@Suite("Generalisation: ages, relatives, initials, contacts, identifiers")
struct GeneralisationTests {
    // MARK: Ages

    @Test("ages written in words, after 'stara/staru', in an apposition bracket, and as nouns", arguments: [
        ("Svedokinja je rekla da u kafani radi i jedna devojka od petnaest godina.", "petnaest godina"),
        ("Оштећена Ј.П., стару 14 година, довео је у стан.", "14 година"),
        ("Oštećeni Z.R. (Zoran Radić, 17 god.) nije došao.", "17 god."),
        ("Upoznao je maloljetnu S.V., tada sedamnaestogodišnjakinju, koju je optuženi odveo u Zenicu.", "sedamnaestogodišnjakinju"),
        ("The recruiter approached a sixteen-year-old girl outside the school.", "sixteen-year-old"),
        ("She was only fourteen years old when she was taken to Belgrade.", "fourteen years old"),
    ])
    func ages(text: String, age: String) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(age, in: text, by: findings), "\(age)")
    }

    @Test("durations and a kept person's age stay", arguments: [
        ("Osuđen je na kaznu zatvora od šesnaest godina.", "šesnaest godina"),
        ("Izrečena je kazna zatvora od 12 godina.", "12 godina"),
        ("He was sentenced to fifteen years in prison.", "fifteen years"),
        ("Pedesetogodišnji okrivljeni Ranko Babić nije prisustvovao.", "Pedesetogodišnji"),
    ])
    func durations(text: String, kept: String) throws {
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched(kept, in: text, by: findings), "\(kept)")
    }

    // MARK: Relatives and the names of victims

    @Test("a relative behind a feminine possessive is the victim's, even after a male defendant", arguments: [
        ("Oštećena Vesna K. je izjavila da se bojala jer je okrivljeni pretio njenoj sestri i starijem bratu Nenadu.", "Nenadu"),
        ("Оштећена Д.Л. се плашила да ће окривљени наудити њеној мајци Снежани.", "Снежани"),
        ("Oštećena je rekla da okrivljeni zna gde žive njen otac Ljubomir i majka.", "Ljubomir"),
    ])
    func relativesOfVictims(text: String, name: String) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(name, in: text, by: findings), "\(name)")
    }

    @Test("a child the victim and the defendant share is protected; a defendant's own brother is not")
    func sharedChild() throws {
        let shared = "Oštećena, sa kojom okrivljeni ima ćerku Milicu, trpela je pretnje."
        #expect(TestScan.covered("Milicu", in: shared, by: try TestScan.findings(shared)))
        let own = "Okrivljeni Goran Tadić je sa svojim bratom Zoranom prevozio robu.\n\nOštećena S.M. je kasnije dala iskaz."
        #expect(!TestScan.touched("Zoranom", in: own, by: try TestScan.findings(own)))
    }

    @Test("a full name in brackets after initials with the same letters joins that person", arguments: [
        ("Oštećena D.P. (Dragana Pešić, 22 god.) je saslušana. Dragana je plakala.", ["Dragana Pešić", "Dragana"]),
        ("The third injured party, N.V.H., whose name (Nguyễn Văn Hải) was read out, left. Mr Hải did not return.", ["Nguyễn Văn Hải", "Hải"]),
    ])
    func fullNameOfInitials(text: String, names: [String]) throws {
        let findings = try TestScan.findings(text)
        for name in names { #expect(TestScan.covered(name, in: text, by: findings), "\(name)") }
    }

    @Test("a bracket whose words do not spell the initials is no alias")
    func bracketNotInitials() throws {
        let text = "Oštećena D.P. (Novi Pazar, 2021) je saslušana."
        #expect(!TestScan.touched("Novi Pazar", in: text, by: try TestScan.findings(text)))
    }

    @Test("a name addressed at the start of a quoted message is the given name of the protected initials", arguments: [
        "Maloletna K.S. je potvrdila da joj je okrivljeni pisao: „Katarina, dođi večeras sama.“",
        "Малолетна К.С. је навела да јој је писао: „Катарина, не говори никоме.“",
    ])
    func quotedVocative(text: String) throws {
        let findings = try TestScan.findings(text)
        let name = text.contains("Катарина") ? "Катарина" : "Katarina"
        #expect(TestScan.covered(name, in: text, by: findings))
    }

    @Test("initials right after a minor cue are a person even when they spell an abbreviation", arguments: [
        ("Окривљени је врбовао малолетну П.М., ученицу.", "П.М."),
        ("Okrivljeni je vrbovao maloletnu A.M. preko aplikacije.", "A.M."),
    ])
    func initialsAfterCue(text: String, initials: String) throws {
        #expect(TestScan.covered(initials, in: text, by: try TestScan.findings(text)))
    }

    @Test("a given name after a capitalised sentence opener is still the registered person")
    func givenNameAfterOpener() throws {
        let text = "Dan kasnije smo je smestili. Klijentkinji Priyanki je potrebna pomoć."
        let parties = [Party(role: "victim", name: "Priyanka Sharma", aliases: [], identifiers: [])]
        #expect(TestScan.covered("Priyanki", in: text, by: try TestScan.findings(text, parties: parties)))
    }

    // MARK: Keep: defendants, organisations, towns

    @Test("a defendant sharing a protected witness's surname stays, in a sentence and under a defendant column")
    func sharedSurname() throws {
        let text = """
            Termin\tOkrivljeni\tSudija
            09:00\tPetar Lukić\tMira Ilić

            Zaštićeni svedok je Jovana Lukić. Ona nije u srodstvu sa okrivljenim Petrom Lukićem.
            """
        let parties = [Party(role: "protected-witness", name: "Jovana Lukić", aliases: [], identifiers: [])]
        let findings = try TestScan.findings(text, parties: parties)
        #expect(TestScan.covered("Jovana Lukić", in: text, by: findings))
        #expect(!TestScan.touched("Petar Lukić", in: text, by: findings))
        #expect(!TestScan.touched("Petrom Lukićem", in: text, by: findings))
    }

    @Test("a victim word inside an organisation's name introduces nobody")
    func organisationName() throws {
        let text = "Upućeno: Udruženje za pomoć žrtvama nasilja, Kragujevac\nSlučaj je prijavljen 3. maja."
        #expect(!TestScan.touched("Kragujevac", in: text, by: try TestScan.findings(text)))
    }

    @Test("an organisation's letterhead and contact line stay; a person's own phone stays redacted")
    func organisationContacts() throws {
        let text = """
            CENTAR ZA PODRŠKU – SUPPORT HUB

            Kneza Miloša 45, 11000 Beograd · tel. +381 11 555 0192

            Klijentkinja je dala izjavu o događaju.

            Contact: office.team@supporthub.rs · +381 11 555 0193
            """
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched("Kneza Miloša 45", in: text, by: findings))
        #expect(!TestScan.touched("+381 11 555 0192", in: text, by: findings))
        #expect(!TestScan.touched("+381 11 555 0193", in: text, by: findings))
        #expect(!TestScan.touched("office.team@supporthub.rs", in: text, by: findings))
    }

    @Test("an e-mail at the domain of an organisation named in the text stays; a private one does not")
    func organisationDomain() throws {
        let text = "Izveštaj je sačinila Nada Kovač iz organizacije Novi Most Pomoći. Kontakt: nada.kovac@novimostpomoci.org, a oštećena je koristila adresu zlatica.r88@gmail.com."
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched("nada.kovac@novimostpomoci.org", in: text, by: findings))
        #expect(TestScan.covered("zlatica.r88@gmail.com", in: text, by: findings))
    }

    @Test("a phone word owned by a person outweighs an institution in the same sentence", arguments: [
        ("Poziv ide preko zamenika tužioca, a lični telefon svedokinje 063/448-2917 ne upisivati.", "063/448-2917"),
        ("The court's register lists the workers' phone numbers, for example +84 912 448 301.", "+84 912 448 301"),
        ("Prema službeniku policije, telefon oštećene 065 219 3308 bio je isključen.", "065 219 3308"),
    ])
    func privatePhone(text: String, phone: String) throws {
        #expect(TestScan.covered(phone, in: text, by: try TestScan.findings(text)))
    }

    // MARK: Identifiers

    @Test("a Bosnian account 3-3-8-2 with a valid control pair; an invalid one stays")
    func bosnianAccount() throws {
        // 161-000-00123456-?? with the MOD 97-10 pair computed here: 98 - (n·100 mod 97).
        let body = "16100000123456"
        var remainder = 0
        for c in body + "00" { remainder = (remainder * 10 + Int(String(c))!) % 97 }
        let pair = String(format: "%02d", 98 - remainder)
        let valid = "161-000-00123456-\(pair)"
        let invalid = "161-000-00123456-\(pair == "11" ? "12" : "11")"
        let text = "Novac je uplaćen na račun broj \(valid), a ne na \(invalid)."
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(valid, in: text, by: findings))
        #expect(!TestScan.touched(invalid, in: text, by: findings))
    }

    @Test("a registered identifier is found however its digits are grouped")
    func regroupedIdentifier() throws {
        let text = "Broj lične karte: 7301 5528 4410; isti broj 7301-5528-4410 i 730155284410."
        let parties = [Party(role: "victim", name: "Anita Rao", aliases: [], identifiers: ["730155284410"])]
        let findings = try TestScan.findings(text, parties: parties)
        for form in ["7301 5528 4410", "7301-5528-4410", "730155284410"] {
            #expect(TestScan.covered(form, in: text, by: findings), "\(form)")
        }
    }

    @Test("a passport column named in two words gives its cells the category", arguments: [
        "Ime\tPutna isprava\tDržava\nRadha Thapa\tNP1183920\tNepal\n",
        "Име\tПутна исправа\tДржава\nРадха Тапа\tNP1183920\tНепал\n",
        "Name\tTravel document\tCountry\nRadha Thapa\tNP1183920\tNepal\n",
    ])
    func passportColumn(text: String) throws {
        let findings = try TestScan.findings(text)
        #expect(findings.contains { $0.text == "NP1183920" && $0.category == "passport-number" })
    }

    // MARK: Explanations

    @Test("an explanation names each form and each context word once")
    func explanationOnce() throws {
        let text = "Oštećena Mirela Dobrić Stanić je pobegla."
        let findings = try TestScan.findings(text)
        let finding = try #require(TestScan.finding(for: "Mirela Dobrić Stanić", in: text, findings))
        let matched = finding.explanation.matched
        #expect(!matched.contains(" + nominative of a name found after a cue + nominative"), "\(matched)")
        let words = finding.explanation.context.map(\.word)
        #expect(Set(words).count == words.count)
    }
}

/// Without a case file: what the text itself says about who is protected.
@Suite("Generalisation without a case file: forms, pseudonyms, initials, other countries' numbers")
struct GeneralisationWithoutCaseTests {
    @Test("the value of a name field in a client's or victim's section is protected; in a defendant's section it is not")
    func formFields() throws {
        let text = """
            Part 1 – Client / Klijentkinja

            Full name / Ime i prezime\tMaribel SANTOS Cruz
            Nationality\tPhilippines

            Part 2 – Suspect / Osumnjičeni

            Full name\tGoran Ilić

            Ms Santos was moved to a shelter.
            """
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered("Maribel SANTOS Cruz", in: text, by: findings))
        #expect(TestScan.covered("Ms Santos", in: text, by: findings) || TestScan.covered("Santos", in: text, by: findings))
        #expect(!TestScan.touched("Goran Ilić", in: text, by: findings))
    }

    @Test("a colon label works too: 'Ime i prezime: …' under a victim's heading")
    func colonField() throws {
        let text = "Podaci o oštećenoj\nIme i prezime: Jasmina Todorović\nAdresa: nepoznata\n"
        #expect(TestScan.covered("Jasmina Todorović", in: text, by: try TestScan.findings(text)))
    }

    @Test("the real name behind a quoted pseudonym", arguments: [
        "Zaštićeni svedok „Vrabac“ je Nikolina Perišić; Perišić se plaši okrivljenog.",
        "The protected witness 'Falcon' is Irina Bondar, and Bondar lives abroad.",
    ])
    func pseudonym(text: String) throws {
        let findings = try TestScan.findings(text)
        let surname = text.contains("Perišić") ? "Perišić" : "Bondar"
        #expect(TestScan.covered(surname, in: text, by: findings, occurrence: 0))
        #expect(TestScan.covered(surname, in: text, by: findings, occurrence: 1))
    }

    @Test("a full name whose first letters spell a victim's three initials, and its given name alone")
    func fullNameOfThreeInitials() throws {
        let text = "The injured party, N.T.Đ., testified first. Later the clerk read out her full name, Nguyễn Thu Đào, by mistake. Ms Đào left the room."
        let findings = try TestScan.findings(text)
        for name in ["N.T.Đ.", "Nguyễn Thu Đào", "Đào"] { #expect(TestScan.covered(name, in: text, by: findings), "\(name)") }
    }

    @Test("Croatian OIB and Aadhaar numbers with a valid check after their name; invalid ones and unnamed ones stay", arguments: [
        ("OIB: 69381027458, s prebivalištem u Splitu.", "69381027458", true),
        ("OIB: 69381027459, s prebivalištem u Splitu.", "69381027459", false),
        ("Aadhaar\t3918 4027 5612\nPhone\t—", "3918 4027 5612", true),
        ("Aadhaar no. 391840275613 was shown.", "391840275613", false),
        ("Reference 69381027458 of the ministry.", "69381027458", false),
    ])
    func checkedNumbers(text: String, number: String, flagged: Bool) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(number, in: text, by: findings) == flagged, "\(number)")
    }

    @Test("a cue written as an inflected phrase ('upisana kao', 'poznata kao') introduces the name")
    func inflectedPhraseCues() throws {
        let text = "Oštećena Olena Marchenko (u pasošu upisana kao OLENA MARCHENKO-SHEVCHUK) dala je iskaz."
        #expect(TestScan.covered("OLENA MARCHENKO-SHEVCHUK", in: text, by: try TestScan.findings(text)))
    }

    @Test("a phone right after an organisation's address on the same line stays")
    func phoneAfterOrganisationMail() throws {
        let text = "Izveštaj: Mreža Novi Put\nKoordinatorka: Vesna Lazić, vesna.lazic@mrezanoviput.rs · +381 11 404 7722\n"
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched("+381 11 404 7722", in: text, by: findings))
        #expect(!TestScan.touched("vesna.lazic@mrezanoviput.rs", in: text, by: findings))
    }
}
