import Testing
@testable import PolicyEngine

@Suite("Registered parties in every form")
struct PartyNameTests {
    static let vesna = Party(role: "victim", name: "Vesna Lazić")
    static let milos = Party(role: "victim", name: "Miloš Ristić")
    static let judge = Party(role: "judge", name: "Vesna Marić")

    @Test("a woman's name in every case and script; her surname does not decline", arguments: [
        "Oštećena Vesna Lazić je došla.", "Saslušanje oštećene Vesne Lazić je odloženo.", "Dato je oštećenoj Vesni Lazić.",
        "Vrbovao je oštećenu Vesnu Lazić.", "Razgovarao je sa Vesnom Lazić.", "Оштећена Весна Лазић је дошла.",
        "Оштећеној Весни Лазић је дато.", "Spisak: LAZIĆ Vesna, rođena u Nišu.", "VESNA LAZIĆ", "Vesna Lazic (bez dijakritika)",
    ])
    func woman(sentence: String) throws {
        let findings = try TestScan.findings(sentence, parties: [Self.vesna])
        let name = sentence.range(of: "Vesn") != nil || sentence.range(of: "VESNA") != nil || sentence.range(of: "LAZIĆ Vesna") != nil
        let needle = ["Vesna Lazić", "Vesne Lazić", "Vesni Lazić", "Vesnu Lazić", "Vesnom Lazić", "Весна Лазић", "Весни Лазић",
                      "LAZIĆ Vesna", "VESNA LAZIĆ", "Vesna Lazic"].first { sentence.contains($0) }!
        _ = name
        #expect(TestScan.covered(needle, in: sentence, by: findings), "\(needle)")
        #expect(TestScan.finding(for: needle, in: sentence, findings)?.party == "victim-1")
    }

    @Test("a man's name declines in both words, instrumental -em after a palatal", arguments: [
        ("Svedočio je protiv Miloša Ristića.", "Miloša Ristića"), ("Pismo je upućeno Milošu Ristiću.", "Milošu Ristiću"),
        ("Razgovarao je sa Milošem Ristićem.", "Milošem Ristićem"), ("Разговарао је са Милошем Ристићем.", "Милошем Ристићем"),
    ])
    func man(sentence: String, needle: String) throws {
        #expect(TestScan.covered(needle, in: sentence, by: try TestScan.findings(sentence, parties: [Self.milos])))
    }

    @Test("initials in both scripts, honorific + surname, given name and possessive after introduction", arguments: [
        ("Iskaz oštećene V.L. je potvrđen.", "V.L."), ("Исказ оштећене В.Л. је потврђен.", "В.Л."),
        ("Gđa Lazić nije došla.", "Lazić"), ("Ms Lazić did not attend.", "Lazić"), ("Kasnije je Vesna izjavila da se plaši.", "Vesna"),
        ("Pronađen je Vesnin telefon.", "Vesnin"),
    ])
    func shortForms(sentence: String, needle: String) throws {
        let findings = try TestScan.findings(sentence, parties: [Self.vesna])
        #expect(TestScan.covered(needle, in: sentence, by: findings))
        if needle == "Lazić" { #expect(!TestScan.touched(sentence.hasPrefix("G") ? "Gđa" : "Ms", in: sentence, by: findings)) }
    }

    @Test("a kept judge with the same given name stays readable")
    func keptNamesake() throws {
        let text = "Sudija Vesna Marić je saslušala oštećenu Vesnu Lazić."
        let findings = try TestScan.findings(text, parties: [Self.vesna, Self.judge])
        #expect(!TestScan.touched("Vesna Marić", in: text, by: findings))
        #expect(TestScan.covered("Vesnu Lazić", in: text, by: findings))
    }

    @Test("another person with the same given name is not taken for the victim")
    func namesakeUnregistered() throws {
        let text = "Oštećena Vesna Lazić je navela da je Vesna Todorić radila u kafiću."
        let findings = try TestScan.findings(text, parties: [Self.vesna])
        #expect(!TestScan.touched("Vesna Todorić", in: text, by: findings))
    }

    @Test("foreign names in transcription and other scripts", arguments: [
        ("CHEN Xiuying", ["Čen Sjujing"], "Oštećena Čen Sjujing je saslušana."),
        ("WANG Lei", ["王磊"], "Vang Lej je izjavio da mu je 王磊 ime na kineskom."),
        ("Trần Thị Hương", [], "Оштећена Чан Ти Хуонг је навела."),
        ("Priya Sharma", [], "Оштећена Прија Шарма је навела."),
    ])
    func foreign(name: String, aliases: [String], sentence: String) throws {
        let findings = try TestScan.findings(sentence, parties: [Party(role: "victim", name: name, aliases: aliases)])
        let words = sentence.split(separator: " ").map(String.init)
        // Every capitalised word after the first (the cue) that is not a function word is the name.
        let nameWords = words.dropFirst().filter { $0.first!.isUppercase || $0.unicodeScalars.first!.value > 0x3000 }
        for word in nameWords { #expect(TestScan.covered(word.trimmingCharacters(in: .punctuationCharacters), in: sentence, by: findings), "\(word)") }
    }

    @Test("common words spelled like a name stay", arguments: [
        ("Zora Janić", "U zoru je Zoru Janić odveo u stan.", "zoru", "Zoru Janić"),
        ("Lan Pham", "Oštećena Lan nije imala lan ni pamuk.", "lan ni", "Lan"),
    ])
    func commonWords(name: String, text: String, decoy: String, real: String) throws {
        let findings = try TestScan.findings(text, parties: [Party(role: "victim", name: name)])
        #expect(!TestScan.touched(decoy, in: text, by: findings))
        #expect(TestScan.covered(real, in: text, by: findings))
    }

    @Test("a nickname stays when it is an ordinary word or part of an organisation's name")
    func hope() throws {
        let text = "Hope said there was no hope. Hope Shelter Network helped Hope."
        let findings = try TestScan.findings(text, parties: [Party(role: "victim", name: "Lien Tran", aliases: ["Hope"])])
        #expect(TestScan.covered("Hope", in: text, by: findings, occurrence: 0))
        #expect(!TestScan.touched("hope", in: text, by: findings))
        #expect(!TestScan.touched("Hope Shelter Network", in: text, by: findings))
        #expect(TestScan.covered("Hope", in: text, by: findings, occurrence: 2))
    }

    @Test("registered identifiers, and protected terms for the verifier")
    func identifiersAndTerms() throws {
        let party = Party(role: "victim", name: "Vesna Lazić", aliases: ["Vesna L."], identifiers: ["AB-77-12"])
        let text = "Njen broj je AB-77-12."
        let engine = try PolicyEngine(policy: TestScan.policy, registry: CaseRegistry(parties: [party, Self.judge]))
        #expect(TestScan.covered("AB-77-12", in: text, by: try engine.scan(text: text)))
        let terms = engine.protectedTerms()
        #expect(terms.contains("Vesna Lazić") && terms.contains("AB-77-12"))
        #expect(terms.contains("vesni") && terms.contains("lazic"))
        #expect(!terms.contains("maric"))
    }
}
