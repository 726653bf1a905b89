"""EXTRA set templates, documents extra-05 .. extra-08. All persons, identifiers and addresses are fictional."""
from corpuslib import (Doc, Who, KD, KO, KORG, KPL, KCN, KLAW, KDT, KM, KOC, KCW,
                       OPL, OPN, OADDR, ODOB, O, jmbg, iban, iban_print, rs_account, luhn_complete, card_print)
from extralib import aadhaar


# ---------------------------------------------------------------------------------------------
def extra05():
    """Police report on a phone examination (Serbian Latin) quoting a Viber chat written without diacritics:
    'Djuricic' for 'Đuričić', vocative 'Joco' of the nickname 'Joca', 'cerka', a phone with no separators,
    a card number, a diacritic-free street address, relatives (daughter, sister) with an Instagram handle,
    the sister's name 'Maja' next to the month 'maja', timestamps as decoy dates."""
    d = Doc("extra-05", "sr-Latn", "formal", header="PU Kraljevo | KU 604/24", footer="{page}/{pages}",
            font="sans", fontsize=10, pdf_title="Izveštaj KU 604/24", pdf_author="PU Kraljevo")
    d.opts["indent"] = 0
    v1, r1, r2 = Who("victim-1"), Who("relative-1"), Who("relative-2")
    J_ID = jmbg("26", "08", "995", "78", "536")
    CARD = card_print(luhn_complete("405822107734129"))
    B = KD("Boki")
    J = v1.n("Joca")

    def msg(date, time, who, text):
        return f"[{KDT(date)} {time}] {who}: {text}"
    d.lines(f"{KPL('REPUBLIKA SRBIJA')}\n{KORG('MINISTARSTVO UNUTRAŠNJIH POSLOVA')}\n"
            f"{KORG('POLICIJSKA UPRAVA U KRALJEVU')}\nOdeljenje kriminalističke policije\n"
            f"KU {KCN('604/24')}\n{KPL('Kraljevo')}, {KDT('02.04.2024.')} godine", bold=True)
    d.title("IZVEŠTAJ")
    d.center("o pregledu sadržaja mobilnog telefona")
    d.p(f"Po naredbi {KORG('Višeg javnog tužilaštva u Kraljevu')} {KCN('KTI 9/24')} od {KDT('28.03.2024.')} godine "
        f"izvršen je pregled mobilnog telefona marke Samsung Galaxy A34, privremeno oduzetog od osumnjičenog "
        f"{KD('Nemanje Bojovića')}, zvanog „{B}“, iz {KPL('Kraljeva')} (potvrda o privremenom oduzimanju predmeta "
        f"serijski broj {KCN('0071254')}). Pregledom aplikacije Viber utvrđeno je da je osumnjičeni u periodu od "
        f"{KDT('februara')} do {KDT('marta 2024.')} godine vodio prepisku sa kontaktom sačuvanim pod imenom "
        f"„{J} nova“, za koji je utvrđeno da ga koristi oštećena {v1.n('Jovana Đuričić')}, rođena "
        f"{v1.dob('26.08.1995.')} godine, JMBG {v1.id(J_ID)}, iz {OPL('Kraljeva')}.")
    d.p("Izvod iz prepiske prenosi se u izvornom obliku, bez dijakritičkih znakova i bez ispravki, onako kako su "
        "je učesnici pisali:")
    d.quote("\n".join([
        msg("14.02.2024.", "21:07", B, f"{v1.n('Joco')} jesi razmislila za posao u {KPL('Becu')}? {KM('1500 evra')} "
                                       f"mesecno + stan"),
        msg("14.02.2024.", "21:09", f"{J} nova", f"jesam ali ne mogu da ostavim cerku samu, {r1.n('Lenka')} ima tek "
                                                 f"{r1.age('7 godina')}"),
        msg("14.02.2024.", "21:11", B, f"ostavi je kod sestre, {r2.n('Maja')} ce je cuvati. posalji mi sliku licne "
                                       f"i broj kartice da ti kupim kartu"),
        msg("14.02.2024.", "21:15", f"{J} nova", f"evo {v1.acct(CARD)} to je kartica na "
                                                 f"{v1.n('Jovanu Djuricic')}. licnu saljem sutra"),
        msg("15.02.2024.", "09:40", B, f"u licnoj ti pise {v1.addr('Zicka 9, stan 4')}. jel to i dalje tvoja adresa"),
        msg("15.02.2024.", "09:42", f"{J} nova", f"jeste. i molim te ne zovi na {v1.ph('0654412873')} posle 10 "
                                                 f"uvece, cerka spava"),
        msg("02.03.2024.", "23:58", B, "gde si?? covek te ceka vec sat vremena"),
        msg("03.03.2024.", "00:04", f"{J} nova", f"necu vise. hocu pasos nazad i hocu kuci kod {r1.n('Lenke')}"),
        msg("03.03.2024.", "00:05", B, f"dug ti je {KM('2000 evra')} {v1.n('Djuricic')}. dok ne vratis nema pasosa"),
        msg("03.03.2024.", "00:07", B, f"i nemoj da te {r2.n('Maja')} trazi preko insta, znam ja njen profil "
                                       f"{r2.soc('@maja.dj.kv')}"),
        msg("09.03.2024.", "18:20", f"{J} nova", f"javila sam se {OPN('Dusici')}, ona zna sve. ako mi se nesto desi "
                                                 f"ona ide u policiju"),
        msg("09.03.2024.", "18:22", B, f"tvoja {OPN('Dusica')} nece nista. pozdravi malu {r1.n('Lenku')}"),
    ]))
    d.p(f"Iz prepiske proizlazi da je osumnjičeni od oštećene {v1.n('Đuričić')} tražio podatke o platnoj kartici i "
        f"ličnoj karti, da ju je po dolasku u {KPL('Beč')} uslovljavao vraćanjem „duga“ od {KM('2.000 evra')} i da "
        f"joj je pretio da će se obratiti njenoj ćerki {r1.n('Lenki')} i sestri {r2.n('Maji')}. Oštećena je u "
        f"razgovoru obavljenom {KDT('01.04.2024.')} godine potvrdila da joj je „{J}“ nadimak, da je broj "
        f"{v1.ph('065 441 28 73')} njen i da koristi i Telegram nalog {v1.soc('@joca_kv95')}, preko koga ju je "
        f"osumnjičeni prvi put kontaktirao. Izjavila je da planira da se do {KDT('maja 2024.')} godine sa ćerkom "
        f"preseli kod sestre {r2.n('Maje')}, koja živi u {OPL('Čačku')}. Njena prijateljica "
        f"{OPN('Dušica Milovanović')}, koju oštećena pominje u prepisci, dala je izjavu u prostorijama "
        f"{KORG('PU Kraljevo')} {KDT('29.03.2024.')} godine.")
    d.p(f"Prepiska je u celosti snimljena na optički disk, koji se dostavlja uz ovaj izveštaj. O rezultatima "
        f"pregleda obavešten je zamenik višeg javnog tužioca {KO('Vesna Gligorijević')}.")
    d.sig(f"Pregled izvršio\n{KO('Vladan Perišić')}, policijski inspektor")
    d.case = {"case": "KTI 9/24", "parties": [
        {"role": "victim", "name": "Jovana Đuričić", "aliases": [], "identifiers": [J_ID]},
        {"role": "defendant", "name": "Nemanja Bojović", "aliases": ["Boki"], "identifiers": []},
        {"role": "official", "name": "Vladan Perišić", "aliases": [], "identifiers": []},
        {"role": "prosecutor", "name": "Vesna Gligorijević", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra06():
    """English (UK) police witness statement (MG11 style): the victim is 'AC' (initials without dots, also
    'A.C.'), her nickname 'Sunny' next to the word 'sunny', her name once in passport order 'CEBAN ALINA';
    'her uncle Dmitri' found only by relationship; UK phone formats, a UK street address of a relative,
    dd/mm/yyyy dates of birth and of signature, exhibit and URN references."""
    d = Doc("extra-06", "en", "formal", header="RESTRICTED (when complete) | MG 11 (T)",
            footer="Page {page} of {pages}", font="serif", fontsize=10.5, pdf_title="Witness statement",
            pdf_author="Kent Police")
    d.opts["indent"] = 0
    v1, r1 = Who("victim-1"), Who("relative-1")
    d.lines("WITNESS STATEMENT", bold=True, align="center")
    d.lines(f"({KLAW('Criminal Procedure Rules, r. 16.2')}; {KLAW('Criminal Justice Act 1967, s. 9')}; "
            f"{KLAW('Magistrates’ Courts Act 1980, s. 5B')})", align="center")
    d.lines(f"URN: {KCN('46KE0731124')}\nStatement of: {KO('Rachel THORNTON')}\n"
            f"Age if under 18: Over 18\nOccupation: Detective Constable 3317")
    d.p("This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief "
        "and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
        "wilfully stated in it anything which I know to be false, or do not believe to be true.")
    d.lines(f"Signature: {KO('R. Thornton')}\nDate: {KDT('10/03/2024')}")
    d.p(f"I am a Detective Constable in the Modern Slavery and Organised Immigration Crime Unit of "
        f"{KORG('Kent Police')}, based at {KORG('Maidstone Police Station')}. This statement concerns the events of "
        f"{KDT('Saturday 9th March 2024')} and the account given to me by a young woman whom, in line with force "
        f"policy on the anonymity of potential victims of modern slavery, I shall refer to as {v1.n('AC')}.")
    d.p(f"At about 14:20 hours that day I attended the {KORG('Shine Bros Hand Car Wash')}, "
        f"{OADDR('212 Tonbridge Road')}, {KPL('Maidstone')}, with PC 5521 {KO('Mark ELLERY')}, following a call to "
        f"the {KORG('Modern Slavery & Exploitation Helpline')} from a man who said that his niece was being kept "
        f"at the premises. It was a {KCW('sunny')}, cold afternoon and the forecourt was busy with customers.")
    d.p(f"In a portable cabin behind the wash bays I saw a young woman sitting on a camp bed. The manager, whom I "
        f"now know to be {KD('Besnik HOXHA')}, told me that she was his cousin's girlfriend and was 'just "
        f"visiting'. The woman appeared frightened and did not look at him. I took her to the police vehicle and "
        f"spoke to her there alone, with the assistance of a telephone interpreter, {KO('Natalia POPA')}.")
    d.p(f"She told me that her name was {v1.n('Alina CEBAN')} and that her date of birth is "
        f"{v1.dob('14/02/2005')}, which makes her {v1.age('19 years old')}. She said that the men at the car wash "
        f"called her '{v1.n('Sunny')}' because, as she put it, she 'had to smile at the customers'. She said that "
        f"she had come to {KPL('England')} in the back of a lorry via {KPL('Calais')} in {KDT('November 2023')}, "
        f"after a man in her home town of {OPL('Bălți')} offered her work in a hotel.")
    d.p(f"{v1.n('AC')} told me that she had worked at the car wash since {KDT('December 2023')}, cleaning the "
        f"insides of cars from 8 am until dark, and that she slept in the cabin. She said that {KD('HOXHA')} had "
        f"taken her passport 'for the rent' and told her that she owed {KM('£3,000')} for the journey, from which "
        f"{KM('£40')} was taken off for every day she worked. She had never been paid in cash.")
    d.p(f"{v1.n('AC')} asked me to contact her uncle {r1.n('Dmitri')}, who lives in {OPL('London')} and who, she "
        f"said, was the only member of her family who knew where she was. She gave me his number, "
        f"{r1.ph('07700 900 288')}. At 15:05 hours I rang that number and spoke to a man who confirmed that he was "
        f"{v1.n('Alina')}'s uncle, {r1.n('Dmitri BALAN')}, and that it was he who had called the helpline. He gave "
        f"his address as {r1.addr('41 Elmore Street')}, {OPL('Islington')}, and told me that "
        f"'{v1.n('Sunny')}' was not a name his niece had ever used at home.")
    d.p(f"{v1.n('A.C.')}'s own mobile telephone had been kept by the manager. She told me that its number was "
        f"{v1.ph('07700 900 463')} and that her Instagram account, {v1.soc('@alina.ceban05')}, had been deleted by "
        f"someone else soon after she arrived. She also told me that a second woman, whom I will refer to as "
        f"{OPN('V2')}, had lived in the cabin with her until {KDT('February 2024')}.")
    d.p(f"At 15:40 hours I arrested {KD('Besnik HOXHA')} on suspicion of an offence contrary to "
        f"{KLAW('section 1 of the Modern Slavery Act 2015')}. From the drawer of a desk in the office I seized a "
        f"Moldovan passport, number {v1.pp('AB0417293')}, in the name of {v1.n('CEBAN ALINA')} (exhibit "
        f"{KCN('RT/1')}), and a handwritten notebook (exhibit {KCN('RT/2')}) containing the entries "
        f"'{v1.n('Sunny')} – 3000' and '{v1.n('Sunny')} – 40' on several pages.")
    d.p(f"I conveyed {v1.n('AC')} to a place of safety in {KPL('Canterbury')} and, with her consent, made a referral "
        f"to the {KORG('National Referral Mechanism')}. The {KORG('Salvation Army')} adult victim support line, "
        f"{KOC('0800 808 3733')}, was informed at 18:10 hours.")
    d.lines(f"Signature: {KO('R. Thornton')}\nSignature witnessed by: ——")
    d.case = {"case": "46KE0731124", "parties": [
        {"role": "victim", "name": "Alina Ceban", "aliases": ["AC"], "identifiers": []},
        {"role": "defendant", "name": "Besnik Hoxha", "aliases": [], "identifiers": []},
        {"role": "official", "name": "Rachel Thornton", "aliases": [], "identifiers": []},
        {"role": "official", "name": "Mark Ellery", "aliases": [], "identifiers": []},
        {"role": "official", "name": "Natalia Popa", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra07():
    """Serbian Cyrillic prosecutor's order to open an investigation (наредба о спровођењу истраге): a minor
    named only by initials, her age in words in four cases ('петнаестогодишњу', '-ња', '-њем'), her first
    name in the reasoning, a second minor with '16 година' and 'шеснаестогодишња', the mother by initials and
    by first name + initial; TikTok handles; no protected person is in the case registry."""
    d = Doc("extra-07", "sr-Cyrl", "formal", header="Више јавно тужилаштво у Нишу | КТИ 27/24",
            footer="{page}/{pages}", font="serif", pdf_title="Наредба о спровођењу истраге КТИ 27/24")
    d.opts["indent"] = 0
    m1, m2, r1 = Who("minor-1"), Who("minor-2"), Who("relative-1")
    A_ID = jmbg("17", "09", "008", "74", "509")
    d.lines(f"{KPL('РЕПУБЛИКА СРБИЈА')}\n{KORG('ВИШЕ ЈАВНО ТУЖИЛАШТВО У НИШУ')}\n{KCN('КТИ бр. 27/24')}\n"
            f"{KDT('22.04.2024.')} године\n{KPL('Н и ш')}", bold=True)
    d.p(f"Виши јавни тужилац у Нишу, на основу {KLAW('члана 295. став 1. и члана 296. Законика о кривичном поступку')}, "
        f"поступајући по кривичној пријави {KORG('Полицијске управе у Лесковцу')} {KCN('КУ 1402/24')} од "
        f"{KDT('18.04.2024.')} године, доноси")
    d.title("Н А Р Е Д Б У")
    d.center("о спровођењу истраге")
    d.p(f"I СПРОВОДИ СЕ ИСТРАГА против осумњиченог {KD('Лазара Ранђеловића')}, од оца {OPN('Бобана')}, рођеног "
        f"{ODOB('09.12.1999.')} године у {KPL('Лесковцу')}, са пребивалиштем у {KPL('Лесковцу')}, незапосленог, "
        f"неосуђиваног,")
    d.p(f"због постојања основа сумње да је у периоду од {KDT('јануара')} до {KDT('априла 2024.')} године у "
        f"{KPL('Лесковцу')} и {KPL('Нишу')}, у намери прибављања имовинске користи, преко апликације TikTok врбовао "
        f"малолетну {m1.n('А.М.')}, {m1.age('петнаестогодишњу')} ученицу првог разреда средње школе из "
        f"{OPL('Лесковца')}, са којом је путем њеног налога {m1.soc('@ani.m.2008')} свакодневно размењивао поруке "
        f"представљајући јој се као њен момак, да би је {KDT('6. марта 2024.')} године одвео у изнајмљени стан у "
        f"{KPL('Нишу')} и од тада, претећи да ће њене фотографије послати мајци и друговима из школе, приморавао да "
        f"пружа сексуалне услуге лицима са којима се договарао путем огласа, задржавајући сав новац, као и да је на "
        f"исти начин у {KDT('марту 2024.')} године покушао да врбује и њену другарицу, малолетну {m2.n('В.С.')}, "
        f"стару {m2.age('16 година')},")
    d.p(f"чиме би извршио кривично дело трговина људима из "
        f"{KLAW('члана 388. став 3. у вези става 1. Кривичног законика')} и кривично дело посредовање у вршењу "
        f"проституције из {KLAW('члана 184. став 2. Кривичног законика')}.")
    d.p("II У истрази ће се предузети следеће доказне радње:")
    d.p(f"1. саслушаће се осумњичени {KD('Лазар Ранђеловић')} у присуству браниоца по избору, адвоката "
        f"{KO('Ивана Стаменковића')};")
    d.p(f"2. саслушаће се малолетна оштећена {m1.n('А.М.')}, рођена {m1.dob('17.09.2008.')} године, ЈМБГ "
        f"{m1.id(A_ID)}, као посебно осетљив сведок, у посебној просторији, уз помоћ психолога и без присуства "
        f"осумњиченог, а саслушању ће присуствовати и њена мајка {r1.n('Г.М.')} као законски заступник;")
    d.p(f"3. саслушаће се као сведок малолетна {m2.n('В.С.')}, уз присуство законског заступника и психолога;")
    d.p(f"4. прибавиће се од {KORG('TikTok Technology Limited')} подаци о налозима {m1.soc('@ani.m.2008')} и "
        f"{O('social-handle')('@lazar.ni.018')}, као и о порукама размењеним у периоду од {KDT('1. јануара')} до "
        f"{KDT('16. априла 2024.')} године;")
    d.p(f"5. извршиће се вештачење мобилног телефона осумњиченог марке Apple iPhone 13, као и мобилног телефона "
        f"оштећене, број {m1.ph('062/193-4480')};")
    d.p(f"6. прибавиће се извештај {KORG('Центра за социјални рад Лесковац')} о породичним приликама малолетне "
        f"оштећене, као и извештај школе коју похађа.")
    d.center("О б р а з л о ж е њ е")
    d.p(f"{KORG('Полицијска управа у Лесковцу')} поднела је кривичну пријаву против осумњиченог након што се мајка "
        f"оштећене, {r1.n('Горица М.')}, {KDT('16.04.2024.')} године обратила {KORG('Полицијској станици Лесковац')} "
        f"и изјавила да њена {m1.age('петнаестогодишња')} ћерка {m1.n('Анастасија')} већ три недеље не долази кући и "
        f"да јој се јавља само порукама. Полицијски службеници су исте вечери малолетну {m1.n('А.М.')} пронашли у "
        f"стану у {KPL('Нишу')}, у улици {OADDR('Вожда Карађорђа 34')}, где је боравила са још једном девојком чији "
        f"идентитет није утврђен.")
    d.p(f"Из порука које је мајка доставила полицији произлази да је осумњичени {m1.n('Анастасији')} писао: „Ако "
        f"кажеш мами, сви ће видети слике.“ Малолетна {m2.n('В.С.')}, {m2.age('шеснаестогодишња')} другарица "
        f"оштећене, изјавила је у полицији да јој је осумњичени нудио „лак посао“ у {KPL('Нишу')} и говорио да ће "
        f"зарадити више него њени родитељи.")
    d.p(f"Имајући у виду да се основи сумње односе на кривично дело учињено према {m1.age('петнаестогодишњем')} "
        f"детету, као и да је потребно хитно обезбедити доказе, одлучено је као у изреци ове наредбе.")
    d.sig(f"ЗАМЕНИК ВИШЕГ ЈАВНОГ ТУЖИОЦА\n{KO('Катарина Живковић')}")
    d.lines(f"Доставити: осумњиченом, браниоцу, {KORG('Центру за социјални рад Лесковац')} и у списе предмета.")
    d.case = {"case": "КТИ 27/24", "parties": [
        {"role": "defendant", "name": "Лазар Ранђеловић", "aliases": [], "identifiers": []},
        {"role": "prosecutor", "name": "Катарина Живковић", "aliases": [], "identifiers": []},
        {"role": "lawyer", "name": "Иван Стаменковић", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra08():
    """NGO referral form, English + Serbian Latin (bilingual field labels in a table): a Filipino client with a
    nickname, passport letter + 7 digits, a payment card, family in the Philippines; an Indian client with an
    Aadhaar number (Verhoeff), Indian passport, a Serbian IBAN, a wife; Serbian notes that decline the foreign
    names (Rowenu, Rowenina, Baljinderu, Singha); the NGO's and the counsellor's contacts are kept."""
    d = Doc("extra-08", "mixed", "formal", header="Safe Harbour Network – Mreža Sigurna luka | Referral SHN-2024-0419",
            footer="Page {page} of {pages} · CONFIDENTIAL / POVERLJIVO", font="sans", fontsize=9.5,
            pdf_title="Referral SHN-2024-0419", pdf_author="Safe Harbour Network")
    d.opts["indent"] = 0
    d.opts["cellsize"] = 9.0
    v1, v2, r1, r2, r3 = Who("victim-1"), Who("victim-2"), Who("relative-1"), Who("relative-2"), Who("relative-3")
    CARD = card_print(luhn_complete("535112004731882"))
    ACC = rs_account("265", "0000004417321")
    IBAN_B = iban("RS", ACC.replace("-", ""))
    AAD = aadhaar("48217730219")
    W = [170, 312]
    d.lines(f"{KORG('SAFE HARBOUR NETWORK – MREŽA SIGURNA LUKA')}", bold=True)
    d.lines(f"{KOC('Železnička 23a, 21000 Novi Sad')} · tel. {KOC('+381 21 472 3390')} · SOS "
            f"{KOC('0800 101 202')}")
    d.title("REFERRAL FORM / OBRAZAC ZA UPUĆIVANJE")
    d.lines(f"To / Za: {KORG('Centar za zaštitu žrtava trgovine ljudima')}, {KPL('Beograd')}\n"
            f"Reference / Broj: {KCN('SHN-2024-0419')}\nDate / Datum: {KDT('19.04.2024.')}")
    d.h("Section A – Client 1 / Klijent 1")
    d.table([
        ["Field / Polje", "Entry / Podatak"],
        ["Full name / Ime i prezime", f"{v1.n('Rowena Dizon CASTILLO')} (prefers „{v1.n('Weng')}“)"],
        ["Date of birth / Datum rođenja", v1.dob("07 SEP 1991")],
        ["Nationality / Državljanstvo", KPL("Philippines")],
        ["Travel document / Putna isprava", f"Philippine passport no. {v1.pp('P4823107')} (held by the employer / "
                                            f"kod poslodavca)"],
        ["Phone / Telefon", f"{v1.ph('+63 917 842 3391')} (PH), {v1.ph('+381 62 448 7015')} (RS)"],
        ["Messenger / Facebook", v1.soc("rowena.castillo.91")],
        ["Card for compensation payment / Kartica za isplatu naknade", v1.acct(CARD)],
        ["Family / Porodica", f"daughter {r1.n('Angel')} ({r1.age('9')}) and mother {r2.n('Lourdes Dizon')} in "
                              f"{OPL('Batangas')}; mother's phone {r2.ph('+63 928 551 0764')}"],
        ["Employer / Poslodavac", f"{KORG('Agro Tim Subotica d.o.o.')}, recruited through "
                                  f"{KORG('BrightPath Manpower Services')}, {KPL('Manila')}"],
    ], header_rows=1, widths=W)
    d.h("Section B – Client 2 / Klijent 2")
    d.table([
        ["Field / Polje", "Entry / Podatak"],
        ["Full name / Ime i prezime", v2.n("Baljinder SINGH")],
        ["Date of birth / Datum rođenja", v2.dob("02-11-1989")],
        ["Nationality / Državljanstvo", KPL("India")],
        ["Travel document / Putna isprava", f"Indian passport no. {v2.pp('M3904127')}"],
        ["Aadhaar", v2.id(AAD)],
        ["Phone / Telefon", f"{v2.ph('+91 98720 41356')}; {v2.ph('063 711 2094')}"],
        ["Bank account for wages / Račun za zaradu", v2.acct(iban_print(IBAN_B))],
        ["Family / Porodica", f"wife {r3.n('Harpreet Kaur')} and two sons in {OPL('Ludhiana')}, {OPL('Punjab')}"],
        ["Employer / Poslodavac", KORG("Agro Tim Subotica d.o.o.")],
    ], header_rows=1, widths=W)
    d.h("Section C – Summary / Rezime")
    d.p(f"Both clients were recruited in {KDT('autumn 2023')} by agencies in their home countries for seasonal work "
        f"in greenhouses near {KPL('Subotica')}. {v1.n('Rowena')} paid a placement fee of {KM('PHP 180,000')} and "
        f"{v2.n('Baljinder')} paid {KM('INR 650,000')}. On arrival both passports were taken 'for registration' by "
        f"the employer's foreman. Wages of {KM('RSD 55,000')} a month were promised; Mr {v2.n('Singh')} received "
        f"{KM('RSD 12,000')} in cash in four months, and Ms {v1.n('Castillo')} nothing at all. Ms "
        f"{v1.n('Castillo')} states that the workers' container was locked from the outside at night. Both clients "
        f"agree to this referral and to being contacted by the Centre.")
    d.p(f"Napomena koordinatorke (srpski): Klijentkinja {v1.n('Rowena')} je tokom razgovora bila uplašena i više "
        f"puta je pitala da li će poslodavac saznati da se obratila za pomoć. {v1.n('Rowenina')} ćerka "
        f"{r1.n('Angel')} živi kod bake u {OPL('Batangasu')}, a klijentkinja strahuje da će agencija u "
        f"{KPL('Manili')} tražiti novac od porodice. {v1.n('Rowenu')} smo {KDT('18.04.2024.')} privremeno smestili "
        f"u sigurnu kuću. Klijentu {v2.n('Baljinderu')} potrebna je hitna medicinska pomoć zbog povrede šake "
        f"zadobijene na radu; za gospodina {v2.n('Singha')} smo preko "
        f"{KORG('Ambasade Republike Indije u Beogradu')} obezbedili tumača za pandžapski jezik. Poslodavac je firma "
        f"{KORG('Agro Tim Subotica d.o.o.')}, čiji je direktor {KD('Zoltan Kiš')} osumnjičen u predmetu "
        f"{KORG('Višeg javnog tužilaštva u Subotici')} {KCN('KT 58/24')}.")
    d.lines(f"Referred by / Uputila: {KO('Ivana Maksimović')}, case manager / koordinatorka slučaja\n"
            f"{KOC('ivana.maksimovic@sigurnaluka.org.rs')} · {KOC('+381 21 472 3391')}\n"
            f"Consent of clients on file / Saglasnost klijenata u dosijeu: YES / DA")
    d.case = {"case": "SHN-2024-0419", "parties": [
        {"role": "victim", "name": "Rowena Dizon Castillo", "aliases": ["Weng"], "identifiers": ["P4823107"]},
        {"role": "victim", "name": "Baljinder Singh", "aliases": [], "identifiers": ["M3904127", AAD.replace(" ", "")]},
        {"role": "defendant", "name": "Zoltan Kiš", "aliases": [], "identifiers": []},
        {"role": "official", "name": "Ivana Maksimović", "aliases": [], "identifiers": []},
    ]}
    return d
