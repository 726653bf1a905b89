/// Cue words of English and Serbian/Bosnian/Croatian (both scripts fold to one key), by what they
/// signal. A trailing `*` makes an entry a word prefix (`oštećen*` matches every case form).
///
/// This is linguistic knowledge (see shared/reference/bcms-language.md), not document content.
enum Lexicon {
    enum Cue: UInt8, Sendable, CaseIterable {
        case victim, minor, protectedWitness, relative, defendant, official, honorific, nickname
        case birth, ageVerb, ageUnit, ageNegative, passport, nationalID, phone, orgContact, residence, account
        case handlePlatform, email, plate, streetType, streetNumberless, month, possessive, nationality, organization
        case payment, notAName, placeFrom, ageWord, identified, nameLabel
    }

    /// Entries per cue. `value` carries a month number for `.month`.
    static let entries: [(cue: Cue, words: [String])] = [
        (.victim, [
            "ostecen*", "zrtv*", "zrtava", "povredjen*", "victim*", "injured party", "complainant*", "survivor*", "client", "clients",
            "klijentkinj*", "stradal*", "trafficked person*",
        ]),
        (.minor, [
            "maloletn*", "maloljetn*", "malodobn*", "dete", "deteta", "detetu", "dijete", "djeteta", "djetetu",
            "devojcic*", "djevojcic*", "decak*", "djecak*", "minor", "the child", "child", "girl", "boy",
        ]),
        (.protectedWitness, ["zasticen*", "protected witness*", "svedok saradnik", "svjedok saradnik"]),
        (.relative, [
            "majk*", "mati", "majci", "otac", "oca", "ocu", "ocem", "brat", "brata", "bratu", "bratom", "brate",
            "sestr*", "sin", "sina", "sinu", "sinom", "cerk*", "kci", "kcer*", "kcerk*", "suprug*", "muz", "muza", "muzu",
            "muzem", "baka", "bake", "baki", "baku", "bakom", "deda", "dede", "dedi", "dedu", "dedom", "djed*", "tetk*",
            "ujak*", "ujaka", "ujaku", "stric*", "strin*", "rodjak*", "rodjac*", "rodjak", "unuk*", "necak*", "necakinj*",
            "roditelj*", "partner*", "verenik*", "vjerenik*", "mother", "father", "brother", "sister", "son", "daughter",
            "husband", "wife", "aunt", "uncle", "cousin", "grandmother", "grandfather", "grandson", "granddaughter",
            "parents", "fiance*", "nephew", "niece", "stepmother", "stepfather",
        ]),
        (.defendant, [
            "okrivljen*", "optuzen*", "osumnjicen*", "osudjen*", "izvrsil*", "defendant*", "accused", "suspect*",
            "perpetrator*", "trafficker*", "convicted", "protiv", "against",
        ]),
        (.official, [
            "sudij*", "sudac", "sutkinj*", "judge*", "tuzil*", "tuzioc*", "tuzitelj*", "prosecutor*", "zamenik*",
            "zamjenik*", "advokat*", "odvjetni*", "branil*", "branioc*", "punomocni*", "lawyer*", "counsel", "attorney*",
            "inspektor*", "sluzbenik*", "sluzbenic*", "zapisnicar*", "tumac*", "tumaca", "interpreter*", "predsedni*",
            "predsjedni*", "ministar*", "minister*", "ombudsman", "direktor*", "director*", "glasnogovorni*",
            "spokes*", "officer*", "detective*", "commissioner*", "clerk*", "portparol*", "ovlascen*", "adviser*",
            "advisor*", "poverenik*", "zastitnik*", "protector*", "psiholog*", "psycholog*", "vestak*", "vjestak*",
            "sastavio", "sastavila", "sacinio", "sacinila", "sacinili", "approved", "prepared by", "author*",
            "novinar*", "journalist*", "reporter*",
        ]),
        (.honorific, [
            "gospodja", "gospodje", "gospodji", "gospodju", "gospodjo", "gospodjom", "gdja", "g-dja", "gdjica",
            "gospodjica", "gospodjice", "gospodjici", "gospodjicu", "gospodin", "gospodina", "gospodinu", "gospodinom",
            "gosp", "g.", "ms", "mrs", "miss", "mr", "madam", "mx",
        ]),
        (.nickname, [
            "zvan", "zvana", "zvanu", "zvani", "zvanog", "zvanoj", "zvanom", "zvali", "zvale", "zvala", "zvao",
            "nadimk*", "nadimak", "poznat* kao", "poznat* pod", "nicknamed", "known as", "called", "alias", "a.k.a.",
            "aka", "pod imenom", "addressed as", "goes by", "went by", "nickname", "prefers", "introduced herself", "introduced himself", "predstavil* se",
            "predstavlja se", "oslovljava*",
        ]),
        (.birth, [
            "rodjen*", "rodj.", "datum rodjenja", "godiste", "godista", "born", "dob", "d.o.b.", "date of birth",
            "birth*", "b.",
        ]),
        (.ageVerb, [
            "ima", "imala", "imao", "imaju", "imati", "imajuci", "star", "stara", "staro", "stari", "staru", "starog", "staroj",
            "starom", "stare", "starih", "starosti", "uzrast*",
            "dobi", "aged", "age", "is", "was", "turned", "napunio", "napunila",
        ]),
        (.ageUnit, [
            "godina", "godine", "godinu", "god.", "god", "years old", "year old", "years of age", "yrs", "y.o.",
            "godisnj*", "year-old", "years-old", "godinica",
        ]),
        (.ageNegative, [
            "zatvor*", "kazn*", "trajanj*", "rok*", "perio*", "prison*", "sentence*", "imprison*", "ago", "pre", "prije",
            "nakon", "tokom", "za", "within", "after", "for", "during", "od",
        ]),
        (.identified, [
            "identifikovan*", "identificiran*", "identifikovana kao", "identified", "named in court", "named as",
            "referred to as", "upisan* kao", "prijavljen* kao", "refer to as", "refer to her as", "refer to him as",
            "her name was", "her name is", "his name was", "his name is", "gave her name as", "gave his name as", "ime joj je",
            "ime mu je", "njeno ime je", "njezino ime je", "njegovo ime je",
        ]),
        (.ageWord, [
            "jedanaest*", "dvanaest*", "trinaest*", "cetrnaest*", "petnaest*", "sesnaest*", "sedamnaest*", "osamnaest*",
            "devetnaest*", "dvadeset*", "trideset*", "cetrdeset*", "pedeset*", "sezdeset*", "sedamdeset*", "osamdeset*",
            "devedeset*", "deseto*", "peto*", "sesto*", "sedmo*", "osmo*", "devet*", "deset",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fifty", "sixty",
        ]),
        // Form-field labels of a name, with the colon or TAB that ends the label (so that the
        // automaton reports labels, not every "name" of running text).
        (.nameLabel, [
            "full name", "name", "surname", "given name", "first name", "family name", "name and surname", "ime i prezime",
            "prezime i ime", "ime", "prezime", "puno ime",
        ].flatMap { [$0 + ":", $0 + "\t"] }),
        (.passport, [
            "pasos*", "putn* isprav*", "putovnic*", "passport*", "travel document*", "pasport*",
        ]),
        (.nationalID, [
            "jmbg", "maticni broj", "licn* kart*", "lk", "osobn* iskaznic*", "id", "id no", "identity card*",
            "resident id", "national id", "ssn", "social security",
        ]),
        (.phone, [
            "tel", "tel.", "telefon*", "mob", "mob.", "mobil*", "phone*", "cell*", "sim", "viber", "whatsapp", "call",
            "pozvati", "pozovite", "nazvati", "sms",
        ]),
        (.orgContact, [
            "dezurn*", "besplatn*", "helpline", "hotline", "switchboard", "centrala", "centrale", "fax", "faks",
            "office", "kancelarij*", "za medije", "press", "informacij*", "pisarnic*", "sekretarijat*", "ured",
            "kabinet*", "d.o.o", "d.o.o.", "doo", "ltd", "llc", "inc", "gmbh", "ambasad*", "embassy", "tuzilastv*",
            "ministarstv*", "ministry", "udruzenj*", "fondacij*", "foundation", "centar", "centra", "centru", "centre",
            "center", "agencij*", "agency", "international", "association", "sud", "suda", "sudu", "court", "police",
            "policij*", "uprav*", "law firm", "chambers", "registry",
        ]),
        (.residence, [
            "prebivalist*", "boravist*", "nastanjen*", "stanuje", "stanovao", "stanovala", "zivi", "zive", "ziveo",
            "zivela", "adres*", "smestaj*", "smjestaj*", "smesten*", "smjesten*", "lives", "living", "resides",
            "residing", "residence", "domicile", "home address", "stan u", "smestena", "smjestena",
        ]),
        (.account, [
            "racun*", "tekuc* racun*", "account*", "iban", "kartic*", "card", "bank*", "banc*",
        ]),
        (.payment, [
            "poziv na broj", "pozivom na broj", "uplacuj*", "za uplatu", "uplatni*", "svrh* uplat*", "troskov*", "taks*",
            "fee", "fees", "payable", "pay to", "trezor*", "budzet*",
        ]),
        (.handlePlatform, [
            "instagram*", "wechat", "vechat", "zalo", "viber", "telegram", "whatsapp", "facebook", "tiktok", "twitter",
            "signal", "skype", "snapchat", "profil*", "nalog*", "account", "handle", "username", "korisnick* im*",
            "qq", "line id",
        ]),
        (.plate, [
            "registarsk*", "reg.", "reg", "tablic*", "oznak*", "plate*", "licence plate", "license plate", "vozil*",
            "vehicle*", "automobil*",
        ]),
        (.streetType, [
            "ul.", "ulica", "ulici", "ulice", "ulicu", "ulicom", "bulevar*", "bul.", "trg", "trgu", "naselj*", "street",
            "st.", "road", "rd.", "avenue", "ave.", "lane", "boulevard", "blvd", "square", "drive", "dr.", "obala",
            "obali", "sokak", "sokaku", "put", "putu", "cesta", "cesti", "kej",
        ]),
        (.streetNumberless, ["bb", "b.b.", "b. b."]),
        (.possessive, [
            "njen", "njena", "njenog", "njenom", "njenoj", "njenu", "njeni", "njene", "njegov", "njegova", "njegovog",
            "njegovom", "njegovoj", "njegovu", "njegovi", "njihov*", "svoj*", "her", "his", "their", "its",
        ]),
        (.nationality, [
            "drzavljan*", "national", "citizen*", "poreklom", "porijeklom", "rodom",
        ]),
        (.placeFrom, ["iz", "from", "u", "in", "kod", "at", "near", "sa", "of"]),
        (.organization, [
            "d.o.o.", "a.d.", "doo", "ltd", "inc", "llc", "plus", "mining", "logistics", "bridge", "international",
            "fondacija", "foundation", "centar", "centre", "center", "balkans",
        ]),
        (.notAName, [
            "republika", "republike", "srbija", "srbije", "srbiji", "bosna", "bosne", "hercegovina", "hercegovine",
            "federacija", "federacije", "kina", "kine", "vijetnam", "vijetnama", "indija", "indije", "ministarstvo",
            "sud", "court", "article", "clan", "clana", "clanom", "zakon", "zakona", "zakonika", "kazneni", "krivicni",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ponedeljak", "utorak",
            "sreda", "srijeda", "cetvrtak", "petak", "subota", "nedelja", "nedjelja", "the", "a", "an", "and", "or",
            "i", "u", "na", "za", "od", "do", "sa", "iz", "po", "o", "kao", "ali", "ili", "da", "ne", "je", "su",
            "we", "she", "he", "they", "it", "this", "that", "there", "her", "his", "our", "when", "what", "if",
            // Countries and demonyms (capitalised in English, never a person's name on their own).
            "vietnamese", "chinese", "indian", "serbian", "bosnian", "croatian", "montenegrin", "albanian", "nepali",
            "nepalese", "filipino", "pakistani", "bangladeshi", "ukrainian", "russian", "romanian", "bulgarian", "nigerian",
            "turkish", "german", "american", "british", "english", "korean", "japanese", "thai", "mongolian", "uzbek",
            "moldovan", "macedonian", "hungarian", "austrian", "italian", "french", "syrian", "afghan", "iraqi", "sri",
            "lankan", "indonesian", "cambodian", "laotian", "burmese", "kenyan", "ghanaian", "eritrean", "european",
            "asian", "african", "vietnam", "china", "india", "serbia", "bosnia", "croatia", "montenegro", "nepal",
            "vijetnamac", "vijetnamka", "kinez", "kineskinja", "indijac", "indijka", "srbin", "srpkinja",
            // Capitals and large towns of the region, in the cases that follow a comma or a preposition.
            "beograd", "beograda", "beogradu", "kragujevac", "kragujevca", "kragujevcu", "subotica", "subotice", "subotici",
            "leskovac", "leskovca", "leskovcu", "sarajevo", "sarajeva", "sarajevu", "zagreb", "zagreba", "zagrebu", "tuzla",
            "tuzle", "tuzli", "mostar", "mostara", "mostaru", "podgorica", "podgorice", "podgorici", "osijek", "osijeka",
            "osijeku", "rijeka", "rijeke", "rijeci", "zenica", "zenice", "zenici", "bihac", "bihaca", "bihacu", "skopje",
            "pancevo", "panceva", "pancevu", "cacak", "cacka", "cacku", "banjaluka", "hanoi", "beijing", "manila", "kathmandu",
            "dhaka", "tashkent", "kyiv", "kiev",
        ]),
    ]

    /// Month names and their numbers (genitive and nominative, Serbian/Bosnian/Croatian, English).
    static let months: [(String, Int)] = [
        ("januar*", 1), ("siječanj*", 1), ("siječnj*", 1), ("january", 1), ("jan", 1), ("jan.", 1),
        ("februar*", 2), ("veljač*", 2), ("february", 2), ("feb", 2), ("feb.", 2),
        ("mart", 3), ("marta", 3), ("martu", 3), ("ožuj*", 3), ("march", 3), ("mar", 3), ("mar.", 3),
        ("april*", 4), ("travanj*", 4), ("travnj*", 4), ("apr", 4), ("apr.", 4),
        ("maj", 5), ("maja", 5), ("maju", 5), ("svib*", 5), ("may", 5),
        ("jun", 6), ("juna", 6), ("junu", 6), ("juni", 6), ("lipanj*", 6), ("lipnj*", 6), ("june", 6),
        ("jul", 7), ("jula", 7), ("julu", 7), ("juli", 7), ("srpanj*", 7), ("srpnj*", 7), ("july", 7),
        ("avgust*", 8), ("august*", 8), ("kolovoz*", 8), ("aug", 8), ("aug.", 8),
        ("septemb*", 9), ("rujan*", 9), ("rujn*", 9), ("sept", 9), ("sep", 9), ("sept.", 9), ("sep.", 9),
        ("oktob*", 10), ("octob*", 10), ("listopad*", 10), ("oct", 10), ("okt", 10), ("oct.", 10),
        ("novemb*", 11), ("studen*", 11), ("nov", 11), ("nov.", 11),
        ("decemb*", 12), ("prosin*", 12), ("dec", 12), ("dec.", 12),
    ]

    /// Short words of the supported languages that are also (parts of) foreign names: a name
    /// token equal to one of them needs stronger evidence (upper case, mid-sentence capital,
    /// honorific) before it counts on its own.
    static let shortCommonWords: Set<String> = Set([
        "a", "i", "u", "o", "s", "k", "v", "na", "ne", "ni", "li", "mi", "ti", "vi", "on", "to", "do", "da", "za",
        "od", "po", "je", "su", "se", "te", "ta", "ga", "mu", "joj", "im", "ih", "me", "he", "she", "we", "an", "as",
        "at", "be", "by", "go", "if", "in", "is", "it", "my", "no", "of", "or", "so", "up", "us", "the", "and", "not",
        "van", "den", "der", "de", "la", "le", "el", "al", "nam", "sin", "ten", "man", "can", "may", "jun", "jul",
        "maj", "tu", "ju", "ja", "ma", "pa", "ko", "gde", "sta", "dan", "ali", "ili", "kod", "sa", "iz", "pre", "pri",
        "nad", "pod",
    ].map { String(decoding: ScalarFolding.fold($0), as: UTF8.self) })

    /// Common Chinese and Vietnamese family names (pinyin / Vietnamese without tones): a two-word
    /// name starting with one of them is read surname first.
    static let eastAsianSurnames: Set<String> = Set([
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao",
        "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei",
        "su", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "fan", "fang", "bai", "mao", "qian", "qin", "shi",
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
        "duong", "ly", "dinh", "trinh", "mai", "truong", "lam", "cao", "ha", "luong", "dao", "kim", "park", "choi",
    ].map { String(decoding: ScalarFolding.fold($0), as: UTF8.self) })

    /// Masculine given names ending in -a (they decline like feminine nouns but are men).
    static let masculineInA: Set<String> = Set([
        "nikola", "ilija", "luka", "sasa", "andrija", "toma", "kosta", "nemanja", "mustafa", "hamza", "musa", "isa",
        "jovica", "perica", "ivica", "mica", "zika", "pera", "mika", "laza", "joca", "boca", "djuka", "vanja",
        "mirza", "sava", "jovica", "krishna", "aleksa", "vukasa", "mrdja", "sima", "steva", "bora", "mirko",
    ].map { String(decoding: ScalarFolding.fold($0), as: UTF8.self) })

    /// Case endings of Serbian/Bosnian/Croatian adjectives and participles.
    static let adjectiveEndings = ["", "a", "e", "i", "o", "u", "og", "oj", "om", "ih", "im", "ima", "oga", "ome", "omu"]

    /// An entry whose inner word ends in `*` ("upisan* kao", "lična kart*") as the entries the
    /// automaton can match: the inner word with every adjective ending (the last word keeps its
    /// trailing `*`, a prefix).
    static func expandInnerWildcards(_ entry: String) -> [String] {
        let parts = entry.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1, parts.dropLast().contains(where: { $0.hasSuffix("*") }) else { return [entry] }
        var results = [""]
        for (n, part) in parts.enumerated() {
            let options = n < parts.count - 1 && part.hasSuffix("*") ? adjectiveEndings.map { String(part.dropLast()) + $0 } : [part]
            results = results.flatMap { prefix in options.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
        }
        return results
    }

    /// Middle words of Vietnamese names that mark gender and are never used alone.
    /// Folds literal word lists written in plain spelling (so "years" meets the folded "jears").
    static func folded(_ words: [String]) -> Set<String> {
        Set(words.map { String(decoding: ScalarFolding.fold($0), as: UTF8.self) })
    }

    static let vietnameseFemaleMiddle: Set<String> = ["thi"]
    static let vietnameseMaleMiddle: Set<String> = ["van"]
}

extension Lexicon {
    /// Cue kinds that introduce or qualify a person (a capitalised cue before a name is no surname).
    static var personCues: CueSet {
        // Bits spelled out: a constant (an array literal here is built on every read).
        CueSet(bits: Cue.victim.bit | Cue.minor.bit | Cue.protectedWitness.bit | Cue.relative.bit | Cue.defendant.bit
            | Cue.official.bit | Cue.honorific.bit | Cue.nickname.bit | Cue.nationality.bit | Cue.birth.bit | Cue.possessive.bit)
    }

    /// Folded words that are never names (capitalised function words, countries, weekdays, months).
    static let notANameWords: Set<String> = {
        var words = Set<String>()
        for (cue, list) in entries where cue == .notAName || cue == .possessive || cue == .placeFrom {
            for w in list where !w.hasSuffix("*") { words.insert(String(decoding: ScalarFolding.fold(w), as: UTF8.self)) }
        }
        for (m, _) in months where !m.hasSuffix("*") { words.insert(String(decoding: ScalarFolding.fold(m), as: UTF8.self)) }
        return words
    }()

    /// Matches a folded word against the exact and prefix entries of some cue kinds.
    struct WordMatcher: Sendable {
        let exact: Set<String>
        let prefixes: [String]
        /// The same entries, for lookups by the bytes of a folded word.
        let set: FoldedWordSet
        /// The cue kinds it was built from (identifies the matcher).
        let kinds: UInt64
        /// Entries of several words ("putn* isprav*", "datum rodjenja"): per word, the folded
        /// word and whether it is a prefix.
        let phrases: [[(word: String, isPrefix: Bool)]]

        init(_ kinds: Set<Cue>) {
            var exact = Set<String>()
            var prefixes: [String] = []
            var phrases: [[(word: String, isPrefix: Bool)]] = []
            for (cue, list) in Lexicon.entries where kinds.contains(cue) {
                for w in list where w.contains(" ") {
                    phrases.append(w.split(separator: " ").map { part in
                        let isPrefix = part.hasSuffix("*")
                        return (String(decoding: ScalarFolding.fold(String(isPrefix ? part.dropLast() : part)), as: UTF8.self), isPrefix)
                    })
                }
                for w in list {
                    if w.hasSuffix("*") {
                        prefixes.append(String(decoding: ScalarFolding.fold(String(w.dropLast())), as: UTF8.self))
                    } else {
                        exact.insert(String(decoding: ScalarFolding.fold(w), as: UTF8.self))
                    }
                }
            }
            self.exact = exact
            self.prefixes = prefixes
            self.set = FoldedWordSet(exact, prefixes: prefixes)
            self.kinds = kinds.reduce(0) { $0 | 1 << UInt64($1.rawValue) }
            self.phrases = phrases
        }

        /// Whether consecutive words of `words` (folded) spell one of the multi-word entries.
        func matchesPhrase(in words: [String]) -> Bool {
            for phrase in phrases where phrase.count <= words.count {
                for start in 0...(words.count - phrase.count) {
                    let fits = phrase.indices.allSatisfy { k in
                        phrase[k].isPrefix ? words[start + k].hasPrefix(phrase[k].word) : words[start + k] == phrase[k].word
                    }
                    if fits { return true }
                }
            }
            return false
        }

        func matches(_ word: String) -> Bool {
            exact.contains(word) || prefixes.contains { word.hasPrefix($0) }
        }

        func matches(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            set.matches(word)
        }
    }

    /// Cue kinds that go into the scan automaton (the rest are looked up word by word).
    static let automatonCues: CueSet = [
        .victim, .minor, .protectedWitness, .relative, .defendant, .official, .honorific, .nickname, .birth,
        .ageUnit, .passport, .nationalID, .phone, .orgContact, .residence, .account, .payment, .handlePlatform, .plate,
        .streetType, .streetNumberless, .nationality, .ageWord, .identified, .nameLabel,
    ]

    static let ageVerbs = WordMatcher([.ageVerb])
    static let ageNegatives = WordMatcher([.ageNegative])
    static let possessives = WordMatcher([.possessive])

    /// `notANameWords` and `shortCommonWords` for lookups by bytes.
    static let notANameSet = FoldedWordSet(notANameWords)
    static let shortCommonSet = FoldedWordSet(shortCommonWords)

    /// Month number of a folded word, or nil.
    static func month(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        monthSet.value(word) ?? monthSet.prefixValue(word)
    }

    private static let monthSet = FoldedWordSet(values: monthExact.map { ($0.key, $0.value) }, prefixes: monthPrefixes)

    /// Month number of a folded word, or nil.
    static func month(_ word: String) -> Int? {
        if let exact = monthExact[word] { return exact }
        for (prefix, number) in monthPrefixes where word.hasPrefix(prefix) { return number }
        return nil
    }

    private static let monthExact: [String: Int] = {
        var map: [String: Int] = [:]
        for (m, n) in months where !m.hasSuffix("*") { map[String(decoding: ScalarFolding.fold(m), as: UTF8.self)] = n }
        return map
    }()

    private static let monthPrefixes: [(String, Int)] = months.filter { $0.0.hasSuffix("*") }.map {
        (String(decoding: ScalarFolding.fold(String($0.0.dropLast())), as: UTF8.self), $0.1)
    }
}

extension Lexicon.Cue {
    /// The kind's bit in a `CueSet`.
    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }
}

/// A set of cue kinds as a bit mask (no allocation, unlike `Set`), for the hot paths.
struct CueSet: ExpressibleByArrayLiteral, Sendable, Equatable {
    var bits: UInt64

    @inline(__always) init(bits: UInt64) { self.bits = bits }

    @inline(__always) init(arrayLiteral elements: Lexicon.Cue...) {
        var bits: UInt64 = 0
        for e in elements { bits |= 1 << UInt64(e.rawValue) }
        self.bits = bits
    }

    /// The set of these kinds built from their bits: folds to a constant, where an array
    /// literal's variadic array is built and walked on each evaluation in some hot loops.
    @inline(__always) static func of(_ a: Lexicon.Cue) -> CueSet { CueSet(bits: a.bit) }
    @inline(__always) static func of(_ a: Lexicon.Cue, _ b: Lexicon.Cue) -> CueSet { CueSet(bits: a.bit | b.bit) }
    @inline(__always) static func of(_ a: Lexicon.Cue, _ b: Lexicon.Cue, _ c: Lexicon.Cue) -> CueSet { CueSet(bits: a.bit | b.bit | c.bit) }
    @inline(__always) static func of(_ a: Lexicon.Cue, _ b: Lexicon.Cue, _ c: Lexicon.Cue, _ d: Lexicon.Cue) -> CueSet {
        CueSet(bits: a.bit | b.bit | c.bit | d.bit)
    }
    @inline(__always) static func of(_ a: Lexicon.Cue, _ b: Lexicon.Cue, _ c: Lexicon.Cue, _ d: Lexicon.Cue, _ e: Lexicon.Cue) -> CueSet {
        CueSet(bits: a.bit | b.bit | c.bit | d.bit | e.bit)
    }

    @inline(__always) func contains(_ cue: Lexicon.Cue) -> Bool { bits & (1 << UInt64(cue.rawValue)) != 0 }
    @inline(__always) func union(_ other: CueSet) -> CueSet { CueSet(bits: bits | other.bits) }
}
