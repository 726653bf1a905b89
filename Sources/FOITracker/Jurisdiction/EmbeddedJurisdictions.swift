// Generated from policies/foi/*.json by Tests/FOITrackerTests/JurisdictionFileTests.swift:
// run `BLACKLINE_UPDATE_EMBEDDED=1 swift test --filter embeddedMatchFiles` after editing a file. Do not edit.

/// The shipped jurisdiction files, built into the binary so an installed `blackline` works
/// without a policies/ folder. Files found on the search path take precedence.
public enum EmbeddedJurisdictions {
    public static let files: [String: String] = [
        "ba-fbih": ##"""
            {
              "id": "ba-fbih",
              "name": "Bosnia and Herzegovina, Federation of BiH — Law on Freedom of Access to Information",
              "law": "Zakon o slobodi pristupa informacijama u Federaciji Bosne i Hercegovine",
              "knownUntil": 2027,
              "weekend": ["saturday", "sunday"],
              "response": {"days": 15, "dayType": "calendar", "rollForward": true, "source": "FBiH FOI law: 15 days from receipt (unconfirmed); calendar days", "confirmed": false},
              "urgent": null,
              "extension": {"days": 7, "maxDays": 7, "condition": "notice to the requester (unconfirmed)", "source": "FBiH FOI law: +7 days (unconfirmed)", "confirmed": false},
              "clock": [
                {"status": "clarification_requested", "effect": "restart", "source": "Assumed from the general administrative procedure (unconfirmed)", "confirmed": false},
                {"status": "fee_required", "effect": "pause", "source": "Assumed (unconfirmed)", "confirmed": false}
              ],
              "appeal": {
                "name": "objection (prigovor) to the head of the body",
                "body": "the head of the public body",
                "window": {"days": 8, "dayType": "calendar", "rollForward": true},
                "afterSilence": "none",
                "decision": null,
                "source": "FBiH FOI law: objection within 8 days",
                "confirmed": true
              },
              "complaint": {
                "name": "complaint to the Ombudsman",
                "body": "Institution of Human Rights Ombudsman of Bosnia and Herzegovina",
                "window": null,
                "afterSilence": "anytime",
                "decision": null,
                "source": "Ombudsman practice on FOI complaints (unconfirmed; no statutory window known)",
                "confirmed": false
              },
              "veryOverdue": {"days": 15, "dayType": "calendar", "rollForward": false, "source": "Convention of this tool: very overdue one more response period past the deadline; not law", "confirmed": false},
              "holidays": {
                "source": "Holidays of the Federation of BiH (New Year, Independence Day, Labour Day, Statehood Day); religious holidays are days off only for believers and are not listed. Unconfirmed, including the absence of weekend shifts",
                "confirmed": false,
                "rules": [
                  {"name": "New Year (Nova godina)", "date": "01-01", "through": "01-02"},
                  {"name": "Independence Day (Dan nezavisnosti)", "date": "03-01"},
                  {"name": "Labour Day (Praznik rada)", "date": "05-01", "through": "05-02"},
                  {"name": "Statehood Day (Dan državnosti)", "date": "11-25"}
                ]
              }
            }

            """##,
        "ba-zspi": ##"""
            {
              "id": "ba-zspi",
              "name": "Bosnia and Herzegovina — Law on Freedom of Access to Information (state level, 2023)",
              "law": "Zakon o slobodi pristupa informacijama u Bosni i Hercegovini (2023)",
              "knownUntil": 2027,
              "notes": "Most facts in this file are unconfirmed: check them against the Official Gazette of BiH before relying on a deadline. There is no extension rule here: give an extension's length with --days.",
              "weekend": ["saturday", "sunday"],
              "response": {"days": 15, "dayType": "calendar", "rollForward": true, "source": "2023 state law; the 15-day period and calendar counting are unconfirmed", "confirmed": false},
              "urgent": null,
              "extension": null,
              "clock": [
                {"status": "clarification_requested", "effect": "restart", "source": "Assumed from the general administrative procedure (unconfirmed)", "confirmed": false},
                {"status": "fee_required", "effect": "pause", "source": "Assumed (unconfirmed)", "confirmed": false}
              ],
              "appeal": {
                "name": "appeal to the Appeals Council",
                "body": "Appeals Council of the Council of Ministers of BiH",
                "window": {"days": 15, "dayType": "calendar", "rollForward": true},
                "afterSilence": "anytime",
                "decision": null,
                "source": "2023 state law and the Law on Administrative Procedure of BiH (15-day appeal period); all deadlines unconfirmed",
                "confirmed": false
              },
              "complaint": null,
              "veryOverdue": {"days": 15, "dayType": "calendar", "rollForward": false, "source": "Convention of this tool: very overdue one more response period past the deadline; not law", "confirmed": false},
              "holidays": {
                "source": "Holidays observed by state institutions of BiH (no state law on holidays; Council of Ministers practice). Religious holidays are days off only for believers and are not listed. Unconfirmed, including the absence of weekend shifts",
                "confirmed": false,
                "rules": [
                  {"name": "New Year (Nova godina)", "date": "01-01", "through": "01-02"},
                  {"name": "Independence Day (Dan nezavisnosti)", "date": "03-01"},
                  {"name": "Labour Day (Praznik rada)", "date": "05-01", "through": "05-02"},
                  {"name": "Statehood Day (Dan državnosti)", "date": "11-25"}
                ]
              }
            }

            """##,
        "eu-1049": ##"""
            {
              "id": "eu-1049",
              "name": "European Union — access to documents of the European Parliament, Council and Commission",
              "law": "Regulation (EC) No 1049/2001, Art. 7–8",
              "knownUntil": 2027,
              "notes": "Working days follow the institution's calendar, published each year: add the next year's list (and raise knownUntil) when the Official Journal publishes it. The lists below follow the Commission's; the Parliament's and the Council's differ slightly.",
              "weekend": ["saturday", "sunday"],
              "response": {"days": 15, "dayType": "working", "source": "Regulation 1049/2001 Art. 7(1): 15 working days from registration", "confirmed": true},
              "urgent": null,
              "extension": {"days": 15, "maxDays": 15, "condition": "exceptional cases (very long or very many documents), notice with detailed reasons", "source": "Regulation 1049/2001 Art. 7(3)", "confirmed": true},
              "clock": [
                {"status": "clarification_requested", "effect": "restart", "source": "Art. 6(2): the institution asks for clarification; in practice the 15 working days run from the clarified application (unconfirmed)", "confirmed": false},
                {"status": "fee_required", "effect": "pause", "source": "Art. 10(1): only the cost of producing and sending copies may be charged; whether this stops the clock is unconfirmed", "confirmed": false}
              ],
              "appeal": {
                "name": "confirmatory application",
                "body": "the institution",
                "window": {"days": 15, "dayType": "working"},
                "afterSilence": "window",
                "decision": {"days": 15, "dayType": "working"},
                "decisionExtension": {"days": 15, "maxDays": 15, "condition": "exceptional cases, notice with detailed reasons"},
                "source": "Regulation 1049/2001 Art. 7(2), 7(4), 8(1)–(3): within 15 working days of a refusal or of the deadline passing without reply; answered in 15 (+15); no reply counts as a refusal",
                "confirmed": true
              },
              "complaint": {
                "name": "complaint to the European Ombudsman",
                "body": "European Ombudsman (or an action before the General Court)",
                "window": {"days": 730, "dayType": "calendar", "rollForward": false, "source": "Statute of the European Ombudsman: within two years of the facts becoming known (unconfirmed); an action for annulment has 2 months and 10 days", "confirmed": false},
                "afterSilence": "anytime",
                "decision": null,
                "source": "Regulation 1049/2001 Art. 8(1) and (3)",
                "confirmed": true
              },
              "veryOverdue": {"days": 15, "dayType": "working", "source": "Convention of this tool: very overdue one more response period past the deadline; not law", "confirmed": false},
              "holidays": {
                "source": "The Commission's yearly decision on public holidays for the EU institutions (Official Journal, C series); days falling on a weekend are not listed and are not moved",
                "confirmed": false,
                "lists": [
                  {"year": 2025, "source": "Pattern of the Commission's yearly decision on the public holidays of the EU institutions (Official Journal, C series); the 2025 list was derived from that pattern and Western Easter, not checked against the decision for 2025", "confirmed": false, "dates": [
                    {"name": "New Year's Day", "date": "2025-01-01"},
                    {"name": "Day after New Year's Day", "date": "2025-01-02"},
                    {"name": "Maundy Thursday", "date": "2025-04-17"},
                    {"name": "Good Friday", "date": "2025-04-18"},
                    {"name": "Easter Monday", "date": "2025-04-21"},
                    {"name": "Labour Day", "date": "2025-05-01"},
                    {"name": "Anniversary of the Schuman Declaration", "date": "2025-05-09"},
                    {"name": "Ascension Day", "date": "2025-05-29"},
                    {"name": "Day after Ascension Day", "date": "2025-05-30"},
                    {"name": "Whit Monday", "date": "2025-06-09"},
                    {"name": "Belgian National Day", "date": "2025-07-21"},
                    {"name": "Assumption", "date": "2025-08-15"},
                    {"name": "End-of-year days", "from": "2025-12-24", "through": "2025-12-31"}
                  ]},
                  {"year": 2026, "source": "Pattern of the Commission's yearly decision on the public holidays of the EU institutions (Official Journal, C series); the 2026 list was derived from that pattern and Western Easter, not checked against the decision for 2026", "confirmed": false, "dates": [
                    {"name": "New Year's Day", "date": "2026-01-01"},
                    {"name": "Day after New Year's Day", "date": "2026-01-02"},
                    {"name": "Maundy Thursday", "date": "2026-04-02"},
                    {"name": "Good Friday", "date": "2026-04-03"},
                    {"name": "Easter Monday", "date": "2026-04-06"},
                    {"name": "Labour Day", "date": "2026-05-01"},
                    {"name": "Ascension Day", "date": "2026-05-14"},
                    {"name": "Day after Ascension Day", "date": "2026-05-15"},
                    {"name": "Whit Monday", "date": "2026-05-25"},
                    {"name": "Belgian National Day", "date": "2026-07-21"},
                    {"name": "All Souls' Day", "date": "2026-11-02"},
                    {"name": "End-of-year days", "from": "2026-12-24", "through": "2026-12-31"}
                  ]},
                  {"year": 2027, "source": "Pattern of the Commission's yearly decision on the public holidays of the EU institutions (Official Journal, C series); the 2027 list was derived from that pattern and Western Easter, not checked against the decision for 2027", "confirmed": false, "dates": [
                    {"name": "New Year's Day", "date": "2027-01-01"},
                    {"name": "Maundy Thursday", "date": "2027-03-25"},
                    {"name": "Good Friday", "date": "2027-03-26"},
                    {"name": "Easter Monday", "date": "2027-03-29"},
                    {"name": "Ascension Day", "date": "2027-05-06"},
                    {"name": "Day after Ascension Day", "date": "2027-05-07"},
                    {"name": "Whit Monday", "date": "2027-05-17"},
                    {"name": "Belgian National Day", "date": "2027-07-21"},
                    {"name": "All Saints' Day", "date": "2027-11-01"},
                    {"name": "All Souls' Day", "date": "2027-11-02"},
                    {"name": "End-of-year days", "from": "2027-12-24", "through": "2027-12-31"}
                  ]}
                ]
              }
            }

            """##,
        "hr-zppi": ##"""
            {
              "id": "hr-zppi",
              "name": "Croatia — Right of Access to Information Act",
              "law": "Zakon o pravu na pristup informacijama, Art. 20",
              "knownUntil": 2027,
              "weekend": ["saturday", "sunday"],
              "response": {"days": 15, "dayType": "calendar", "rollForward": true, "source": "Art. 20(1): 15 days from receipt; the last day rolls to the next working day", "confirmed": true},
              "urgent": null,
              "extension": {"days": 15, "maxDays": 15, "condition": "notice to the requester with reasons (information abroad, large volume, consultation)", "source": "Art. 22", "confirmed": true},
              "clock": [
                {"status": "clarification_requested", "effect": "restart", "source": "Art. 19: an incomplete request is corrected within 8 days and then counts as received on correction (unconfirmed reading)", "confirmed": false},
                {"status": "fee_required", "effect": "pause", "source": "Art. 19 and the Commissioner's fee criteria: whether a cost notice stops the clock is unconfirmed", "confirmed": false}
              ],
              "appeal": {
                "name": "appeal (žalba) to the Information Commissioner",
                "body": "Information Commissioner (Povjerenik za informiranje)",
                "window": {"days": 15, "dayType": "calendar", "rollForward": true},
                "afterSilence": "anytime",
                "decision": {"days": 30, "dayType": "calendar", "rollForward": true, "source": "Art. 25: the Commissioner decides within 30 days (unconfirmed)", "confirmed": false},
                "source": "Art. 25: appeal within 15 days of the decision; against silence after the deadline (the window against silence is unconfirmed)",
                "confirmed": true
              },
              "complaint": null,
              "veryOverdue": {"days": 15, "dayType": "calendar", "rollForward": false, "source": "Convention of this tool: very overdue one more response period past the deadline; not law", "confirmed": false},
              "holidays": {
                "source": "Zakon o blagdanima, spomendanima i neradnim danima (as amended 2019, in force 2020); holidays are not moved when they fall on a weekend",
                "confirmed": true,
                "rules": [
                  {"name": "New Year's Day (Nova godina)", "date": "01-01"},
                  {"name": "Epiphany (Bogojavljenje)", "date": "01-06"},
                  {"name": "Easter Sunday (Uskrs)", "easter": "western", "offset": 0},
                  {"name": "Easter Monday (Uskrsni ponedjeljak)", "easter": "western", "offset": 1},
                  {"name": "Corpus Christi (Tijelovo)", "easter": "western", "offset": 60},
                  {"name": "Labour Day (Praznik rada)", "date": "05-01"},
                  {"name": "Statehood Day (Dan državnosti)", "date": "05-30", "fromYear": 2020},
                  {"name": "Anti-Fascist Struggle Day", "date": "06-22"},
                  {"name": "Statehood Day (before 2020)", "date": "06-25", "untilYear": 2019, "source": "Pre-2020 holiday law (unconfirmed)", "confirmed": false},
                  {"name": "Victory and Homeland Thanksgiving Day", "date": "08-05"},
                  {"name": "Assumption (Velika Gospa)", "date": "08-15"},
                  {"name": "Independence Day (before 2020)", "date": "10-08", "untilYear": 2019, "source": "Pre-2020 holiday law (unconfirmed)", "confirmed": false},
                  {"name": "All Saints' Day (Svi sveti)", "date": "11-01"},
                  {"name": "Remembrance Day (Vukovar and Škabrnja)", "date": "11-18", "fromYear": 2020},
                  {"name": "Christmas (Božić)", "date": "12-25"},
                  {"name": "St Stephen's Day (Sveti Stjepan)", "date": "12-26"}
                ]
              }
            }

            """##,
        "rs-zspi": ##"""
            {
              "id": "rs-zspi",
              "name": "Serbia — Law on Free Access to Information of Public Importance",
              "law": "Zakon o slobodnom pristupu informacijama od javnog značaja, Art. 16",
              "knownUntil": 2027,
              "weekend": ["saturday", "sunday"],
              "response": {"days": 15, "dayType": "calendar", "rollForward": true, "source": "Art. 16(1): without delay and at the latest within 15 days of receipt; a last day that is not a working day moves to the next working day", "confirmed": true},
              "urgent": {"hours": 48, "rollForward": false, "source": "Art. 16(2): 48 hours where the information concerns the life or freedom of a person, public health or the environment. The 48 hours are confirmed; counting them as 2 calendar days from the day of receipt without rolling past a weekend is this file's reading, unconfirmed", "confirmed": false},
              "extension": {"days": 25, "maxDays": 25, "condition": "notice to the requester with reasons; at most 40 days from receipt in total (15 + 25). The deadline for giving that notice is unconfirmed", "source": "Art. 16(3)", "confirmed": true},
              "clock": [
                {"status": "clarification_requested", "effect": "restart", "source": "Art. 15: an incomplete request is returned for correction; a corrected request is treated as newly received (unconfirmed reading)", "confirmed": false},
                {"status": "fee_required", "effect": "pause", "source": "Art. 17: only the cost of copies and delivery may be charged; whether a cost notice stops the clock is unconfirmed", "confirmed": false}
              ],
              "appeal": null,
              "complaint": {
                "name": "complaint (žalba) to the Commissioner",
                "body": "Commissioner for Information of Public Importance and Personal Data Protection",
                "window": {"days": 15, "dayType": "calendar", "rollForward": true},
                "afterSilence": "anytime",
                "decision": {"days": 30, "dayType": "calendar", "rollForward": true},
                "source": "Art. 22 and 24: complaint within 15 days of the decision; against silence once the deadline has passed; the Commissioner decides within 30 days",
                "confirmed": true
              },
              "veryOverdue": {"days": 15, "dayType": "calendar", "rollForward": false, "source": "Convention of this tool: very overdue one more response period past the deadline; not law", "confirmed": false},
              "holidays": {
                "source": "Zakon o državnim i drugim praznicima u Republici Srbiji: state holidays that fall on a Sunday make the next working day a day off; religious holidays and Saturdays never shift",
                "confirmed": true,
                "rules": [
                  {"name": "New Year (Nova godina)", "date": "01-01", "through": "01-02", "shift": "sunday-substitute"},
                  {"name": "Orthodox Christmas (Božić)", "date": "01-07"},
                  {"name": "Statehood Day (Sretenje)", "date": "02-15", "through": "02-16", "shift": "sunday-substitute"},
                  {"name": "Orthodox Good Friday (Veliki petak)", "easter": "orthodox", "offset": -2},
                  {"name": "Orthodox Holy Saturday (Velika subota)", "easter": "orthodox", "offset": -1},
                  {"name": "Orthodox Easter Sunday (Vaskrs)", "easter": "orthodox", "offset": 0},
                  {"name": "Orthodox Easter Monday (Vaskršnji ponedeljak)", "easter": "orthodox", "offset": 1},
                  {"name": "Labour Day (Praznik rada)", "date": "05-01", "through": "05-02", "shift": "sunday-substitute"},
                  {"name": "Armistice Day (Dan primirja)", "date": "11-11", "shift": "sunday-substitute"}
                ]
              }
            }

            """##,
        "uk-foia": ##"""
            {
              "id": "uk-foia",
              "name": "United Kingdom — Freedom of Information Act 2000",
              "law": "Freedom of Information Act 2000, s.10",
              "knownUntil": 2027,
              "notes": "Schools have 20 school days or 60 working days, whichever is first: use a separate jurisdiction file for schools. Scottish public authorities fall under FOISA 2002, not this Act.",
              "weekend": ["saturday", "sunday"],
              "response": {"days": 20, "dayType": "working", "source": "FOIA 2000 s.10(1), s.10(6): working day = not Saturday, Sunday, Christmas Day, Good Friday or a bank holiday in any part of the UK", "confirmed": true},
              "urgent": null,
              "extension": {"days": 20, "maxDays": null, "condition": "public interest test: a 'reasonable' extension (s.10(3)); the ICO expects no more than 20 further working days", "source": "FOIA 2000 s.10(3); ICO guidance on time limits", "confirmed": true},
              "clock": [
                {"status": "fee_required", "effect": "pause", "source": "FOIA 2000 s.10(2): the days from the fees notice to payment are disregarded", "confirmed": true},
                {"status": "clarification_requested", "effect": "restart", "source": "FOIA 2000 s.1(3): the 20 working days start when the clarification is received", "confirmed": true}
              ],
              "appeal": {
                "name": "internal review",
                "body": "the public authority",
                "window": {"days": 40, "dayType": "working"},
                "afterSilence": "none",
                "decision": {"days": 20, "dayType": "working"},
                "decisionExtension": {"days": 20, "maxDays": 20, "condition": "exceptional cases: 40 working days in total"},
                "source": "Section 45 Code of Practice (2018), part 5; ICO guidance",
                "confirmed": true
              },
              "complaint": {
                "name": "complaint to the Information Commissioner",
                "body": "Information Commissioner's Office",
                "window": null,
                "afterSilence": "anytime",
                "decision": null,
                "source": "FOIA 2000 s.50; the ICO's own time expectations for complaints and its handling times were not confirmed here",
                "confirmed": false
              },
              "veryOverdue": {"days": 20, "dayType": "working", "source": "Alaveteli/WhatDoTheyKnow default: very overdue 40 working days after receipt (20 past the deadline); a convention, not law", "confirmed": true},
              "holidays": {
                "source": "Banking and Financial Dealings Act 1971 schedule 1 and royal proclamations: the union of bank holidays in England & Wales, Scotland and Northern Ireland, plus Christmas Day and Good Friday (FOIA s.10(6))",
                "confirmed": true,
                "rules": [
                  {"name": "New Year's Day", "date": "01-01", "shift": "substitute"},
                  {"name": "2nd January (Scotland)", "date": "01-02", "shift": "substitute"},
                  {"name": "St Patrick's Day (Northern Ireland)", "date": "03-17", "shift": "substitute"},
                  {"name": "Good Friday", "easter": "western", "offset": -2},
                  {"name": "Easter Monday (England, Wales, Northern Ireland)", "easter": "western", "offset": 1},
                  {"name": "Early May bank holiday", "month": 5, "weekday": "monday", "nth": 1, "exceptYears": [2020]},
                  {"name": "Spring bank holiday", "month": 5, "weekday": "monday", "nth": -1, "exceptYears": [2022]},
                  {"name": "Battle of the Boyne (Northern Ireland)", "date": "07-12", "shift": "substitute"},
                  {"name": "Summer bank holiday (Scotland)", "month": 8, "weekday": "monday", "nth": 1},
                  {"name": "Summer bank holiday (England, Wales, Northern Ireland)", "month": 8, "weekday": "monday", "nth": -1},
                  {"name": "St Andrew's Day (Scotland)", "date": "11-30", "shift": "substitute"},
                  {"name": "Christmas Day", "date": "12-25", "shift": "substitute"},
                  {"name": "Boxing Day", "date": "12-26", "shift": "substitute"}
                ],
                "lists": [
                  {"year": 2020, "source": "Royal proclamation moving the Early May bank holiday to VE Day (not checked against the proclamation here)", "confirmed": false, "dates": [
                    {"name": "Early May bank holiday (VE Day)", "date": "2020-05-08"}
                  ]},
                  {"year": 2022, "source": "Royal proclamations for the Platinum Jubilee and the State Funeral of Queen Elizabeth II (not checked against the proclamations here)", "confirmed": false, "dates": [
                    {"name": "Spring bank holiday (moved)", "date": "2022-06-02"},
                    {"name": "Platinum Jubilee bank holiday", "date": "2022-06-03"},
                    {"name": "State Funeral of Queen Elizabeth II", "date": "2022-09-19"}
                  ]},
                  {"year": 2023, "source": "Royal proclamation for the Coronation of King Charles III (not checked against the proclamation here)", "confirmed": false, "dates": [
                    {"name": "Coronation bank holiday", "date": "2023-05-08"}
                  ]}
                ]
              }
            }

            """##,
        "us-foia": ##"""
            {
              "id": "us-foia",
              "name": "United States — Freedom of Information Act (federal agencies)",
              "law": "5 U.S.C. § 552",
              "knownUntil": 2027,
              "notes": "Expedited processing (§552(a)(6)(E)) sets only a 10-calendar-day limit for deciding whether to expedite, not a shorter answer period, so there is no urgent period here.",
              "weekend": ["saturday", "sunday"],
              "response": {"days": 20, "dayType": "working", "source": "5 U.S.C. § 552(a)(6)(A)(i): 20 days excepting Saturdays, Sundays and legal public holidays", "confirmed": true},
              "urgent": null,
              "extension": {"days": 10, "maxDays": null, "condition": "written notice setting out the unusual circumstances; more than 10 working days only with the requester's agreement to a new time frame", "source": "5 U.S.C. § 552(a)(6)(B)(i)–(ii)", "confirmed": true},
              "clock": [
                {"status": "fee_required", "effect": "pause", "source": "5 U.S.C. § 552(a)(6)(A)(ii)(II): the agency may toll the period while clarifying fee assessment", "confirmed": true},
                {"status": "clarification_requested", "effect": "pause", "limit": 1, "source": "5 U.S.C. § 552(a)(6)(A)(ii)(I): one request for information tolls the period until the requester responds", "confirmed": true}
              ],
              "appeal": {
                "name": "administrative appeal",
                "body": "the agency's appeal authority",
                "window": {"days": 90, "dayType": "calendar", "rollForward": false, "source": "5 U.S.C. § 552(a)(6)(A)(i)(III)(aa): not less than 90 days after the adverse determination (agencies' regulations may allow more; whether a weekend last day rolls is not settled here)", "confirmed": true},
                "afterSilence": "none",
                "decision": {"days": 20, "dayType": "working", "source": "5 U.S.C. § 552(a)(6)(A)(ii)"},
                "decisionExtension": {"days": 10, "maxDays": null, "condition": "unusual circumstances, written notice", "source": "5 U.S.C. § 552(a)(6)(B)(i)"},
                "source": "5 U.S.C. § 552(a)(6)(A)",
                "confirmed": true
              },
              "complaint": {
                "name": "mediation request to OGIS",
                "body": "Office of Government Information Services (National Archives)",
                "window": null,
                "afterSilence": "anytime",
                "decision": null,
                "source": "5 U.S.C. § 552(h)(3): OGIS offers mediation; no statutory window or decision period (a requester may instead sue once the deadline passes)",
                "confirmed": false
              },
              "veryOverdue": {"days": 20, "dayType": "working", "source": "Convention borrowed from Alaveteli (very overdue 40 working days after receipt = 20 past a 20-day deadline), not law", "confirmed": false},
              "holidays": {
                "source": "5 U.S.C. § 6103(a); Saturday holidays observed on Friday and Sunday holidays on Monday (§ 6103(b), Executive Order 11582)",
                "confirmed": true,
                "rules": [
                  {"name": "New Year's Day", "date": "01-01", "shift": "observed"},
                  {"name": "Birthday of Martin Luther King, Jr.", "month": 1, "weekday": "monday", "nth": 3},
                  {"name": "Washington's Birthday", "month": 2, "weekday": "monday", "nth": 3},
                  {"name": "Memorial Day", "month": 5, "weekday": "monday", "nth": -1},
                  {"name": "Juneteenth National Independence Day", "date": "06-19", "shift": "observed", "fromYear": 2021},
                  {"name": "Independence Day", "date": "07-04", "shift": "observed"},
                  {"name": "Labor Day", "month": 9, "weekday": "monday", "nth": 1},
                  {"name": "Columbus Day", "month": 10, "weekday": "monday", "nth": 2},
                  {"name": "Veterans Day", "date": "11-11", "shift": "observed"},
                  {"name": "Thanksgiving Day", "month": 11, "weekday": "thursday", "nth": 4},
                  {"name": "Christmas Day", "date": "12-25", "shift": "observed"}
                ],
                "lists": [
                  {"year": 2024, "source": "Executive order closing federal agencies on Christmas Eve 2024 (not checked against the order's text here)", "confirmed": false, "dates": [
                    {"name": "Christmas Eve (executive order)", "date": "2024-12-24"}
                  ]},
                  {"year": 2025, "source": "National Day of Mourning for President Carter (9 Jan) and executive order closing agencies on 24 and 26 Dec 2025 (not checked against the orders' texts here)", "confirmed": false, "dates": [
                    {"name": "National Day of Mourning for President Jimmy Carter", "date": "2025-01-09"},
                    {"name": "Christmas Eve (executive order)", "date": "2025-12-24"},
                    {"name": "Day after Christmas (executive order)", "date": "2025-12-26"}
                  ]}
                ]
              }
            }

            """##,
    ]
}
