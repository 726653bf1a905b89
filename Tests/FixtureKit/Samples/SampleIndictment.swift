import BlacklineCore
import Foundation

/// The bundled sample (`samples/`): a fictional indictment of the Higher Public Prosecutor's
/// Office in Novi Sad, in Serbian Latin with a Cyrillic statement of reasons and an English
/// translation of the operative part. Every person, number and address in it is invented.
///
/// It exercises what redaction must handle: a Chinese victim in pinyin, Hanzi and Serbian
/// transcription (Latin and Cyrillic); a Vietnamese victim with tone marks and her transcriptions;
/// a local victim declined in five cases and as initials; a minor and her mother who are not in
/// the case file (findable only by role words); a relative abroad; JMBGs with valid control
/// digits, a Chinese resident ID, passports, phones, addresses, dates of birth in several styles;
/// defendants, a prosecutor, a judge, an inspector, an interpreter and a lawyer who must stay
/// readable. In the PDF one victim's surname is hyphenated at a line end and another victim's
/// name is broken by the page break (`layoutChecks` verifies both after typesetting).
///
/// `write(to:)` produces `indictment.pdf`, `indictment.txt` (the document text in the corpus
/// convention: paragraphs on single lines separated by blank lines, table cells separated by
/// TABs, no running headers) and `indictment.case.json` (the corpus case-registry format).
public enum SampleIndictment {
    /// A piece of the document.
    public enum Block: Sendable {
        /// Lines set as they are (letterhead, signature).
        case lines([String])
        /// A heading: level 1 centred, 2 and 3 left-aligned.
        case heading(String, level: Int)
        /// A paragraph; soft hyphens (U+00AD) mark the only places a word may be hyphenated.
        case paragraph(String)
        /// A table; the first row is the header.
        case table([[String]], columnWidths: [Double])
        /// Starts a new page in the PDF (nothing in the text).
        case pageBreak
    }

    public static let caseNumber = "KT 118/25"

    // Identifiers (JMBG control digits and the Chinese ID's ISO 7064 check character are valid).
    static let teodoraJMBG = "1106999805007"
    static let minorJMBG = "1411008805206"
    static let defendantJMBG = "0204981801304"
    static let liuPassport = "E61907342"
    static let liuResidentID = "530102199809233187"
    static let tranPassport = "C7351928"
    static let huangPassport = "EA4471920"

    /// The document, top to bottom.
    public static let blocks: [Block] = [
        .lines([
            "REPUBLIKA SRBIJA", "VIŠE JAVNO TUŽILAŠTVO U NOVOM SADU", caseNumber, "17.03.2025. godine", "N o v i  S a d",
        ]),
        .heading("VIŠEM SUDU U NOVOM SADU", level: 2),
        .paragraph("Na osnovu člana 43 stav 1 tačka 3 i člana 331 stav 1 Zakonika o krivičnom postupku, podižem"),
        .heading("O P T U Ž N I C U", level: 1),
        .paragraph("protiv"),
        .paragraph(
            "1. Nenada Gligorića, od oca Milorada i majke Dušanke, rođenog 02.04.1981. godine u Novom Sadu, JMBG \(defendantJMBG), sa prebivalištem u Novom Sadu, ul. Fruškogorska 9, vlasnika agencije za zapošljavanje „Panonija Staff“, neosuđivanog, nalazi se u pritvoru od 3. decembra 2024. godine po rešenju sudije za prethodni postupak Višeg suda u Novom Sadu Bojane Ostojić Kpp 204/24;"
        ),
        .paragraph(
            "2. HUANG Weia (黄伟), državljanina NR Kine, rođenog 19.08.1979. godine, broj pasoša \(huangPassport), direktora privrednog društva Panonija Tekstil d.o.o. iz Kaća, nalazi se u pritvoru od 3. decembra 2024. godine;"
        ),
        .heading("Z A T O   Š T O   S U :", level: 2),
        .paragraph(
            "U periodu od aprila 2024. godine do 3. decembra 2024. godine, u Novom Sadu i Kaću, kao saizvršioci, radi sticanja protivpravne imovinske koristi, vrbovali, prevozili, smeštali i skrivali druga lica, zloupotrebom teškog položaja oštećenih, zadržavanjem njihovih ličnih isprava i dugovnim ropstvom, radi eksploatacije njihovog rada i seksualne eksploatacije, na taj način što su:"
        ),
        .paragraph(
            "a) okrivljeni HUANG Wei je putem aplikacije WeChat vrbovao oštećenu LIU Meilan (刘美兰), državljanku NR Kine, rođenu 23.09.1998. godine u Kunmingu, broj pasoša \(liuPassport), broj lične karte NR Kine \(liuResidentID), obećavši joj posao šivačice sa mesečnom zaradom od 900 evra, nakon čega je oštećena dana 2. maja 2024. godine doputovala na aerodrom „Nikola Tesla“ u Beogradu, gde joj je okrivljeni Gligorić oduzeo pasoš „radi prijave boravka“, zatim je prevezao u Kać i smestio u montažni objekat u krugu fabrike na adresi Temerinski put 211, gde je oštećena LIU radila svakodnevno od 6 do 22 časa, a od zarade joj je okrivljeni HUANG zadržavao po 600 evra mesečno na ime „duga“ za troškove puta, dok joj je mobilni telefon broj +86 135 2047 8816 oduzet i vraćen tek 29. novembra 2024. godine;"
        ),
        .paragraph(
            "b) okrivljeni Nenad Gligorić je u junu 2024. godine u Novom Sadu vrbovao oštećenu Teodoru Vuković, rođenu 11.06.1999. godine u Novom Sadu, JMBG \(teodoraJMBG), sa prebivalištem u Novom Sadu, ul. Jovana Cvijića 14, stan 3, broj telefona 064/281-5530, koristeći okolnost da je oštećena ostala bez posla i da otplaćuje dug za lečenje oca, ponudivši joj posao recepcionerke u salonu „Lotos Spa“, pa ju je od jula 2024. godine prinuđivao na pružanje seksualnih usluga klijentima salona, uzimajući od nje sav prihod, uz pretnju da će njene intimne fotografije oštećene Teodore Vuko\u{AD}vić objaviti na društvenim mrežama, pri čemu je okrivljeni Gligorić oštećenoj Teodori Vuković zadržao ličnu kartu i platnu karticu;"
        ),
        .paragraph(
            "v) okrivljeni Gligorić je u septembru 2024. godine, znajući da se radi o maloletnom licu, vrbovao maloletnu A.S. (16), rođenu 14.11.2008. godine, JMBG \(minorJMBG), učenicu srednje škole iz Novog Sada, obećavši joj posao hostese na proslavama, pa ju je sa oštećenom Teodorom Vuković prevozio klijentima u Suboticu i Beograd, sve dok njena majka Slavica Simić, broj telefona 063/412-7790, nije 1. oktobra 2024. godine prijavila policiji nestanak ćerke, posle čega je maloletna Anja pronađena u stanu u Kaću;"
        ),
        .paragraph(
            "g) okrivljeni HUANG Wei je u avgustu 2024. godine preko posrednika u Hanoju vrbovao oštećenu TRẦN Thị Bích Ngọc (u srpskoj transkripciji Tran Ti Bik Ngok), državljanku SR Vijetnama, rođenu 05.02.2000. godine u provinciji Thanh Hóa, broj pasoša \(tranPassport), broj telefona +84 903 615 274, kojoj je po dolasku u Kać oduzeo pasoš i smestio je zajedno sa oštećenom LIU Meilan, a zatim je zaposlio u pogonu šivenja bez ugovora o radu, zadržavajući joj celokupnu zaradu na ime duga od 4.500 evra, tako da se oštećena TRẦN Thị Bích Ngọc od avgusta do decembra 2024. godine nalazila u potpunoj zavisnosti od okrivljenih;"
        ),
        .paragraph(
            "- čime su izvršili krivično delo trgovina ljudima iz člana 388 stav 1, 3 i 6 Krivičnog zakonika, a okrivljeni Nenad Gligorić i krivično delo trgovina maloletnim licima iz člana 388 stav 4 Krivičnog zakonika."
        ),
        .heading("Podaci o oštećenima", level: 3),
        .table(
            [
                ["Ime i prezime", "Datum rođenja", "Isprava", "Telefon"],
                ["LIU Meilan (刘美兰)", "23.09.1998.", "pasoš \(liuPassport)", "+86 135 2047 8816"],
                ["TRẦN Thị Bích Ngọc", "05.02.2000.", "pasoš \(tranPassport)", "+84 903 615 274"],
                ["Teodora Vuković", "11.06.1999.", "JMBG \(teodoraJMBG)", "064/281-5530"],
            ], columnWidths: [3.2, 2, 3, 2.6]),
        .paragraph(
            "Zbog toga, a na osnovu člana 332 Zakonika o krivičnom postupku, predlažem da se pred Višim sudom u Novom Sadu zakaže glavni pretres, na koji da se pozovu ovo tužilaštvo, okrivljeni i njihovi branioci, oštećene i njihov punomoćnik advokat Marko Babić, te da se na glavnom pretresu saslušaju svedoci: inspektor Goran Mirković iz PU Novi Sad i Slavica Simić, majka maloletne oštećene, kao i da se pročitaju zapisnici o saslušanju oštećenih LIU Meilan (Lju Mejlan) i TRẦN Thị Bích Ngọc, sačinjeni uz pomoć sudskog tumača za kineski jezik Ivane Lazić."
        ),
        .heading("О Б Р А З Л О Ж Е Њ Е", level: 1),
        .paragraph(
            "Оштећена Теодора Вуковић је на записнику о саслушању од 12. децембра 2024. године изјавила да ју је окривљени Ненад Глигорић упознао у кафићу у улици Јована Цвијића, где је радила као конобарица, и да јој је понудио посао са платом од 1.000 евра. Оштећену Теодору Вуковић је окривљени после месец дана одвео у салон „Лотос Спа“ и саопштио јој да дугује 3.000 евра за смештај и „обуку“. Оштећеној Теодори Вуковић су, према њеном исказу, одузети лична карта и телефон, а о свему је обавестила брата тек у новембру 2024. године."
        ),
        .paragraph(
            "Оштећена Љу Мејлан (LIU Meilan), рођена 23. септембра 1998. године, изјавила је преко тумача да ју је окривљени ХУАНГ Веј (黄伟) контактирао путем апликације WeChat и да јој је обећао посао у фабрици текстила. Њен брат LIU Jun (刘军), који живи у Кунмингу, на телефон +86 139 0871 2254 слао је новац за њен повратак, али је окривљени Глигорић тај новац задржао. Оштећена Тран Ти Бик Нгок (TRẦN Thị Bích Ngọc) потврдила је да су оштећене живеле у истом објекту на адреси Темерински пут 211 и да им је забрањено да излазе без пратње."
        ),
        .paragraph(
            "Малолетна А.С. је у присуству мајке и психолога изјавила да ју је окривљени возио клијентима и да јој је претио да ће њене фотографије послати школи. Инспектор Горан Мирковић је потврдио да је малолетна пронађена 2. октобра 2024. године у стану у Каћу, у улици Новосадски пут 47, где је боравила и оштећена Теодора Вуковић."
        ),
        .paragraph(
            "Окривљени Ненад Глигорић је у својој одбрани негирао извршење кривичног дела, наводећи да је оштећенима само посредовао у запошљавању, док се окривљени ХУАНГ Веј бранио ћутањем. Одбрана окривљених је у супротности са исказима оштећених, извештајем о вештачењу мобилних телефона и подацима о новчаним трансакцијама, па се основано сумња да су окривљени извршили кривична дела која им се стављају на терет."
        ),
        .pageBreak,
        .heading("CERTIFIED TRANSLATION OF THE OPERATIVE PART", level: 2),
        .paragraph(
            "For the Embassy of the People's Republic of China and the Embassy of the Socialist Republic of Vietnam in Belgrade. Translated from Serbian by the court interpreter Ivana Lazić."
        ),
        .paragraph(
            "The Higher Public Prosecutor's Office in Novi Sad charges Nenad Gligorić, born 2 April 1981, and HUANG Wei (黄伟), a national of the People's Republic of China, with human trafficking under Article 388 of the Criminal Code of Serbia. Both defendants have been in custody since 3 December 2024."
        ),
        .paragraph(
            "The injured parties are Ms LIU Meilan (刘美兰), born 23 September 1998 in Kunming, passport \(liuPassport), resident identity card \(liuResidentID); Ms TRẦN Thị Bích Ngọc, born 5 February 2000 in Thanh Hóa province, passport \(tranPassport); and Ms Teodora Vuković, born 11 June 1999, of Jovana Cvijića 14, flat 3, Novi Sad. A fourth injured party is a 16-year-old girl, A.S., whose mother reported her missing on 1 October 2024."
        ),
        .paragraph(
            "According to the indictment, Ms Liu was recruited through WeChat with the promise of a seamstress job paying 900 euros a month, while Ms Trần was recruited through an intermediary in Hanoi. Both women lived in a prefabricated building at Temerinski put 211 in Kać, worked up to sixteen hours a day and were told that they owed the defendants for their travel. Ms Liu's brother in Kunming sent money for her return journey, which the defendant Gligorić kept."
        ),
        .paragraph(
            "The prosecution proposes that the Higher Court in Novi Sad hear the police inspector Goran Mirković and the girl's mother, and read the records of the injured parties' statements. The injured parties are represented by the attorney Marko Babić, Novi Sad, Bulevar Mihajla Pupina 6, telephone 021/455-120."
        ),
        .lines(["VIŠI JAVNI TUŽILAC", "Jasmina Ristić"]),
    ]

    /// The case registry a clerk would type in, in the corpus format. Deliberately incomplete:
    /// the minor A.S., her mother and LIU Meilan's brother are not listed.
    public static let caseFile = CaseFile(
        caseNumber: caseNumber, language: "mixed",
        parties: [
            .init(role: "victim", name: "LIU Meilan", aliases: ["刘美兰", "Lju Mejlan", "Љу Мејлан"], identifiers: [liuPassport, liuResidentID]),
            .init(role: "victim", name: "TRẦN Thị Bích Ngọc", aliases: ["Tran Ti Bik Ngok", "Тран Ти Бик Нгок"], identifiers: [tranPassport]),
            .init(role: "victim", name: "Teodora Vuković", aliases: ["Теодора Вуковић"], identifiers: [teodoraJMBG]),
            .init(role: "defendant", name: "Nenad Gligorić", aliases: ["Ненад Глигорић"], identifiers: []),
            .init(role: "defendant", name: "HUANG Wei", aliases: ["黄伟", "ХУАНГ Веј"], identifiers: []),
            .init(role: "prosecutor", name: "Jasmina Ristić", aliases: [], identifiers: []),
            .init(role: "judge", name: "Bojana Ostojić", aliases: [], identifiers: []),
            .init(role: "official", name: "Goran Mirković", aliases: ["Горан Мирковић"], identifiers: []),
            .init(role: "official", name: "Ivana Lazić", aliases: [], identifiers: []),
            .init(role: "lawyer", name: "Marko Babić", aliases: [], identifiers: []),
        ])

    /// The document text as the corpus writes it (`ID.txt`): NFC, LF line ends, blocks separated
    /// by a blank line, a paragraph on one line, letterhead lines on their own lines, table cells
    /// separated by TAB, ending with one newline.
    public static var text: String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .lines(let lines): parts.append(lines.joined(separator: "\n"))
            case .heading(let text, _): parts.append(text)
            case .paragraph(let text): parts.append(PDFComposer.withoutSoftHyphens(text))
            case .table(let rows, _): parts.append(rows.map { $0.joined(separator: "\t") }.joined(separator: "\n"))
            case .pageBreak: continue
            }
        }
        return parts.joined(separator: "\n\n").precomposedStringWithCanonicalMapping + "\n"
    }

    /// Typesets the PDF (A4, running header with the case number, page numbers in the footer).
    public static func pdf() throws -> Data {
        let metadata = PDFMetadata(
            title: "Optužnica \(caseNumber) (sample)", author: "Blackline sample generator", creator: "blackline-fixtures",
            creationDate: "2025-03-17T10:00:00Z")
        return try PDFComposer.make(
            metadata: metadata, header: { _ in "Više javno tužilaštvo u Novom Sadu · \(caseNumber)" },
            footer: { "Strana \($0)" }
        ) { page in
            for block in blocks {
                switch block {
                case .lines(let lines): try page.lines(lines, style: TextStyle(family: .serif, size: 10.5, bold: true, spaceAfter: 8))
                case .heading(let text, let level): try page.heading(text, level: level)
                case .paragraph(let text): try page.paragraph(text, style: TextStyle(spaceAfter: 5))
                case .table(let rows, let widths): try page.table(rows, columnWidths: widths)
                case .pageBreak: try page.newPage()
                }
            }
        }
    }

    /// Layout facts the sample must show, checked against the text poppler extracts from the PDF
    /// (the `\f` marks the page break): each is (what, substring of the extracted text).
    public static let layoutChecks: [(what: String, text: String)] = [
        ("a victim's surname hyphenated at a line end", "Teodore Vuko-\nvić"),
        ("a victim's name broken by the page break", "Teodori\nStrana 1\u{0C}Više javno tužilaštvo u Novom Sadu · KT 118/25\nVuković"),
    ]

    /// Writes the three sample files into `folder`; returns their URLs.
    public static func write(to folder: URL) throws -> [URL] {
        let pdfURL = folder.appendingPathComponent("indictment.pdf")
        let textURL = folder.appendingPathComponent("indictment.txt")
        let caseURL = folder.appendingPathComponent("indictment.case.json")
        try AtomicFile.write(try pdf(), to: pdfURL)
        try AtomicFile.write(Data(text.utf8), to: textURL)
        try AtomicFile.write(Data(caseFile.serialized().utf8), to: caseURL)
        return [pdfURL, textURL, caseURL]
    }
}
