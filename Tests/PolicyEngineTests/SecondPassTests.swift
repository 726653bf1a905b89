import Testing
@testable import PolicyEngine

/// Mechanisms of the second quality pass: plates, address units, free-phone numbers, names that
/// are common words, nicknames introduced in the text, discovered people's single names and
/// relatives behind a possessive. Every text here is invented for the test.
@Suite("Second pass: plates, address units, helplines, common words, nicknames, relatives")
struct SecondPassTests {
    // MARK: Vehicle plates

    @Test("Bosnian, Croatian and Montenegrin plates, also in Cyrillic look-alike letters", arguments: [
        ("Oštećenu je vozio u automobilu registarskih oznaka T21-K-908 do Bihaća.", "T21-K-908"),
        ("Возило регистарских ознака М63-А-114 паркирано је испред куће оштећене.", "М63-А-114"),
        ("Oštećena je ušla u vozilo s tablicama E05 J 731 ispred škole.", "E05 J 731"),
        ("Žrtvu je prevezao automobilom registarskih oznaka ST 4471-KD.", "ST 4471-KD"),
        ("The victim was driven away in a car with the plate PG AB 482.", "PG AB 482"),
    ])
    func plates(text: String, plate: String) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(plate, in: text, by: findings), "\(plate)")
    }

    @Test("letter-digit codes that are no plates stay", arguments: [
        ("Predmet K12-B-345/2024 upisan je u registar.", "K12-B-345"),
        ("The hearing of case PG AB 482 was adjourned.", "PG AB 482"),
        ("Model X12-Q-300 was recalled.", "X12-Q-300"),
    ])
    func notPlates(text: String, kept: String) throws {
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched(kept, in: text, by: findings), "\(kept)")
    }

    // MARK: Address units

    @Test("a flat, entrance, floor or apartment after a street address belongs to it", arguments: [
        ("Oštećena je živjela u ulici Kralja Tvrtka 18, ulaz 3, stan 11, u Zenici.", "Kralja Tvrtka 18, ulaz 3, stan 11"),
        ("Оштећена станује у Улици Цара Душана 40, стан 7.", "Цара Душана 40, стан 7"),
        ("Oštećena stanuje na adresi Vojvođanska 22/IV kod rođaka.", "Vojvođanska 22/IV"),
        ("The victim lived at 41 Harbour Road, flat 6, with two other women.", "41 Harbour Road, flat 6"),
        ("The victim was found at 9 Station Street apt. 12 in the morning.", "9 Station Street apt. 12"),
    ])
    func addressUnits(text: String, address: String) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(address, in: text, by: findings), "\(address)")
    }

    // MARK: Free-phone numbers

    @Test("free-phone helplines stay; a victim's mobile is redacted", arguments: [
        ("Oštećena je pozvala SOS liniju 0800 222 111 iz stana okrivljenog.", "0800 222 111", false),
        ("The victim was given the helpline 0808 800 5000 by the officer.", "0808 800 5000", false),
        ("The modern slavery line +44 800 012 1700 was informed.", "+44 800 012 1700", false),
        ("Oštećena je koristila broj 065 318 44 90 do hapšenja.", "065 318 44 90", true),
    ])
    func freePhones(text: String, number: String, redacted: Bool) throws {
        let findings = try TestScan.findings(text)
        if redacted {
            #expect(TestScan.covered(number, in: text, by: findings), "\(number)")
        } else {
            #expect(!TestScan.touched(number, in: text, by: findings), "\(number)")
        }
    }

    // MARK: Names that are common words

    @Test("a name that is a common word opening a sentence before an impersonal verb is the word")
    func commonWordNames() throws {
        let parties = [Party(role: "victim", name: "Zora Kovač", aliases: [], identifiers: [])]
        let text = "Oštećena Zora Kovač je saslušana. „Zora sviće i nad ovim gradom“, rekao je sudija. Zora je potom plakala."
        let findings = try TestScan.findings(text, parties: parties)
        #expect(!TestScan.touched("Zora", in: text, by: findings, occurrence: 1))
        #expect(TestScan.covered("Zora", in: text, by: findings, occurrence: 2))
        let english = "The victim, Hope Adeyemi, gave evidence. Hope remains for victims like her, said the officer. Hope cried."
        let found = try TestScan.findings(english, parties: [Party(role: "victim", name: "Hope Adeyemi", aliases: [], identifiers: [])])
        #expect(!TestScan.touched("Hope", in: english, by: found, occurrence: 1))
        #expect(TestScan.covered("Hope", in: english, by: found, occurrence: 2))
    }

    // MARK: Nicknames, family members and relatives behind a possessive

    @Test("a nickname a cue introduces is tracked in every case, the owner named before or after it", arguments: [
        ("Kontakt je sačuvan pod imenom „Beba“, a koristi ga oštećena Milica Rakić.\n\n[12.03.2024. 20:11] Dule: Bebo gde si?", "Bebo", 0),
        ("Оштећену Драгану Симић у клубу су звали „Гага“. Гаги је власник рекао да ћути.", "Гаги", 0),
        ("The victim, Maria Popescu, said the men called her 'Lucky'. Lucky was made to work every night.", "Lucky", 1),
        ("The injured party Anh Tran, known as Kim, worked at the salon. The manager told Kim to stay.", "Kim", 1),
        ("Oštećena Ivana Kos, poznata kao Iki, radila je u baru. Iki je tada imala 17 godina.", "Iki", 1),
        ("Oštećena Vera Kalić je saslušana 2. aprila. Potvrdila je da je „Bubi“ njen nadimak. Bubi je radila u baru.", "Bubi", 1),
        ("The victim, Ana Popa, said that 'Star' was her nickname at the club. Star was paid nothing.", "Star", 1),
        ("The injured party, Lea Moraru, went by Kiki at the flat. The men told Kiki to stay inside.", "Kiki", 1),
    ])
    func nicknames(text: String, name: String, occurrence: Int) throws {
        try expectCovered(text, name, occurrence)
    }

    @Test("a nickname cue with no protected person near it adds nobody")
    func nicknameOfNobody() throws {
        let text = "Okrivljeni Dragan Popović, zvani „Kiza“, vozio je kamion. Kiza je priznao krivicu."
        #expect(!TestScan.touched("Kiza", in: text, by: try TestScan.findings(text), occurrence: 1))
    }

    @Test("another given name before a protected person's surname is a family member tracked on its own", arguments: [
        ("Oštećena Ana Perić je saslušana 3. maja. Na ročište je došla i Zlata Perić, koja je plakala. Zlata je rekla da nije znala ništa.", "Zlata", 1),
        ("Оштећена Ивана Лукић је саслушана. Са њом је била Љиљана Лукић из Ваљева. Љиљана је навела да је не виђа.", "Љиљана", 1),
    ])
    func familyMembers(text: String, name: String, occurrence: Int) throws {
        try expectCovered(text, name, occurrence)
    }

    @Test("a relative introduced by a possessive of the previous sentence's protected person", arguments: [
        ("Oštećena Amra H. je pobjegla iz stana. Njen brat Edin je danima tražio sestru.", "Edin"),
        ("The victim, Grace Oduya, left the flat in May. Her brother Tom stayed in Leeds.", "Tom"),
        ("Оштећена Ј.М. је напустила кућу. Њена мајка Даница је пријавила нестанак.", "Даница"),
    ])
    func possessiveRelatives(text: String, name: String) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(name, in: text, by: findings), "\(name)")
    }

    @Test("a regular short form of a protected given name, quoted or addressed in a chat, is tracked in every case", arguments: [
        ("Oštećena Milica Jović je saslušana.\n\n[03.05.2024. 22:10] Žile: Mico gde si\n[03.05.2024. 22:14] Žile: Mici sam poslao novac", "Mici", 0),
        ("Оштећена Слободанка Ерић је саслушана. Газда јој је рекао: „Слоба, дај пасош.“ Слоби је узео и телефон.", "Слоби", 0),
        ("The victim Dušanka Ilić was found at the bar. \"Duška, come here\", the owner shouted. Duška was 17 at the time.", "Duška", 1),
    ])
    func hypocoristics(text: String, name: String, occurrence: Int) throws {
        try expectCovered(text, name, occurrence)
    }

    @Test("a short form with no sign of use as a name is not tracked")
    func hypocoristicWithoutEvidence() throws {
        let text = "Oštećena Milica Jović je saslušana. U zapisniku se spominje firma Mica Trade iz Niša."
        #expect(!TestScan.touched("Mica", in: text, by: try TestScan.findings(text)))
    }

    // MARK: Names given in a statement

    @Test("a name the text says is hers, or letters it will call her by, identify a person", arguments: [
        ("An interpreter, Olga RUSU, assisted.\n\nShe told me that her name was Daria LUPU and that she was 20. Daria then cried.", "Daria", 1),
        ("I spoke to a woman whom, for her safety, I will refer to as KM.\n\nKM said that she had been kept in a flat.", "KM", 1),
        ("Djevojka je policiji rekla: ime joj je Sanela Hodžić. Sanela je potom zaspala.", "Sanela", 1),
    ])
    func statedNames(text: String, name: String, occurrence: Int) throws {
        try expectCovered(text, name, occurrence)
    }

    @Test("a defendant's name given in the same sentence stays")
    func defendantStatedName() throws {
        let text = "The defendant told the officer that his name was Petru GRECU. Petru was then arrested."
        #expect(!TestScan.touched("Petru GRECU", in: text, by: try TestScan.findings(text)))
    }

    private func expectCovered(_ text: String, _ name: String, _ occurrence: Int) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(name, in: text, by: findings, occurrence: occurrence), "\(name)")
    }
}
