"""EXTRA set templates, documents extra-09 .. extra-12. All persons, identifiers and addresses are fictional."""
from corpuslib import (Doc, Who, KD, KO, KPF, KORG, KPL, KCT, KCN, KLAW, KDT, KM, KOC, KCW,
                       OPL, OPN, OADDR, OID, ODOB, O, jmbg)
from extralib import ba_account_print


# ---------------------------------------------------------------------------------------------
def extra09():
    """News brief, Bosnian Latin: the victim appears only as '22-godišnja djevojka' and by her first name
    'Nada' (quoted by a neighbour, then Nadina, Nadu), while 'Nada' / 'nadu' also occur as the common word
    'hope' (sentence-initial in a quote, and inside the NGO's name 'Most nade'); suspects by initials with
    their ages; a police spokesman, a journalist and an NGO director kept; public hotlines kept."""
    d = Doc("extra-09", "bs", "formal", header="BOSANSKI DNEVNI VJESNIK | Crna hronika",
            footer="Bosanski dnevni vjesnik · {page}", font="sans", fontsize=10,
            pdf_title="Policija u Lukavcu oslobodila djevojku", pdf_author="BDV")
    d.opts["indent"] = 0
    v1, r1 = Who("victim-1"), Who("relative-1")
    OAGE = O("age")
    d.title(f"Policija u {KPL('Lukavcu')} oslobodila {v1.age('22-godišnjakinju')} koju su mjesecima držali "
            f"zaključanu")
    d.center("Osumnjičeni bračni par prisiljavao djevojku na prosjačenje i kućne poslove")
    d.lines(f"{KPL('TUZLA')}, {KDT('23. 4. 2024.')} · Piše: {KPF('Selma Hadžiomerović')}")
    d.p(f"Pripadnici {KORG('Uprave policije MUP-a Tuzlanskog kantona')} u ponedjeljak su u jednoj kući u "
        f"{KPL('Lukavcu')} pronašli {v1.age('22-godišnju')} djevojku iz okoline {OPL('Živinica')} koju su, kako se "
        f"sumnja, supružnici {KD('S.H.')} ({OAGE('41')}) i {KD('M.H.')} ({OAGE('39')}) mjesecima držali zaključanu "
        f"i prisiljavali na prosjačenje ispred tržnih centara i na rad u kući. Oboje su uhapšeni i, nakon "
        f"kriminalističke obrade, predati u nadležnost {KORG('Kantonalnog tužilaštva Tuzlanskog kantona')}, koje "
        f"predmet vodi pod brojem {KCN('T03 0 KT 0021547 24')}.")
    d.p(f"Kako je za naš list potvrdio glasnogovornik MUP-a TK {KO('Irfan Mehmedović')}, policiju je pozvala "
        f"komšinica koja je djevojku više puta vidjela na prozoru. „{v1.n('Nada')} je plakala i pokazivala nam "
        f"rukama da ne smije izaći. Tek kad smo vidjeli modrice, shvatili smo šta se dešava“, ispričala nam je "
        f"komšinica, koja nije željela da objavimo njeno ime.")
    d.p(f"Prema nezvaničnim informacijama, djevojka je u kuću osumnjičenih došla prošle godine, nakon što joj je "
        f"umrla majka. Njen brat {r1.n('Senad')} je, kako kažu mještani, nekoliko puta pokušavao doći do nje, ali "
        f"su mu osumnjičeni govorili da je otišla raditi u {KPL('Njemačku')}. {v1.n('Nadina')} lična karta "
        f"pronađena je prilikom pretresa u ladici u spavaćoj sobi osumnjičenih, zajedno s {KM('3.400 KM')} u "
        f"gotovini.")
    d.p(f"{v1.n('Nadu')} su socijalni radnici {KORG('Centra za socijalni rad Lukavac')} smjestili u sigurnu kuću, "
        f"gdje joj je pružena medicinska i psihološka pomoć. Tužilaštvo će, kako nam je rečeno, od "
        f"{KCT('Općinskog suda u Tuzli')} zatražiti određivanje pritvora za osumnjičene.")
    d.p(f"„{KCW('Nada')} postoji i za žrtve koje godinama šute, ali je važno da okolina reaguje na vrijeme“, rekla "
        f"je za naš list {KPF('Amela Salkić')}, direktorica udruženja „{KORG('Most nade')}“ iz {KPL('Tuzle')}, koje "
        f"pomaže žrtvama trgovine ljudima. Ona je dodala da mnoge žrtve, kada se nađu u potpunoj izolaciji, "
        f"izgube svaku {KCW('nadu')} da će im iko pomoći.")
    d.p(f"Građani koji imaju saznanja o mogućim slučajevima trgovine ljudima mogu ih anonimno prijaviti putem "
        f"programa „{KORG('Krimolovci')}“ na besplatni broj {KOC('1264')} ili direktno {KORG('MUP-u TK')} na broj "
        f"{KOC('035 280 100')}.")
    d.case = {"case": "T03 0 KT 0021547 24", "parties": [
        {"role": "victim", "name": "Nada Bećirović", "aliases": [], "identifiers": []},
        {"role": "defendant", "name": "Suad Hasanović", "aliases": ["S.H."], "identifiers": []},
        {"role": "defendant", "name": "Mirsada Hasanović", "aliases": ["M.H."], "identifiers": []},
        {"role": "official", "name": "Irfan Mehmedović", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra10():
    """Appellate judgment (Serbian Latin), three pages: the case number and page numbers in the running
    header and footer of every page, the victim's surname hyphenated across the page break
    ('Sto-' | 'šić'); the defendant is the victim's partner (a kept person introduced with a family word);
    mother and brother share the victim's surname; a son named by first name; age, date of birth and phone."""
    d = Doc("extra-10", "sr-Latn", "formal", header="APELACIONI SUD U NIŠU | Kž1 318/24",
            footer="Kž1 318/24 – strana {page} od {pages}", font="serif", fontsize=10.5,
            pdf_title="Presuda Kž1 318/24", pdf_author="Apelacioni sud u Nišu")
    d.opts["indent"] = 18
    v1, r1, r2, r3 = Who("victim-1"), Who("relative-1"), Who("relative-2"), Who("relative-3")
    d.lines(f"{KPL('REPUBLIKA SRBIJA')}\n{KCT('APELACIONI SUD U NIŠU')}\n{KCN('Kž1 318/24')}\n"
            f"{KDT('11.06.2024.')} godine\n{KPL('N i š')}", bold=True)
    d.title("U IME NARODA")
    d.p(f"{KCT('Apelacioni sud u Nišu')}, u veću sastavljenom od sudija {KO('Milorada Stanojevića')}, predsednika "
        f"veća, {KO('Gordane Simonović')} i {KO('Dejana Antića')}, članova veća, uz učešće zapisničara "
        f"{KO('Ivane Ristić')}, u krivičnom predmetu okrivljenog {KD('Dalibora Kocića')}, zbog krivičnog dela "
        f"trgovina ljudima iz {KLAW('člana 388 stav 1 i 3 Krivičnog zakonika')}, odlučujući o žalbama "
        f"{KORG('Višeg javnog tužioca u Leskovcu')} i branioca okrivljenog, advokata {KO('Nebojše Tasića')}, "
        f"izjavljenim protiv presude {KCT('Višeg suda u Leskovcu')} {KCN('K 41/23')} od {KDT('12.02.2024.')} "
        f"godine, u sednici veća održanoj dana {KDT('11.06.2024.')} godine, u prisustvu zamenika apelacionog "
        f"javnog tužioca {KO('Srbislava Petrovića')}, okrivljenog i njegovog branioca, doneo je")
    d.title("P R E S U D U")
    d.p(f"DELIMIČNIM USVAJANJEM žalbe {KORG('Višeg javnog tužioca u Leskovcu')} PREINAČUJE SE presuda "
        f"{KCT('Višeg suda u Leskovcu')} {KCN('K 41/23')} od {KDT('12.02.2024.')} godine u pogledu odluke o "
        f"krivičnoj sankciji, tako što Apelacioni sud okrivljenog {KD('Dalibora Kocića')}, zbog krivičnog dela "
        f"trgovina ljudima iz {KLAW('člana 388 stav 1 i 3 Krivičnog zakonika')}, za koje je prvostepenom presudom "
        f"oglašen krivim, OSUĐUJE na kaznu zatvora u trajanju od 8 (osam) godina, dok se žalba branioca "
        f"okrivljenog ODBIJA kao neosnovana, a prvostepena presuda u nepreinačenom delu POTVRĐUJE.")
    d.center("O b r a z l o ž e nj e")
    d.p(f"Presudom {KCT('Višeg suda u Leskovcu')} {KCN('K 41/23')} od {KDT('12.02.2024.')} godine okrivljeni "
        f"{KD('Dalibor Kocić')} oglašen je krivim što je u periodu od {KDT('septembra 2021.')} do "
        f"{KDT('maja 2022.')} godine, kao vanbračni partner oštećene {v1.n('Nevene Stošić')}, koja je tada bila "
        f"maloletna, iskoristivši njenu zavisnost od njega i okolnost da je napustila roditeljski dom, primoravao "
        f"oštećenu da u {KPL('Leskovcu')}, {KPL('Vranju')} i {KPL('Nišu')} pruža seksualne usluge, dogovarajući "
        f"sastanke preko oglasa na internetu, oduzimajući joj sav novac i fizički je zlostavljajući, a nakon što je "
        f"oštećena pokušala da ga napusti, u {KDT('maju 2022.')} godine pretio joj da će njenoj majci "
        f"{r1.n('Verici Stošić')} zapaliti kuću, pa mu je prvostepeni sud izrekao kaznu zatvora u trajanju od 5 "
        f"(pet) godina.")
    d.p(f"Protiv ove presude žalbe su izjavili {KORG('Viši javni tužilac u Leskovcu')}, zbog odluke o krivičnoj "
        f"sankciji, sa predlogom da se okrivljenom izrekne stroža kazna, i branilac okrivljenog, zbog bitne "
        f"povrede odredaba krivičnog postupka, pogrešno i nepotpuno utvrđenog činjeničnog stanja i odluke o "
        f"krivičnoj sankciji, sa predlogom da se presuda ukine i predmet vrati prvostepenom sudu na ponovno "
        f"suđenje. Javni tužilac je podneskom {KCN('Ktž 402/24')} od {KDT('20.05.2024.')} godine predložio da se "
        f"žalba tužioca usvoji, a žalba branioca odbije kao neosnovana.")
    d.p(f"Branilac okrivljenog u žalbi navodi da je prvostepeni sud pogrešno ocenio iskaz oštećene "
        f"{v1.n('Nevene Stošić')}, jer je oštećena sa okrivljenim živela u vanbračnoj zajednici i „dobrovoljno“ "
        f"doprinosila izdržavanju zajedničkog domaćinstva, kao i da iskaz oštećene nije potkrepljen drugim "
        f"dokazima. Ovaj sud nalazi da su navedeni žalbeni navodi neosnovani. Prvostepeni sud je pravilno cenio "
        f"iskaz oštećene {v1.n('Stošić')}, koja je, saslušana kao posebno osetljiv svedok, detaljno i dosledno "
        f"opisala način na koji ju je okrivljeni, kada je imala {v1.age('17 godina')}, odveo iz kuće njene majke u "
        f"{OPL('Vlasotincu')} i smestio u iznajmljeni stan u {KPL('Leskovcu')}, u kome je ubrzo zatim počeo da "
        f"dovodi muškarce sa kojima se dogovarao preko oglasa. Oglasi su objavljivani sa brojem telefona "
        f"{v1.ph('061/552-0418')}, koji je okrivljeni kupio na ime oštećene, a poruke sa tog broja pisao je "
        f"isključivo okrivljeni, koji je na taj način u potpunosti kontrolisao kontakte oštećene "
        f"{v1.n('Nevene Sto⟪-⟫⟪P⟫šić')} sa drugim osobama.")
    d.p(f"Iskaz oštećene potkrepljen je iskazom njene majke, svedoka {r1.n('Verice Stošić')}, koja je navela da se "
        f"ćerka u tom periodu retko javljala, i to uvek sa broja okrivljenog, kao i da joj je {v1.n('Nevena')} "
        f"{KDT('14. aprila 2022.')} godine u telefonskom razgovoru rekla da „više ne može“. Svedok "
        f"{r2.n('Aleksa Stošić')}, brat oštećene, izjavio je da je sestru u {KDT('aprilu 2022.')} godine video u "
        f"{KPL('Nišu')} sa modricama po rukama i licu i da mu je tada rekla da se plaši da se vrati kući. Iskazi "
        f"ovih svedoka saglasni su sa medicinskom dokumentacijom {KORG('Opšte bolnice Leskovac')} od "
        f"{KDT('16.04.2022.')} godine i sa nalazom veštaka o sadržini poruka pronađenih u telefonu okrivljenog.")
    d.p(f"Pravilno je prvostepeni sud zaključio da je okrivljeni bio svestan da je oštećena maloletna, budući da je "
        f"znao da je rođena {v1.dob('3. januara 2004.')} godine i da je u vreme kada su počeli zajednički život "
        f"pohađala srednju školu. Neosnovani su i navodi žalbe da je prvostepeni sud propustio da izvede dokaz "
        f"veštačenjem finansijske dokumentacije, jer je činjenica da je okrivljeni novac koji je oštećena "
        f"zarađivala uplaćivao na sopstveni račun utvrđena na osnovu izvoda banke, a ne samo na osnovu iskaza "
        f"oštećene {v1.n('Nevene Stošić')}, pa je predlog odbrane pravilno odbijen kao nepotreban.")
    d.p(f"Razmatrajući žalbu javnog tužioca, Apelacioni sud nalazi da prvostepeni sud nije dao odgovarajući značaj "
        f"otežavajućim okolnostima, i to: da je krivično delo izvršeno prema maloletnoj osobi sa kojom je "
        f"okrivljeni bio u emotivnoj vezi, da je oštećenu {v1.n('Nevenu')} tokom čitavog perioda fizički "
        f"zlostavljao, kao i da je okrivljeni ranije osuđivan za krivično delo nasilje u porodici iz "
        f"{KLAW('člana 194 Krivičnog zakonika')}, presudom {KCT('Osnovnog suda u Leskovcu')} {KCN('K 812/19')}. Sud "
        f"je imao u vidu i da je oštećena, sa kojom okrivljeni ima sina {r3.n('Luku')}, i nakon izvršenja dela bila "
        f"izložena pritiscima porodice okrivljenog da povuče iskaz. Imajući u vidu navedene okolnosti, kazna "
        f"zatvora u trajanju od 8 (osam) godina srazmerna je težini izvršenog krivičnog dela i stepenu krivice "
        f"okrivljenog, a njome će se ostvariti i svrha kažnjavanja.")
    d.p(f"Sa iznetih razloga, a na osnovu {KLAW('člana 457 i 459 Zakonika o krivičnom postupku')}, Apelacioni sud "
        f"je doneo odluku kao u izreci ove presude.")
    d.sig(f"Zapisničar\n{KO('Ivana Ristić')}\n\nPredsednik veća – sudija\n{KO('Milorad Stanojević')}")
    d.case = {"case": "Kž1 318/24", "parties": [
        {"role": "victim", "name": "Nevena Stošić", "aliases": [], "identifiers": []},
        {"role": "defendant", "name": "Dalibor Kocić", "aliases": [], "identifiers": []},
        {"role": "judge", "name": "Milorad Stanojević", "aliases": [], "identifiers": []},
        {"role": "lawyer", "name": "Nebojša Tasić", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra11():
    """Trial-monitoring brief of an NGO, English, two-column layout: Vietnamese victims by initials with the
    Vietnamese letter Đ, by given name with and without tone marks ('Thảo' / 'Thao'), a full name read out in
    court; a Chinese victim in pinyin, Hanzi and Serbian transcription ('Džu Lihua'); a husband and a son;
    a pseudonymous protected witness (optional); judge, counsel, monitor and NGO head kept."""
    d = Doc("extra-11", "en", "twocol", header="BALKAN TRIAL WATCH | Monitoring Brief 7/2024",
            footer="Balkan Trial Watch · {page} of {pages}", font="serif", fontsize=9.5,
            pdf_title="Monitoring Brief 7/2024", pdf_author="Balkan Trial Watch")
    d.opts["indent"] = 10
    v1, v2, v3, r1, r2 = Who("victim-1"), Who("victim-2"), Who("victim-3"), Who("relative-1"), Who("relative-2")
    d.title(f"Labour trafficking trial in {KPL('Sremska Mitrovica')}: Vietnamese and Chinese workers testify")
    d.center(f"Monitoring Brief No. 7/2024 — hearings of {KDT('5, 6 and 20 February 2024')}")
    d.lines(f"Monitor: {KPF('Jasna Ivković')}")
    d.framebreak()
    d.p(f"{KORG('Balkan Trial Watch')} monitored three hearings in the case against {KD('Predrag Lukač')} and the "
        f"company {KORG('Sremska Gradnja d.o.o.')} before the {KCT('Higher Court in Sremska Mitrovica')} (case "
        f"{KCN('K 9/23')}). The indictment alleges that 31 workers from {KPL('Vietnam')} and {KPL('China')} were "
        f"recruited for a motorway construction project and held in debt bondage between {KDT('March')} and "
        f"{KDT('December 2022')}.")
    d.p(f"Presiding judge {KO('Vesna Popović')} granted the prosecution's request to exclude the public while two "
        f"injured parties testified. Our monitor was allowed to remain under the court's rules on accredited "
        f"observers. The injured parties are referred to by their initials in this brief.")
    d.h(f"Hearing of {KDT('5 February')}")
    d.p(f"The first injured party, {v1.n('T.V.Đ.')}, a {v1.age('34-year-old')} welder from "
        f"{OPL('Thanh Hóa province')}, testified through an interpreter. He said he had paid {KM('USD 7,000')} to an "
        f"agency in {KPL('Hanoi')} and that the site manager took his passport on the day he arrived. Asked by the "
        f"defence why he had not gone to the police, he replied that the manager had told the workers that the "
        f"police 'worked for the company'. Judge {KO('Popović')} reminded counsel to address the witness as "
        f"Mr {v1.n('Đức')} and not by his full name. The prosecutor, however, had read out his full name, "
        f"{v1.n('Trần Văn Đức')}, and his date of birth, {v1.dob('2 April 1989')}, when presenting the written "
        f"evidence at the start of the hearing.")
    d.h(f"Hearing of {KDT('6 February')}")
    d.p(f"The second injured party, {v2.n('L.T.T.')}, whose full name ({v2.n('Lê Thị Thảo')}) also appears in the "
        f"list of evidence, cooked for the workers in the dormitory. She described how she and her husband, "
        f"{r1.n('Phạm Quang Huy')}, were separated when he was moved to another site near {KPL('Novi Sad')}; she "
        f"learned of his injury only weeks later. Ms {v2.n('Thao')} told the court that she still sends money "
        f"home to her son {r2.n('Minh')}, who is {r2.age('11')} and lives with her parents in "
        f"{OPL('Nghệ An')}. Asked whether anyone at the site had helped her, {v2.n('Thảo')} named only the "
        f"Serbian cook who 'gave us bread when there was no money'.")
    d.h(f"Hearing of {KDT('20 February')}")
    d.p(f"The court heard a Chinese worker, {v3.n('ZHU Lihua')} ({v3.n('朱丽华')}), by video link from "
        f"{OPL('Fuzhou')}. She said she had been recruited through a WeChat group and that her passport "
        f"({v3.pp('EJ6638104')}) was 'kept safe' by the company until she left. Counsel for the defendant, "
        f"{KO('Goran Šarac')}, suggested that Ms {v3.n('Zhu')} had left the site voluntarily; she answered that "
        f"she 'climbed over the fence at night'. In the Serbian transcript she appears as {v3.n('Džu Lihua')}.")
    d.p(f"A protected witness testifying under the pseudonym '{OPN('X-2')}' was heard with voice distortion and "
        f"described the recruitment network in {KPL('Vietnam')}.")
    d.h("Observations")
    d.p(f"The court generally protected the injured parties' privacy, but reading personal data aloud at the "
        f"start of a closed hearing defeats the purpose of excluding the public. Our monitor also noted that the "
        f"list of evidence displayed on the court's notice board includes the workers' phone numbers, among them "
        f"{v1.ph('+84 936 225 417')}, and the address of their former dormitory.")
    d.p(f"“Victims should not have to choose between testifying and staying safe,” said {KPF('Mirjana Lalić')}, "
        f"head of {KORG('Balkan Trial Watch')}. The next hearing is scheduled for {KDT('12 March 2024')}.")
    d.lines(f"Contact: {KOC('monitoring@balkantrialwatch.org')} · {KOC('+381 11 329 0815')}")
    d.case = {"case": "K 9/23", "parties": [
        {"role": "victim", "name": "Trần Văn Đức", "aliases": ["T.V.Đ."], "identifiers": []},
        {"role": "victim", "name": "ZHU Lihua", "aliases": ["朱丽华"], "identifiers": ["EJ6638104"]},
        {"role": "defendant", "name": "Predrag Lukač", "aliases": [], "identifiers": []},
        {"role": "judge", "name": "Vesna Popović", "aliases": [], "identifiers": []},
        {"role": "lawyer", "name": "Goran Šarac", "aliases": [], "identifiers": []},
    ]}
    return d


# ---------------------------------------------------------------------------------------------
def extra12():
    """Indictment of the Prosecutor's Office of Bosnia and Herzegovina (Bosnian Latin, ijekavian): spaced
    headings (O P T U Ž N I C A, Z A T O   Š T O   S U), defendants and victims in UPPERCASE in the operative
    part, declined in upper case (AJLU MUMINOVIĆ, HASANU MUMINOVIĆU); 'od oca X i majke Y, rođene Z' for a
    defendant (optional; 'rođene' followed by a maiden name, not a date); a Chinese victim in upper-case
    pinyin and Hanzi; a minor by initials, an age word in -godišnjakinju, her first name in a quoted message;
    a BiH JMBG, BiH account and phone."""
    d = Doc("extra-12", "bs", "formal", header="TUŽILAŠTVO BOSNE I HERCEGOVINE | T20 0 KT 0041187 23",
            footer="Strana {page} od {pages}", font="serif", fontsize=10.5,
            pdf_title="Optužnica T20 0 KT 0041187 23", pdf_author="Tužilaštvo BiH")
    d.opts["indent"] = 0
    v1, v2, m1, r1 = Who("victim-1"), Who("victim-2"), Who("minor-1"), Who("relative-1")
    A_ID = jmbg("19", "02", "998", "18", "544")
    K_ID = jmbg("14", "09", "981", "19", "132")
    A_ACC = ba_account_print("134", "010", "00417723")
    d.lines(f"{KPL('BOSNA I HERCEGOVINA')}\n{KORG('TUŽILAŠTVO BOSNE I HERCEGOVINE')}\n"
            f"{KORG('Posebni odjel za organizirani kriminal, privredni kriminal i korupciju')}\n"
            f"Broj: {KCN('T20 0 KT 0041187 23')}\n{KPL('Sarajevo')}, {KDT('28.03.2024.')} godine", bold=True)
    d.lines(f"{KCT('SUDU BOSNE I HERCEGOVINE')}\nSudiji za prethodno saslušanje", align="right", bold=True)
    d.title("O P T U Ž N I C A")
    d.p(f"Na osnovu {KLAW('člana 35. stav 2. tačka h) i člana 226. stav 1. Zakona o krivičnom postupku Bosne i Hercegovine')} "
        f"podižem optužnicu")
    d.center("PROTIV:")
    d.p(f"1. {KD('SENADA KARAHASANOVIĆA')}, od oca {OPN('Mehmeda')} i majke {OPN('Zijade')}, rođene "
        f"{OPN('Bešić')}, rođenog {ODOB('14.09.1981.')} godine u {KPL('Zenici')}, JMBG {OID(K_ID)}, nastanjenog u "
        f"{KPL('Zenici')}, {OADDR('Bulevar Kulina bana 8')}, državljanina {KPL('BiH')}, po zanimanju ugostitelja, "
        f"oženjenog, neosuđivanog, u pritvoru od {KDT('12.10.2023.')} godine;")
    d.p(f"2. {KD('ARMINA TOPALOVIĆA')}, od oca {OPN('Huse')}, rođenog {ODOB('1990.')} godine u {KPL('Kaknju')}, "
        f"nastanjenog u {KPL('Sarajevu')}, konobara, neosuđivanog, na slobodi uz mjere zabrane;")
    d.center("Z A T O   Š T O   S U :")
    d.p(f"U periodu od {KDT('juna 2022.')} do {KDT('augusta 2023.')} godine, na području {KPL('Zenice')}, "
        f"{KPL('Sarajeva')} i {KPL('Bihaća')}, djelujući kao organizirana grupa koju je organizovao optuženi "
        f"{KD('SENAD KARAHASANOVIĆ')}, vrbovali, prevozili, skrivali i primali ženske osobe radi seksualne "
        f"eksploatacije, i to:")
    d.p(f"a) OŠTEĆENU {v1.n('AJLU MUMINOVIĆ')}, rođenu {v1.dob('19.02.1998.')} godine u {OPL('Tuzli')}, JMBG "
        f"{v1.id(A_ID)}, kojoj je optuženi {KD('KARAHASANOVIĆ')} ponudio posao pjevačice u svom lokalu "
        f"„{KORG('Stari most')}“ u {KPL('Zenici')}, a zatim je, zajedno sa optuženim {KD('TOPALOVIĆEM')}, prisiljavao "
        f"da gostima lokala pruža seksualne usluge, oduzimajući joj zaradu i prijeteći da će njenom ocu "
        f"{r1.n('HASANU MUMINOVIĆU')} poslati snimke na kojima se ona nalazi;")
    d.p(f"b) OŠTEĆENU {v2.n('WU XIAOYAN')} ({v2.n('吴晓燕')}), državljanku {KPL('NR Kine')}, rođenu "
        f"{v2.dob('08.08.1996.')} godine, broj pasoša {v2.pp('EK7715032')}, koju su optuženi preuzeli od "
        f"nepoznate osobe na graničnom prelazu {KPL('Izačić')} i smjestili u stan iznad lokala, gdje su joj "
        f"oduzeli pasoš i mobilni telefon;")
    d.p(f"c) MALOLJETNU {m1.n('E.K.')}, u to vrijeme {m1.age('šesnaestogodišnjakinju')}, koju je optuženi "
        f"{KD('TOPALOVIĆ')} upoznao preko Instagrama (nalog {m1.soc('@ema.k_2007')}) i koju je u "
        f"{KDT('julu 2023.')} godine odveo u {KPL('Bihać')}, obećavajući joj posao hostese,")
    d.p(f"čime su počinili krivično djelo Organizirana trgovina ljudima iz "
        f"{KLAW('člana 186a. stav 1. Krivičnog zakona Bosne i Hercegovine')} u vezi sa krivičnim djelom "
        f"Trgovina ljudima iz {KLAW('člana 186. stav 1. i 3.')} istog zakona.")
    d.center("P R I J E D L O G   D O K A Z A")
    d.lines(f"Svjedoci:\n1. oštećena {v1.n('AJLA MUMINOVIĆ')};\n"
            f"2. oštećena {v2.n('WU XIAOYAN')}, uz prevodioca za kineski jezik;\n"
            f"3. maloljetna {m1.n('E.K.')}, uz prisustvo stručnog lica {KORG('Centra za socijalni rad Bihać')};\n"
            f"4. {r1.n('HASAN MUMINOVIĆ')};\n5. {OPN('MIRZA ŠABIĆ')}, konobar.")
    d.lines(f"Materijalni dokazi:\n1. Listing telefonskog broja {v1.ph('+387 61 927 448')}, koji koristi oštećena "
            f"{v1.n('AJLA MUMINOVIĆ')};\n2. Izvod sa računa broj {v1.acct(A_ACC)} za period od {KDT('01.06.2022.')} "
            f"do {KDT('31.08.2023.')} godine;\n3. Izvještaj o vještačenju mobilnog telefona optuženog "
            f"{KD('ARMINA TOPALOVIĆA')}.")
    d.center("O B R A Z L O Ž E NJ E")
    d.p(f"Tokom istrage utvrđeno je da je optuženi {KD('Senad Karahasanović')} oštećenu {v1.n('Ajlu Muminović')} "
        f"upoznao u {KDT('junu 2022.')} godine u {KPL('Tuzli')}, kada joj je ponudio posao pjevačice uz platu od "
        f"{KM('2.000 KM')} mjesečno. Oštećena {v1.n('Muminović')} je u svom iskazu navela da je zaradu za koju su "
        f"gosti plaćali optuženom primala na svoj račun, da bi je odmah nakon toga morala podići i predati "
        f"optuženom, što potvrđuje i izvod sa računa oštećene {v1.n('Ajle')}. Njen otac {r1.n('Hasan')} je "
        f"potvrdio da mu je optuženi {KD('Karahasanović')} u dva navrata poslao poruke sa prijetnjama.")
    d.p(f"Oštećena {v2.n('Wu')} je saslušana uz pomoć prevodioca. Na fotografiji pasoša koja je pronađena u "
        f"telefonu optuženog {KD('Topalovića')} njeno ime je ispisano i kineskim pismom ({v2.n('吴晓燕')}). "
        f"Maloljetna {m1.n('E.K.')}, tada {m1.age('16-godišnja')} učenica, saslušana je u prisustvu stručnog lica. "
        f"Iz poruka pronađenih u telefonu optuženog {KD('Topalovića')} proizlazi da joj je pisao: „{m1.n('Ema')}, "
        f"nemoj nikome reći, ovo je naša tajna.“")
    d.p(f"Imajući u vidu navedeno, Tužilaštvo predlaže da Sud potvrdi ovu optužnicu i da se optuženima nastavi "
        f"pritvor, odnosno mjere zabrane, iz razloga propisanih {KLAW('članom 132. stav 1. tačka b) i d) Zakona o krivičnom postupku Bosne i Hercegovine')}.")
    d.sig(f"TUŽITELJICA\nTužilaštva Bosne i Hercegovine\n{KO('Sabina Alić')}")
    d.case = {"case": "T20 0 KT 0041187 23", "parties": [
        {"role": "victim", "name": "Ajla Muminović", "aliases": [], "identifiers": [A_ID]},
        {"role": "victim", "name": "WU Xiaoyan", "aliases": ["吴晓燕"], "identifiers": ["EK7715032"]},
        {"role": "defendant", "name": "Senad Karahasanović", "aliases": [], "identifiers": [K_ID]},
        {"role": "defendant", "name": "Armin Topalović", "aliases": [], "identifiers": []},
        {"role": "prosecutor", "name": "Sabina Alić", "aliases": [], "identifiers": []},
    ]}
    return d
