"""EXTRA set templates, documents extra-01 .. extra-04. All persons, identifiers and addresses are fictional."""
from corpuslib import (Doc, Who, KD, KO, KORG, KPL, KCT, KCN, KLAW, KDT, KM, KOC, KCW,
                       OPL, OPN, OADDR, OID, ODOB, jmbg, cn_id, iban, iban_print)
from extralib import oib


# ---------------------------------------------------------------------------------------------
def extra01():
    """Croatian (ijekavian, Latin) county court judgment excerpt: 'oštećenica' instead of 'oštećena',
    Croatian month names, OIB, a Croatian IBAN, a Ukrainian victim in Croatian and passport spelling,
    a court recorder who shares the victim's first name, a minor by initials and first name, relatives
    by relationship (mother, brother, father) and a possessive of the victim's name."""
    d = Doc("extra-01", "hr", "formal", header="Županijski sud u Osijeku | K-23/2023-41",
            footer="Stranica {page} od {pages}", font="serif", pdf_title="Presuda K-23/2023-41 (izvadak)",
            pdf_author="Županijski sud u Osijeku")
    d.opts["indent"] = 0
    v1, v2, m1 = Who("victim-1"), Who("victim-2"), Who("minor-1")
    r1, r2, r3 = Who("relative-1"), Who("relative-2"), Who("relative-3")
    OIB_L = oib("4720583916")
    OIB_D = oib("8391027465")
    IBAN_L = iban("HR", "2340009" + "3219876540")
    d.lines(f"{KPL('REPUBLIKA HRVATSKA')}\n{KCT('ŽUPANIJSKI SUD U OSIJEKU')}\n"
            f"Poslovni broj: {KCN('K-23/2023-41')}", bold=True)
    d.center("U IME REPUBLIKE HRVATSKE")
    d.title("P R E S U D A")
    d.p(f"{KCT('Županijski sud u Osijeku')}, u vijeću sastavljenom od sutkinje {KO('Dubravke Marić')} kao "
        f"predsjednice vijeća te sutkinje {KO('Tene Horvat')} i suca {KO('Krešimira Babića')} kao članova vijeća, "
        f"uz sudjelovanje zapisničarke {KO('Lucije Bašić')}, u kaznenom predmetu protiv optuženika "
        f"{KD('Zorana Matijevića')}, zbog kaznenog djela trgovanja ljudima iz "
        f"{KLAW('članka 106. stavka 1. i 3. Kaznenog zakona')} "
        f"({KLAW('„Narodne novine“ broj 125/11., 144/12., 56/15., 61/15., 101/17., 118/18., 126/19., 84/21. i 114/22.')}), "
        f"povodom optužnice {KORG('Županijskog državnog odvjetništva u Osijeku')} broj {KCN('K-DO-112/2022')} od "
        f"{KDT('14. veljače 2023.')}, nakon održane rasprave, djelomično zatvorene za javnost, u nazočnosti zamjenice "
        f"županijske državne odvjetnice {KO('Ksenije Vuković')}, optuženika i njegova branitelja, odvjetnika "
        f"{KO('Davora Pavića')} iz {KPL('Osijeka')}, dana {KDT('9. svibnja 2024.')} objavio je i")
    d.center("p r e s u d i o   j e")
    d.p(f"Optuženik {KD('ZORAN MATIJEVIĆ')}, OIB: {OID(OIB_D)}, sin {OPN('Ante')} i {OPN('Ljerke')}, rođen "
        f"{ODOB('3. kolovoza 1978.')} u {KPL('Našicama')}, s prebivalištem u {KPL('Osijeku')}, "
        f"{OADDR('Vukovarska cesta 88')}, vlasnik ugostiteljskog obrta „{KORG('Ponoć')}“, neosuđivan,")
    d.center("k r i v   j e")
    d.p(f"što je u razdoblju od {KDT('ožujka 2021.')} do {KDT('siječnja 2023.')} u {KPL('Osijeku')}, s ciljem "
        f"iskorištavanja prostitucije drugih i radi stjecanja imovinske koristi, vrbovao, prevozio i smjestio više "
        f"žena, iskorištavajući njihov težak materijalni položaj i ovisnost o njemu, na način da je:")
    d.p(f"1. putem oglasa na društvenoj mreži ponudio posao konobarice oštećenici {v1.n('Luciji Perković')}, "
        f"rođenoj {v1.dob('12. travnja 2002.')} u {OPL('Vukovaru')}, OIB: {v1.id(OIB_L)}, s prebivalištem u "
        f"{OPL('Vukovaru')}, {v1.addr('Ulica Blage Zadre 17')}, pa ju je, nakon što je pristala, svojim vozilom "
        f"dovezao u {KPL('Osijek')} i smjestio u stan iznad bara, zadržao njezinu osobnu iskaznicu i bankovnu "
        f"karticu računa {v1.acct(iban_print(IBAN_L))}, na koji joj je uplaćivao plaću koju bi odmah zatim sam "
        f"podizao, te je od {KDT('svibnja 2021.')} prisiljavao da gostima bara pruža spolne usluge, uzimajući joj "
        f"cjelokupnu zaradu uz prijetnje da će njezinoj majci {r1.n('Ružici')} otkriti čime se bavi;")
    d.p(f"2. oštećenici {v2.n('Dariji Kovalenko')}, državljanki {KPL('Ukrajine')}, rođenoj "
        f"{v2.dob('21. studenoga 1999.')} u {OPL('Harkivu')}, broj putovnice {v2.pp('FE482913')}, koja je u "
        f"{KPL('Hrvatsku')} došla u {KDT('travnju 2022.')} kao raseljena osoba, obećao posao čistačice uz plaću od "
        f"{KM('900,00 eura')} mjesečno, a zatim joj oduzeo putovnicu te je od {KDT('lipnja 2022.')}, prijeteći da "
        f"će je prijaviti policiji zbog navodne krađe novca iz bara, prisiljavao na pružanje spolnih usluga, pri "
        f"čemu je njezin mobilni telefon broj {v2.ph('+385 95 718 2264')} držao kod sebe;")
    d.p(f"3. maloljetnu {m1.n('T.R.')}, rođenu {m1.dob('2006.')}, koju je upoznao preko oštećenice "
        f"{v1.n('Perković')}, znajući da je riječ o djetetu, u {KDT('prosincu 2022.')} doveo u bar i nagovarao je "
        f"da s gostima odlazi u sobe na katu, obećavajući joj novac i novi mobitel,")
    d.p(f"čime je počinio kazneno djelo protiv čovječnosti i ljudskog dostojanstva – trgovanjem ljudima iz "
        f"{KLAW('članka 106. stavka 1. i 3. Kaznenog zakona')}, pa se na temelju istog zakonskog propisa")
    d.center("o s u đ u j e")
    d.p("na kaznu zatvora u trajanju od 6 (šest) godina i 6 (šest) mjeseci.")
    d.p(f"Na temelju {KLAW('članka 158. stavka 2. Zakona o kaznenom postupku')} nalaže se optuženiku da "
        f"oštećenici {v1.n('Luciji Perković')} isplati iznos od {KM('12.000,00 eura')}, a oštećenici "
        f"{v2.n('Dariji Kovalenko')} iznos od {KM('7.500,00 eura')} na ime imovinskopravnog zahtjeva, u roku od "
        f"15 dana od pravomoćnosti presude.")
    d.center("Obrazloženje (izvadak)")
    d.p(f"Oštećenica {v1.n('Lucija Perković')}, ispitana kao svjedokinja uz primjenu posebnih mjera zaštite, "
        f"iskazala je da je optuženika upoznala u {KDT('veljači 2021.')} preko oglasa za posao, da joj je na "
        f"početku bio „kao stariji brat“, a da se sve promijenilo kad joj je uzeo osobnu iskaznicu „na čuvanje“. "
        f"Navela je da je o svemu šutjela jer se bojala da će optuženik naštetiti njezinoj majci i mlađem bratu "
        f"{r2.n('Filipu')}, koji su živjeli sami u {OPL('Vukovaru')}. Sud je iskaz svjedokinje {v1.n('Perković')} "
        f"ocijenio vjerodostojnim jer je jasan, dosljedan i potkrijepljen izvatkom s računa na koji je optuženik "
        f"uplaćivao i s kojeg je podizao novac.")
    d.p(f"Svjedokinja {r1.n('Ružica Perković')}, majka oštećenice, iskazala je da je kćer više puta zvala na broj "
        f"{v1.ph('099 314 2075')}, ali da se {v1.n('Lucija')} rijetko javljala, a kad bi se javila, govorila je "
        f"kratko i „kao da netko stoji pored nje“. {v1.n('Lucijina')} majka potvrdila je i da joj je kći u "
        f"{KDT('prosincu 2022.')} ispričala da u baru radi i jedna „mala od {m1.age('šesnaest godina')}“.")
    d.p(f"Oštećenica {v2.n('Darija Kovalenko')} (u putovnici upisana kao {v2.n('DARIIA KOVALENKO')}) ispitana je "
        f"putem audio-video uređaja uz sudsku tumačicu za ukrajinski jezik {KO('Oksanu Jurić')}. Iskazala je da "
        f"joj je optuženik prijetio da će, ako ode na policiju, za nju reći da je kradljivica i da je više nikada "
        f"neće pustiti u {KPL('Hrvatsku')}. Svjedok {OPN('Ivica Lovrić')}, konobar u baru, potvrdio je da su "
        f"oštećenice živjele u stanu na katu i da ih je optuženik svake večeri osobno odvozio i dovozio.")
    d.p(f"Maloljetna {m1.n('T.R.')} ispitana je u posebnoj prostoriji uz nazočnost psihologinje "
        f"{KORG('Centra za socijalnu skrb Osijek')}. Iz njezina iskaza, koji je sud u cijelosti prihvatio, proizlazi "
        f"da ju je optuženik nagovarao riječima: „{m1.n('Tea')}, ti si velika cura, ovdje možeš zaraditi više nego "
        f"tvoja mama.“ Njezin otac, {r3.n('Mladen R.')}, iskazao je kao svjedok da nije znao gdje kći provodi "
        f"večeri jer mu je govorila da spava kod prijateljice.")
    d.p(f"Obranu optuženika, koji je negirao da je oštećenice na bilo što prisiljavao, sud nije prihvatio jer je "
        f"u suprotnosti s iskazima oštećenica i svjedoka te s materijalnim dokazima. Pri odmjeravanju kazne sud je "
        f"kao otegotno cijenio da je kazneno djelo počinjeno i prema djetetu, a kao olakotno dosadašnju "
        f"neosuđivanost optuženika.")
    d.p(f"Uputa o pravnom lijeku: protiv ove presude stranke imaju pravo žalbe {KCT('Visokom kaznenom sudu Republike Hrvatske')} "
        f"u roku od 15 dana od dana primitka pisanog otpravka presude.")
    d.lines(f"U {KPL('Osijeku')}, {KDT('9. svibnja 2024.')}")
    d.sig(f"Zapisničarka\n{KO('Lucija Bašić')}\n\nPredsjednica vijeća\nsutkinja {KO('Dubravka Marić')}")
    d.case = {"case": "K-23/2023", "parties": [
        {"role": "victim", "name": "Lucija Perković", "aliases": [], "identifiers": [OIB_L]},
        {"role": "victim", "name": "Dariia KOVALENKO", "aliases": ["Darija Kovalenko"], "identifiers": ["FE482913"]},
        {"role": "defendant", "name": "Zoran Matijević", "aliases": [], "identifiers": [OIB_D]},
        {"role": "judge", "name": "Dubravka Marić", "aliases": [], "identifiers": []},
        {"role": "judge", "name": "Tena Horvat", "aliases": [], "identifiers": []},
        {"role": "official", "name": "Lucija Bašić", "aliases": [], "identifiers": []},
        {"role": "prosecutor", "name": "Ksenija Vuković", "aliases": [], "identifiers": []},
        {"role": "lawyer", "name": "Davor Pavić", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra02():
    """Police report from Republika Srpska (ijekavian Serbian, Cyrillic), typewriter layout: a victim
    introduced with her nickname 'Слава' next to the common word 'слава' (the family saint's day), a minor
    by initials and first name, a mother and brother with a phone and a car plate typed in Cyrillic
    look-alike letters, BiH phone formats and a BiH JMBG."""
    d = Doc("extra-02", "sr-Cyrl", "typewriter", header="ПУ Бијељина | Број: 11-1-02/1-230-417/24",
            footer="Страна {page}", font="mono", fontsize=9.5, pdf_title="Извјештај 11-1-02/1-230-417/24")
    v1, m1, r1, r2 = Who("victim-1"), Who("minor-1"), Who("relative-1"), Who("relative-2")
    S_ID = jmbg("04", "07", "001", "18", "527")
    d.lines(f"{KPL('РЕПУБЛИКА СРПСКА')}\n{KORG('МИНИСТАРСТВО УНУТРАШЊИХ ПОСЛОВА')}\n"
            f"{KORG('ПОЛИЦИЈСКА УПРАВА БИЈЕЉИНА')}\n{KORG('Полицијска станица Јања')}\n"
            f"Број: {KCN('11-1-02/1-230-417/24')}\n{KPL('Бијељина')}, {KDT('17.03.2024.')} године")
    d.title("ИЗВЈЕШТАЈ")
    d.center("о догађају и предузетим мјерама")
    d.p(f"Дана {KDT('16.03.2024.')} године око 22:10 часова, по пријави запримљеној путем дежурне службе на "
        f"број {KOC('122')}, патрола у саставу полицајаца {KO('Горана Стевића')} и {KO('Жарка Вујића')} упућена "
        f"је на бензинску пумпу „{KORG('Нестро Петрол')}“ на магистралном путу {KPL('Бијељина')} – "
        f"{KPL('Зворник')}, гдје је радник пумпе пријавио да се у тоалету налазе двије дјевојке које плачу и "
        f"траже помоћ.")
    d.p(f"На лицу мјеста патрола је затекла {v1.n('Станиславу Гајић')}, звану „{v1.n('Слава')}“, рођену "
        f"{v1.dob('04.07.2001.')} године у {OPL('Угљевику')}, ЈМБГ {v1.id(S_ID)}, са пребивалиштем у "
        f"{OPL('Угљевику')}, {v1.addr('ул. Николе Тесле 41')}, контакт телефон {v1.ph('065/418-227')}, и "
        f"малољетну {m1.n('Д.Ј.')}, стару {m1.age('14 година')}, из {OPL('Лопара')}, која код себе није имала "
        f"личне документе.")
    d.p(f"{v1.n('Гајић')} је изјавила да је прије отприлике мјесец дана преко Инстаграма (налог "
        f"{v1.soc('@slava_g01')}) упознала {KD('Бранислава Лазића')} из {KPL('Бијељине')}, који јој је понудио "
        f"посао конобарице у кафићу у {KPL('Бечу')} са платом од {KM('1.500 евра')}, те да је {KDT('10.03.2024.')} "
        f"године са њим и малољетном {m1.n('Д.Ј.')} кренула за {KPL('Аустрију')}, али да их је {KD('Лазић')} "
        f"смјестио у викендицу у околини {KPL('Јање')} и одузео им телефоне, говорећи да чекају „папире“. "
        f"Навела је да им је {KD('Лазић')} наредне ноћи довео двојицу непознатих мушкараца и захтијевао да са "
        f"њима „буду љубазне“, а да је малољетној {m1.n('Дуњи')} пријетио да ће јој „сломити руке“ ако каже "
        f"мајци гдје се налази.")
    d.p(f"Малољетна {m1.n('Д.Ј.')} је у присуству социјалне раднице {KORG('Центра за социјални рад Бијељина')} "
        f"{KO('Нине Алексић')} изјавила да се са {v1.n('Славом')} упознала прошлог љета у {OPL('Лопару')}, да јој "
        f"је вјеровала „као старијој сестри“ и да је пристала да крене с њом јер јој је {KD('Лазић')} обећао да ће "
        f"у {KPL('Бечу')} моћи да ради у фризерском салону. Изјавила је да је у викендици сво вријеме била "
        f"закључана и да су вечерас обје искористиле то што је {KD('Лазић')} заспао, те пјешице дошле до пумпе.")
    d.p(f"Око 23:30 часова на пумпу је дошла мајка {v1.n('Станиславе')}, {r1.n('Радојка Гајић')} (тел. "
        f"{r1.ph('+387 66 218 904')}), са сином {r2.n('Огњеном Гајићем')}, који је управљао возилом марке "
        f"„Фолксваген Голф“ регистарских ознака {r2.plate('К47-Е-219')}. {r1.n('Радојка')} је навела да ћерку "
        f"није видјела од њихове крсне {KCW('славе')}, {KDT('19. децембра 2023.')} године, када јој је "
        f"{v1.n('Слава')} рекла да је нашла посао у иностранству. {r2.n('Огњен')} је изјавио да је сестри "
        f"{v1.n('Слави')} у фебруару позајмио {KM('400 КМ')} за пут и да му се од тада није јављала.")
    d.p(f"О догађају је обавијештен дежурни тужилац {KORG('Окружног јавног тужилаштва Бијељина')} "
        f"{KO('Тања Рајић')}, која је наложила да се оштећене збрину уз помоћ "
        f"{KORG('Центра за социјални рад Бијељина')}, а да се против {KD('Бранислава Лазића')} поднесе извјештај "
        f"због основа сумње да је починио кривично дјело трговина људима из "
        f"{KLAW('члана 145. став 1. и 2. Кривичног законика Републике Српске')}. {KD('Лазић')} је лишен слободе "
        f"{KDT('17.03.2024.')} године у 01:40 часова у {KPL('Бијељини')}.")
    d.sig(f"Извјештај сачинио\n{KO('Дражен Ћосић')}, виши инспектор")
    d.case = {"case": "КТ-287/24", "parties": [
        {"role": "victim", "name": "Станислава Гајић", "aliases": [], "identifiers": [S_ID]},
        {"role": "defendant", "name": "Бранислав Лазић", "aliases": [], "identifiers": []},
        {"role": "official", "name": "Дражен Ћосић", "aliases": [], "identifiers": []},
        {"role": "prosecutor", "name": "Тања Рајић", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra03():
    """Indictment of the Organised Crime Prosecutor (Serbian Cyrillic) with a landscape victims' table:
    the column header 'Датум рођења' is the only birth cue (passport-style, ISO, ordinal-dot and bare-year
    dates) next to a decoy column of identification dates; passports of Nepal, Bangladesh, Uzbekistan and
    China; phones in five countries; Nepali, Bangladeshi, Uzbek and Chinese names in passport spelling,
    Cyrillic transcription and Hanzi; the common word 'ислам' next to the surname 'Ислам'."""
    d = Doc("extra-03", "sr-Cyrl", "table-landscape", header="Тужилаштво за организовани криминал | КТО 41/23",
            footer="Страна {page} од {pages}", font="serif", fontsize=10, pdf_title="Оптужница КТО 41/23")
    d.opts["cellsize"] = 8.2
    d.opts["indent"] = 0
    v1, v2, v3, v4, r1 = Who("victim-1"), Who("victim-2"), Who("victim-3"), Who("victim-4"), Who("relative-1")
    D_ID = jmbg("17", "05", "971", "77", "214")
    L_ID = cn_id("450305", "19870309", "126")
    d.lines(f"{KPL('РЕПУБЛИКА СРБИЈА')}\n{KORG('ТУЖИЛАШТВО ЗА ОРГАНИЗОВАНИ КРИМИНАЛ')}\n{KCN('КТО бр. 41/23')}\n"
            f"{KDT('11.03.2024.')} године\n{KPL('Београд')}", bold=True)
    d.lines(f"{KCT('ВИШЕМ СУДУ У БЕОГРАДУ')}\n{KORG('Посебном одељењу за организовани криминал')}",
            align="right", bold=True)
    d.p(f"Сходно овлашћењима из {KLAW('члана 4. Закона о организацији и надлежности државних органа у сузбијању организованог криминала, тероризма и корупције')}, "
        f"а на основу {KLAW('члана 332. Законика о кривичном поступку')}, подижем")
    d.title("ОПТУЖНИЦУ")
    d.center("против:")
    d.p(f"1. {KD('Мирослава Ђуровића')}, од оца {OPN('Радомира')} и мајке {OPN('Станке')}, рођеног "
        f"{ODOB('17.05.1971.')} године у {KPL('Шапцу')}, ЈМБГ {OID(D_ID)}, директора и власника привредног "
        f"друштва „{KORG('Мачва Агро Кооп д.о.о.')}“ из {KPL('Шапца')}, ожењеног, оца двоје деце, неосуђиваног, у "
        f"притвору од {KDT('26.10.2023.')} године;")
    d.p(f"2. {KD('Срђана Марјанца')}, рођеног {ODOB('1984.')} године у {KPL('Лозници')}, пословође у истом "
        f"привредном друштву, неосуђиваног, на слободи;")
    d.center("ЗАТО ШТО СУ:")
    d.p(f"У периоду од {KDT('априла')} до {KDT('октобра 2023.')} године, у {KPL('Шапцу')}, {KPL('Богатићу')} и на "
        f"пољопривредним имањима у {KPL('Мачви')}, као припадници организоване криминалне групе коју је "
        f"организовао окривљени {KD('Ђуровић')}, преко посредничких агенција у {KPL('Катмандуу')}, {KPL('Даки')} и "
        f"{KPL('Ташкенту')} врбовали, превезли и сместили стране држављане, укупно дванаест лица, међу којима и "
        f"оштећене наведене у табели која је саставни део ове оптужнице, обећавајући им рад у пољопривреди са "
        f"зарадом од {KM('700 евра')} месечно, а затим им по доласку у {KPL('Србију')} одузели пасоше, сместили их у "
        f"магацин без грејања и санитарног чвора и исплаћивали им највише {KM('150 евра')} месечно, наплаћујући "
        f"им „дуг“ за трошкове пута у износу од {KM('4.000 до 6.500 евра')} по лицу,")
    d.p(f"– чиме су извршили кривично дело трговина људима из "
        f"{KLAW('члана 388. став 1. и 6. Кривичног законика')}.")
    d.h("Табела оштећених лица")
    hdr = ["Р. бр.", "Презиме и име (према пасошу)", "Име у српском запису", "Држављанство", "Датум рођења",
           "Путна исправа", "Телефон", "Датум идентификације", "Напомена"]
    rows = [hdr,
            ["1.", v1.n("GURUNG Suman"), v1.n("Суман Гурунг"), KPL("Непал"), v1.dob("02 MAR 1995"),
             v1.pp("PA0738291"), v1.ph("+977 980 4412 573"), KDT("14.09.2023."),
             f"посредницима у {KPL('Катмандуу')} платио брат {r1.n('Prakash Gurung')}"],
            ["2.", v2.n("ISLAM Md Rafiqul"), v2.n("Мд Рафикул Ислам"), KPL("Бангладеш"), v2.dob("1990-07-15"),
             v2.pp("BH0475218"), v2.ph("+880 1712-448019"), KDT("14.09.2023."), "—"],
            ["3.", v3.n("RAKHIMOV Dilshod"), v3.n("Дилшод Рахимов"), KPL("Узбекистан"), v3.dob("23.11.1998."),
             v3.pp("FA4419203"), v3.ph("+998 90 417 22 83"), KDT("02.10.2023."), "пријавио случај полицији"],
            ["4.", f"{v4.n('HUANG Lixia')} {v4.n('黄丽霞')}", v4.n("Хуанг Лисја"), KPL("НР Кина"), v4.dob("1987"),
             v4.pp("EH2590741"), v4.ph("+86 137 0815 2294"), KDT("02.10.2023."),
             f"куварица; ЛК НР Кине {v4.id(L_ID)}"],
            ]
    d.table(rows, header_rows=1, widths=[26, 84, 78, 68, 60, 62, 92, 80, 166])
    d.p(f"Оштећени {v1.n('Суман Гурунг')} је на записнику о саслушању изјавио да је за посао у {KPL('Србији')} "
        f"сазнао од рођака, да је његов брат {r1.n('Пракаш')} за посредовање платио {KM('5.000 америчких долара')} "
        f"и да је {v1.n('Суману')} по доласку пасош узео окривљени {KD('Марјанац')}, уз објашњење да је потребан "
        f"„за радну дозволу“. Исказ оштећеног {v1.n('Гурунга')} у свему је сагласан са исказима осталих оштећених.")
    d.p(f"Оштећени {v2.n('Рафикул Ислам')} навео је да је окривљени {KD('Марјанац')} радницима који исповедају "
        f"{KCW('ислам')} забрањивао да се моле током рада и да је оштећеном {v2.n('Исламу')} због тога два пута "
        f"ускратио дневницу. Оштећени {v3.n('Рахимов')} је {KDT('1. октобра 2023.')} године побегао са имања и "
        f"случај пријавио {KORG('Полицијској станици Богатић')}, након чега су сутрадан идентификовани и остали "
        f"оштећени.")
    d.p(f"Оштећена {v4.n('Хуанг Лисја')} ({v4.n('黄丽霞')}) навела је да није говорила српски, па јој је окривљени "
        f"{KD('Ђуровић')} наређења слао преко апликације WeChat на број {v4.ph('+86 137 0815 2294')}, и да је у "
        f"магацину кувала за свих дванаест радника без икакве накнаде.")
    d.center("П Р Е Д Л А Ж Е М")
    d.p(f"да се пред {KCT('Вишим судом у Београду')}, {KORG('Посебним одељењем за организовани криминал')}, "
        f"одреди и одржи главни претрес, на који ће се позвати окривљени и њихови браниоци, као и оштећени "
        f"{v1.n('Суман Гурунг')}, {v2.n('Мд Рафикул Ислам')}, {v3.n('Дилшод Рахимов')} и {v4.n('Хуанг Лисја')}, који ће "
        f"бити саслушани путем видео-конференцијске везе уз помоћ судског тумача за енглески језик "
        f"{KO('Маје Вешовић')}.")
    d.sig(f"ЗАМЕНИК ТУЖИОЦА ЗА ОРГАНИЗОВАНИ КРИМИНАЛ\n{KO('Бојан Крстић')}")
    d.case = {"case": "КТО 41/23", "parties": [
        {"role": "victim", "name": "Suman GURUNG", "aliases": ["Суман Гурунг"], "identifiers": ["PA0738291"]},
        {"role": "victim", "name": "HUANG Lixia", "aliases": ["黄丽霞", "Хуанг Лисја"], "identifiers": ["EH2590741", L_ID]},
        {"role": "defendant", "name": "Мирослав Ђуровић", "aliases": [], "identifiers": [D_ID]},
        {"role": "defendant", "name": "Срђан Марјанац", "aliases": [], "identifiers": []},
        {"role": "prosecutor", "name": "Бојан Крстић", "aliases": [], "identifiers": []},
        {"role": "official", "name": "Маја Вешовић", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra04():
    """Weekly hearing schedule of a Higher Court (Serbian Latin): a table full of dates, times, courtrooms,
    case numbers, defendants, offences and judges (all kept); one protected witness under a pseudonym
    (optional) whose real name and phone leak in the clerk's internal notes, a victim by initials and by full
    name with her age, and a defendant who shares the protected witness's surname."""
    d = Doc("extra-04", "sr-Latn", "formal", header="Viši sud u Kragujevcu | Raspored suđenja 13–17. maj 2024.",
            footer="{page}/{pages}", font="sans", fontsize=9.5, pdf_title="Raspored suđenja 13–17. maj 2024.",
            pdf_author="Viši sud u Kragujevcu")
    d.opts["cellsize"] = 8.0
    d.opts["indent"] = 0
    pw, v1 = Who("protected-witness-1"), Who("victim-1")
    W = [34, 40, 50, 88, 66, 82, 122]
    HDR = ["Vreme", "Sudnica", "Predmet", "Okrivljeni", "Krivično delo", "Predsednik veća", "Napomena"]

    def day(title, rows):
        d.h(title)
        d.table([HDR] + rows, header_rows=1, widths=W)
    d.lines(f"{KPL('REPUBLIKA SRBIJA')}\n{KCT('VIŠI SUD U KRAGUJEVCU')}\nKrivično odeljenje\n"
            f"{KCN('Su I-2 88/24')}\n{KDT('08.05.2024.')} godine", bold=True)
    d.title("RASPORED SUĐENJA")
    d.center(f"za period {KDT('13–17. maja 2024.')} godine")
    d.p(f"Na osnovu {KLAW('člana 49 Sudskog poslovnika')} objavljuje se raspored glavnih pretresa i ročišta u "
        f"krivičnim predmetima. Javnost je isključena na pretresima označenim zvezdicom (*). Promene rasporeda "
        f"objavljuju se na oglasnoj tabli suda i na telefonu informativne službe {KOC('034/501-700')}.")
    day(f"Ponedeljak, {KDT('13. maj 2024.')}", [
        ["09:00", "12", KCN("K 114/23"), KD("Rade Milutinović"), KLAW("čl. 246 st. 1 KZ"),
         KO("Vladimir Cvetković"), "nastavak glavnog pretresa"],
        ["10:30", "12", KCN("K 7/24"), KD("Svetlana Pantić"), KLAW("čl. 208 st. 3 KZ"),
         KO("Vladimir Cvetković"), "čitanje nalaza veštaka"],
        ["11:00", "5*", KCN("K 31/24"), f"{KD('Vukašin Ćirić')} i dr.", KLAW("čl. 388 st. 1 i 3 KZ"),
         KO("Jasmina Đorić"), f"saslušanje zaštićenog svedoka „{OPN('Lasta')}“ putem video-linka; oštećena "
                              f"{v1.n('M.J.')} – poziv preko {KORG('Centra za zaštitu žrtava trgovine ljudima')}"],
        ["13:00", "5", KCN("Kv 203/24"), KD("Uroš Tomić"), KLAW("čl. 214 st. 1 KZ"), KO("Predrag Lalović"),
         "razmatranje optužnice"],
    ])
    day(f"Utorak, {KDT('14. maj 2024.')}", [
        ["09:30", "3", KCN("K 88/23"), KD("Dušan Vujošević"), KLAW("čl. 246 st. 1 KZ"), KO("Biljana Ostojić"),
         "izricanje presude"],
        ["10:00", "5*", KCN("K 44/24"), KD("Marinko Vasić"), KLAW("čl. 185 st. 2 KZ"), KO("Jasmina Đorić"),
         "javnost isključena – maloletni oštećeni"],
        ["12:00", "12", KCN("K 102/22"), KD("Zlatko Obrenović"), KLAW("čl. 359 st. 1 KZ"),
         KO("Vladimir Cvetković"), f"odložen za {KDT('3. jun 2024.')} – bolest branioca"],
    ])
    day(f"Sreda, {KDT('15. maj 2024.')}", [
        ["09:00", "5*", KCN("K 31/24"), f"{KD('Vukašin Ćirić')} i dr.", KLAW("čl. 388 st. 1 i 3 KZ"),
         KO("Jasmina Đorić"), f"nastavak; svedok „{OPN('Lasta')}“ – rezervni termin"],
        ["11:30", "3", KCN("K 19/24"), KD("Petar Gavrilović"), KLAW("čl. 121 st. 1 KZ"), KO("Biljana Ostojić"),
         "saslušanje svedoka"],
    ])
    d.h(f"Četvrtak, {KDT('16. maj 2024.')}")
    d.p("Nema zakazanih glavnih pretresa (sednica Krivičnog odeljenja u 10:00).")
    day(f"Petak, {KDT('17. maj 2024.')}", [
        ["09:00", "12", KCN("K 57/23"), KD("Bojan Lazarević"), KLAW("čl. 246a KZ"), KO("Predrag Lalović"),
         "glavni pretres"],
        ["10:00", "3", KCN("K 88/23"), KD("Dušan Vujošević"), KLAW("čl. 246 st. 1 KZ"), KO("Biljana Ostojić"),
         "rezervni termin za izricanje presude"],
    ])
    d.p(f"Dežurni sudija za prethodni postupak u toku sedmice: {KO('Marko Radulović')}, kabinet 41.")
    d.h("Napomene zapisničara (interno – ne objavljivati)")
    d.p(f"– {KCN('K 31/24')}: zaštićeni svedok „{OPN('Lasta')}“ je {pw.n('Danijela Vujošević')}; kontakt "
        f"isključivo preko postupajućeg tužioca, lični telefon svedokinje {pw.ph('064/551-2903')} ne upisivati u "
        f"poziv. Svedokinja {pw.n('Vujošević')} nije u srodstvu sa okrivljenim {KD('Dušanom Vujoševićem')} iz "
        f"predmeta {KCN('K 88/23')}.")
    d.p(f"– {KCN('K 31/24')}: oštećena {v1.n('M.J.')} ({v1.n('Milena Jakšić')}, {v1.age('19 god.')}) traži da ne "
        f"čeka u istoj prostoriji sa okrivljenima; obezbediti posebnu čekaonicu na drugom spratu.")
    d.p(f"– {KCN('K 44/24')}: maloletne oštećene dovesti preko {KORG('Centra za socijalni rad Kragujevac')}; "
        f"pozive roditeljima slati na adrese iz spisa.")
    d.sig(f"Predsednik Krivičnog odeljenja\nsudija {KO('Jasmina Đorić')}")
    d.case = {"case": "K 31/24", "parties": [
        {"role": "protected-witness", "name": "Danijela Vujošević", "aliases": ["Lasta"], "identifiers": []},
        {"role": "defendant", "name": "Vukašin Ćirić", "aliases": [], "identifiers": []},
        {"role": "judge", "name": "Jasmina Đorić", "aliases": [], "identifiers": []},
    ]}
    return d
