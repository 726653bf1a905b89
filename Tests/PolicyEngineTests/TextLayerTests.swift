import Testing
@testable import PolicyEngine

/// What a PDF's text layer does to a document — cells joined by spaces, headers wrapped over
/// several lines, numbers and names broken at a line end, running footers — and what the engine
/// must still find in it. Every text here is invented for the test.
@Suite("The engine on text as PDFs lay it out")
struct TextLayerTests {
    @Test("a birth-date column of a table without TABs governs the dates of its rows, not the other date column", arguments: [
        // Header on one line, one row per line.
        ("Podaci o oštećenima\nIme i prezime Datum rođenja Telefon Datum saslušanja\nMaja Kerić 14.02.2001. 061 224 7781 03.04.2024.\nIvana Pap 1999-08-30 — 05.04.2024.\n",
         ["14.02.2001.", "1999-08-30"], ["03.04.2024.", "05.04.2024."]),
        // Header wrapped over lines ("Datum⏎rođenja"), numbered rows wrapped too.
        ("Spisak žrtava\nR.br. Ime Pol Datum\nrođenja Putna isprava Datum prijave\n1. Chen Yu Ž 07/03/1996 E71220934 12.01.2024.\n2. Vo Thi Lan Ž\n11.11.2003. C4410029 13.01.2024.\n",
         ["07/03/1996", "11.11.2003."], ["12.01.2024.", "13.01.2024."]),
        // Cyrillic, the year alone.
        ("Табела оштећених\nИме Датум рођења Држава\n1. Ана Лукић 1994 Србија\n",
         ["1994"], []),
        // English.
        ("Clients\nName Nationality Date of birth Date of referral\n1. Grace Okafor Nigeria 2 May 1998 4 March 2024\n",
         ["2 May 1998"], ["4 March 2024"]),
    ])
    func birthColumn(text: String, births: [String], kept: [String]) throws {
        let findings = try TestScan.findings(text)
        for date in births { #expect(findings.contains { $0.text == date && $0.category == "date-of-birth" }, "\(date)") }
        for date in kept { #expect(!TestScan.touched(date, in: text, by: findings), "\(date)") }
    }

    @Test("hearing dates in a schedule without a birth column stay")
    func scheduleDates() throws {
        let text = "Raspored suđenja\nDatum Sudnica Predmet\n1. 12.05.2024. 3 K 14/24\n2. 13.05.2024. 5 K 22/23\n"
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched("12.05.2024.", in: text, by: findings))
        #expect(!TestScan.touched("13.05.2024.", in: text, by: findings))
    }

    @Test("a passport column whose header is wrapped gives the codes under it their category")
    func passportColumnWrapped() throws {
        let text = "Popis oštećenih\nR.br. Ime i prezime Putna\nisprava (pasoš) Država\n1. Amina Rahman KP2281940 Bangladeš\n2. Oleh Shevchenko FE551203 Ukrajina\n"
        let findings = try TestScan.findings(text)
        #expect(findings.contains { $0.text == "KP2281940" && $0.category == "passport-number" })
        #expect(findings.contains { $0.text == "FE551203" && $0.category == "passport-number" })
    }

    @Test("names in numbered rows of a victims' table without TABs are tracked")
    func tableNames() throws {
        let text = "Tabela oštećenih lica\nR.br. Prezime i ime Datum rođenja Telefon\n1. HOSSAIN Karim 1991-02-11 +880 1711 220 334\n2. TAMANG Bishnu 1988-10-05 +977 984 110 2233\n\nOštećeni Hossain je pobegao."
        let findings = try TestScan.findings(text)
        for name in ["HOSSAIN Karim", "TAMANG Bishnu", "Hossain"] { #expect(TestScan.covered(name, in: text, by: findings), "\(name)") }
    }

    @Test("numbers broken by a line wrap are whole", arguments: [
        ("Her new number is +381 63\n812 4470 and she uses it daily.", "+381 63\n812 4470"),
        ("Wages went to her account RS35 2650 0000\n0012 3456 71 at the bank.", ""),
    ])
    func wrappedNumbers(text: String, phone: String) throws {
        let findings = try TestScan.findings(text)
        if !phone.isEmpty { #expect(TestScan.covered(phone, in: text, by: findings)) }
    }

    @Test("an international number joined to the next cell's date is cut before the date", arguments: [
        ("1. Rina Ahmed +880 1712 334455 14.03.2024. prijavila", "+880 1712 334455", "14.03.2024."),
        ("2. Aziz Karimov +998 93 512 44 10 02.02.2024. —", "+998 93 512 44 10", "02.02.2024."),
    ])
    func phoneBeforeDate(text: String, phone: String, date: String) throws {
        let findings = try TestScan.findings(text)
        #expect(TestScan.covered(phone, in: text, by: findings))
        #expect(!TestScan.touched(date, in: text, by: findings))
    }

    @Test("a mobile after a JMBG in the cell before is a phone")
    func mobileAfterJMBG() throws {
        let text = "Oštećena Sara Nikolić, JMBG 0103995715024 064/318-2290, Beograd."
        #expect(TestScan.covered("064/318-2290", in: text, by: try TestScan.findings(text)))
    }

    @Test("a relative's name on the line after the cue, and a name wrapped at a line end", arguments: [
        ("Oštećena je izjavila da njena majka,\nRadmila Kostić, živi sama.", "Radmila Kostić"),
        ("The injured party said that her brother, Tran\nVan Long, was also threatened.", "Tran\nVan Long"),
    ])
    func wrappedNames(text: String, name: String) throws {
        #expect(TestScan.covered(name, in: text, by: try TestScan.findings(text)))
    }

    @Test("a heading after a cue at a line end is no name")
    func headingAfterCue() throws {
        let text = "Potvrđena optužnica zbog iskorištavanja maloljetnice\nOpćinski sud u Mostaru potvrdio je optužnicu."
        #expect(!TestScan.touched("Općinski", in: text, by: try TestScan.findings(text)))
    }

    @Test("an address never runs into a running footer, and a row number is no house number")
    func footers() throws {
        let text = "Okrivljeni je oštećenoj Mileni\nStrana 1 od 3\nPetrović oduzeo ličnu kartu. Oštećeni iz Kine\n4. Zhang Wei"
        let findings = try TestScan.findings(text)
        #expect(!findings.contains { $0.category == "street-address" })
    }

    @Test("a letterhead below a capitalised heading in a PDF layout stays")
    func letterheadInPDF() throws {
        let text = "Sigurna kuća Kragujevac – izveštaj\nSIGURNA KUĆA KRAGUJEVAC\nKralja Petra 18, 34000 Kragujevac · tel. +381 34 556 120\nIZVEŠTAJ O PRIJEMU\nKlijentkinja je primljena 4. marta."
        let findings = try TestScan.findings(text)
        #expect(!TestScan.touched("Kralja Petra 18", in: text, by: findings))
        #expect(!TestScan.touched("+381 34 556 120", in: text, by: findings))
    }
}
