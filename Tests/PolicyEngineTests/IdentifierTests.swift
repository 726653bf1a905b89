import Testing
@testable import PolicyEngine

/// Each row: a sentence, the text that must be covered (nil: nothing in `decoy` may be touched),
/// and the category it must be reported as.
@Suite("Identifier detectors, table-driven")
struct IdentifierTests {
    static func check(_ text: String, covered: String?, category: Category?, decoy: String? = nil) throws {
        let findings = try TestScan.findings(text)
        if let covered {
            #expect(TestScan.covered(covered, in: text, by: findings), "\(covered) in \(text)")
            if let category { #expect(TestScan.finding(for: covered, in: text, findings)?.category == category, "\(covered)") }
        }
        if let decoy { #expect(!TestScan.touched(decoy, in: text, by: findings), "decoy \(decoy) in \(text)") }
    }

    @Test("national identity numbers", arguments: [
        ("JMBG 1505990710013, rođena u Nišu", "1505990710013", true),
        ("JMBG 1505990710014 (pogrešan kontrolni broj)", "1505990710014", false),
        ("LK NR Kine 11010519491231002X", "11010519491231002X", true),
        ("LK 11010519491231002Y", "11010519491231002", false),
    ])
    func nationalIDs(text: String, number: String, valid: Bool) throws {
        try Self.check(text, covered: valid ? number : nil, category: .nationalID, decoy: valid ? nil : number)
    }

    @Test("bank accounts and cards", arguments: [
        ("uplata na račun RS70 2651 0000 0012 3456 78 kod banke", "RS70 2651 0000 0012 3456 78", true),
        ("uplata na račun RS71 2651 0000 0012 3456 78 kod banke", "RS71 2651 0000 0012 3456 78", false),
        ("tekući račun oštećene 205-0009876543210-61", "205-0009876543210-61", true),
        ("tekući račun oštećene 205-9876543210-61", "205-9876543210-61", true),
        ("tekući račun 205-0009876543210-62", "205-0009876543210-62", false),
        ("her card 4111 1111 1111 1111 was kept", "4111 1111 1111 1111", true),
        ("her card 4111 1111 1111 1112 was kept", "4111 1111 1111 1112", false),
    ])
    func accounts(text: String, number: String, valid: Bool) throws {
        try Self.check(text, covered: valid ? number : nil, category: .bankAccount, decoy: valid ? nil : number)
    }

    @Test("phone numbers in national and international forms", arguments: [
        "kontakt telefon 065/123-4567", "tel. +381 65 123 4567", "mob. +381 (0)65 123 4567", "broj 064 123 4567",
        "tel. 011 3221 456", "+387 61 234 567", "+385 91 234 5678", "+382 67 123 456", "+86 138 0013 8000",
        "her Chinese number 138 0013 8000", "+84 90 123 4567", "call (212) 555-0147", "+1 (212) 555-0147",
        "+44 20 7946 0958", "UK mobile 07700 900123", "+91 98154 30276",
    ])
    func phones(text: String) throws {
        let number = String(text.drop { !$0.isNumber && $0 != "+" && $0 != "(" })
        try Self.check("Oštećena je navela: \(text).", covered: number, category: .phone)
    }

    @Test("numbers that are not phones stay", arguments: [
        "predmet KT 45/24 od 12.04.2024. godine", "iznos od 1.200.000,00 dinara", "broj 03-112/24", "T09 0 KT 0112358 24",
        "člana 388 stav 1", "u 23:40 časova", "godine 2023 i 2024", "Su VIII 43-118/24",
    ])
    func notPhones(text: String) throws {
        let findings = try TestScan.findings(text)
        #expect(findings.isEmpty, "\(findings.map(\.text))")
    }

    @Test("public contact numbers of institutions stay")
    func institutionalPhones() throws {
        let text = "Prijave na besplatni broj 0800 200 300.\nKontakt za medije: portparol suda\nTel: +381 11 123 4567\nOštećena je dala broj 064 555 1234."
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched("0800 200 300", in: text, by: findings))
        #expect(!TestScan.touched("+381 11 123 4567", in: text, by: findings))
        #expect(TestScan.covered("064 555 1234", in: text, by: findings))
    }

    @Test("passports by format, or by context", arguments: [
        ("broj pasoša E12345678", "E12345678", true), ("pasoš EA1234567", "EA1234567", true), ("passport G12345678", "G12345678", true),
        ("Vietnamese passport C1234567", "C1234567", true), ("broj pasoša 012345678", "012345678", true),
        ("broj predmeta 012345678", "012345678", false),
    ])
    func passports(text: String, number: String, found: Bool) throws {
        try Self.check(text, covered: found ? number : nil, category: .passportNumber, decoy: found ? nil : number)
    }

    @Test("e-mail addresses of people, not of institutions", arguments: [
        ("Oštećena koristi adresu marija.p.1990@gmail.com za kontakt.", "marija.p.1990@gmail.com", true),
        ("Pitanja šaljite na press@sud.rs ili info@ngo.org.", "press@sud.rs", false),
        ("From: Ana Ilić <ana@ilic-advokat.rs>\nTo: sud", "ana@ilic-advokat.rs", false),
    ])
    func emails(text: String, address: String, found: Bool) throws {
        try Self.check(text, covered: found ? address : nil, category: .email, decoy: found ? nil : address)
    }

    @Test("social-media handles", arguments: [
        ("Na Instagramu koristi nalog @lola.bg_92.", "@lola.bg_92", true), ("WeChat: chen_hui88", "chen_hui88", true),
        ("Zalo (lien.tran95)", "lien.tran95", true), ("poruku na Viber, pisanu latinicom", "pisanu", false),
    ])
    func handles(text: String, handle: String, found: Bool) throws {
        try Self.check(text, covered: found ? handle : nil, category: .socialHandle, decoy: found ? nil : handle)
    }

    @Test("vehicle plates")
    func plates() throws {
        try Self.check("vozilom reg. oznake NI 123-AB i ŠA 4567-CD", covered: "NI 123-AB", category: .vehiclePlate)
        try Self.check("vozilom reg. oznake NI 123-AB i ŠA 4567-CD", covered: "ŠA 4567-CD", category: .vehiclePlate)
        try Self.check("predmet KU 312/24", covered: nil, category: nil, decoy: "KU 312/24")
    }

    @Test("street addresses: private ones go, institutions' stay", arguments: [
        ("sa prebivalištem u Nišu, Vojvode Mišića 14, zaposlena", "Vojvode Mišića 14", true),
        ("nastanjena u Zaječaru, ul. Kralja Milana 12", "ul. Kralja Milana 12", true),
        ("настањена у Зајечару, ул. Краља Милана 12", "ул. Краља Милана 12", true),
        ("oštećena stanuje u ulici Cvijićeva 7/3", "Cvijićeva 7/3", true),
        ("smeštaj: Naselje Jug bb, Bor", "Naselje Jug bb", true),
        ("She lives at 12 Baker Street with her aunt.", "12 Baker Street", true),
        ("VIŠI SUD U NIŠU\nPrvomajska 5\n18000 Niš", "Prvomajska 5", false),
        ("prema članu 388 stav 1 Krivičnog zakonika", "388", false),
    ])
    func addresses(text: String, address: String, found: Bool) throws {
        try Self.check(text, covered: found ? address : nil, category: .streetAddress, decoy: found ? nil : address)
    }

    @Test("dates of birth under a birth word; other dates stay", arguments: [
        ("rođena 5. juna 2001. godine u Nišu", "5. juna 2001.", true), ("рођен 03.04.1990. године", "03.04.1990.", true),
        ("rođen 3. 4. 1990. godine", "3. 4. 1990.", true), ("She was born on 7 May 1992 in Hanoi.", "7 May 1992", true),
        ("date of birth: 1990-05-07", "1990-05-07", true), ("born 17/12/2005", "17/12/2005", true),
        ("DOB August 5, 1995", "August 5, 1995", true), ("rođenog 1991. godine", "1991.", true),
        ("Glavni pretres je zakazan za 5. jun 2024. godine.", "5. jun 2024.", false),
        ("The hearing is set for 7 May 2024.", "7 May 2024", false),
    ])
    func datesOfBirth(text: String, date: String, found: Bool) throws {
        try Self.check(text, covered: found ? date : nil, category: .dateOfBirth, decoy: found ? nil : date)
    }

    @Test("ages of protected people; durations and defendants' ages stay", arguments: [
        ("vrbovao je 17-godišnju Anu", "17-godišnju", true), ("врбовао је 17-годишњу Ану", "17-годишњу", true),
        ("a 16-year-old girl from Hanoi", "16-year-old", true), ("oštećena ima 19 godina", "19 godina", true),
        ("petnaestogodišnja devojčica", "petnaestogodišnja", true), ("The child is 6 years old.", "6 years old", true),
        ("osuđen je na kaznu zatvora od 5 godina", "5 godina", false), ("51-godišnji okrivljeni Petrović", "51-godišnji", false),
    ])
    func ages(text: String, age: String, found: Bool) throws {
        try Self.check(text, covered: found ? age : nil, category: .age, decoy: found ? nil : age)
    }
}
