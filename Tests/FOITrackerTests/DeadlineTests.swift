import FOITracker
import Testing

@Suite("Deadlines per jurisdiction")
struct DeadlineTests {
    @Test("the worked examples of foi-law.md", arguments: [
        ("us-foia", "2025-06-13", "2025-07-15"),  // Juneteenth and 4 July skipped
        ("uk-foia", "2025-12-19", "2026-01-22"),  // Christmas, Boxing Day, 1 and 2 January skipped
        ("rs-zspi", "2026-01-30", "2026-02-18"),  // 14 Feb is a Saturday, 15–16 Feb holidays, 17 Feb the Sunday-shift day
    ])
    func workedExamples(id: String, received: String, due: String) throws {
        #expect(try clock(id, received: received).due == day(due))
    }

    @Test("initial deadlines over year ends, Easter weeks and shifted holidays", arguments: [
        // US: year end with Christmas, New Year and MLK Day; Thanksgiving week with the 2024 Christmas Eve closure.
        ("us-foia", "2026-12-21", "2027-01-21"),
        ("us-foia", "2024-11-27", "2024-12-30"),
        // UK: Easter 2026 (Good Friday 3 Apr, Easter Monday 6 Apr).
        ("uk-foia", "2026-04-01", "2026-05-01"),
        // EU: Maundy Thursday to Easter Monday 2026; the 24–31 December closure and 1 January.
        ("eu-1049", "2026-03-30", "2026-04-23"),
        ("eu-1049", "2026-12-18", "2027-01-19"),
        // Serbia: day 15 is Orthodox Easter Sunday 2026, Monday is a holiday too; a year end onto a Sunday; onto Orthodox Christmas.
        ("rs-zspi", "2026-03-28", "2026-04-14"),
        ("rs-zspi", "2025-12-20", "2026-01-05"),
        ("rs-zspi", "2025-12-23", "2026-01-08"),
        // Croatia: day 15 is Western Easter Sunday 2026; day 15 is Corpus Christi 2026 (Easter + 60).
        ("hr-zppi", "2026-03-21", "2026-04-07"),
        ("hr-zppi", "2026-05-20", "2026-06-05"),
        // Federation of BiH: day 15 a Saturday; state level: day 15 is Statehood Day.
        ("ba-fbih", "2026-02-20", "2026-03-09"),
        ("ba-zspi", "2026-11-10", "2026-11-26"),
    ])
    func initialDeadlines(id: String, received: String, due: String) throws {
        let report = try clock(id, received: received)
        #expect(report.due == day(due))
        #expect(report.initialDue == day(due))
    }

    @Test("US observed holidays: Saturday to Friday, Sunday to Monday, across the year boundary; Juneteenth only from 2021")
    func usObserved() throws {
        let calendar = try jurisdiction("us-foia").calendar
        #expect(!calendar.isWorkingDay(day("2021-06-18")))  // Juneteenth on a Saturday
        #expect(!calendar.isWorkingDay(day("2021-07-05")))  // 4 July on a Sunday
        #expect(!calendar.isWorkingDay(day("2021-12-31")))  // 1 January 2022 on a Saturday
        #expect(calendar.isWorkingDay(day("2022-01-03")))
        #expect(calendar.isWorkingDay(day("2020-06-19")))  // before Juneteenth was a federal holiday
        #expect(!calendar.isWorkingDay(day("2024-11-28")))  // Thanksgiving: fourth Thursday
        #expect(calendar.isWorkingDay(day("2024-11-29")))  // the day after is not a federal holiday
        #expect(!calendar.isWorkingDay(day("2025-05-26")))  // Memorial Day: last Monday of May
        #expect(!calendar.isWorkingDay(day("2026-10-12")))  // Columbus Day: second Monday of October
    }

    @Test("UK substitute days and the union of the nations' bank holidays")
    func ukSubstitutes() throws {
        let calendar = try jurisdiction("uk-foia").calendar
        #expect(!calendar.isWorkingDay(day("2022-12-27")))  // Christmas on a Sunday → Tuesday (Boxing Day is Monday)
        #expect(!calendar.isWorkingDay(day("2027-12-27")))  // Christmas on a Saturday → Monday
        #expect(!calendar.isWorkingDay(day("2027-12-28")))  // Boxing Day on a Sunday → Tuesday
        #expect(calendar.isWorkingDay(day("2027-12-29")))
        #expect(!calendar.isWorkingDay(day("2025-12-01")))  // St Andrew's Day on a Sunday → Monday
        #expect(!calendar.isWorkingDay(day("2026-01-02")))  // 2 January (Scotland)
        #expect(!calendar.isWorkingDay(day("2026-03-17")))  // St Patrick's Day (Northern Ireland)
        #expect(!calendar.isWorkingDay(day("2026-08-03")))  // Scottish summer holiday: first Monday of August
        #expect(!calendar.isWorkingDay(day("2026-08-31")))  // summer bank holiday: last Monday of August
        #expect(!calendar.isWorkingDay(day("2020-05-08")) && calendar.isWorkingDay(day("2020-05-04")))  // VE Day moved Early May
    }

    @Test("Serbian state holidays on a Sunday give the next working day off; religious ones never shift")
    func serbianShift() throws {
        let calendar = try jurisdiction("rs-zspi").calendar
        #expect(!calendar.isWorkingDay(day("2026-02-17")))  // Statehood Day 15 Feb on a Sunday
        #expect(!calendar.isWorkingDay(day("2018-11-12")))  // Armistice Day on a Sunday
        #expect(!calendar.isWorkingDay(day("2023-01-03")))  // 1 January on a Sunday, 2 January already off
        #expect(!calendar.isWorkingDay(day("2021-05-04")))  // 2 May on a Sunday (Easter), Monday is Easter Monday
        #expect(calendar.isWorkingDay(day("2024-01-08")))  // Orthodox Christmas on a Sunday does not shift
        #expect(calendar.isWorkingDay(day("2026-05-04")))  // 2 May 2026 is a Saturday: Saturdays never shift
        #expect(!calendar.isWorkingDay(day("2025-04-18")) && !calendar.isWorkingDay(day("2025-04-21")))  // Orthodox Good Friday, Easter Monday
    }

    @Test("Croatian holidays do not shift off a weekend")
    func croatianNoShift() throws {
        let calendar = try jurisdiction("hr-zppi").calendar
        #expect(calendar.isWorkingDay(day("2025-06-23")))  // 22 June 2025 was a Sunday
        #expect(!calendar.isWorkingDay(day("2026-06-04")))  // Corpus Christi
    }

    @Test("urgent requests: Serbia's 48 hours; no urgent period where the law has none")
    func urgent() throws {
        #expect(try clock("rs-zspi", received: "2026-01-30", urgent: true).due == day("2026-02-01"))
        #expect(try clock("us-foia", received: "2025-06-13", urgent: true).due == day("2025-07-15"))
    }

    @Test("extensions add the law's days to the running period", arguments: [
        ("us-foia", "2025-06-13", nil, "2025-07-29"),  // +10 working days
        ("rs-zspi", "2026-01-30", nil, "2026-03-11"),  // 40 days from receipt in total
        ("hr-zppi", "2026-05-20", nil, "2026-06-19"),  // +15 days
        ("uk-foia", "2025-12-19", 5, "2026-01-29"),  // a 5-working-day public interest extension
    ] as [(String, String, Int?, String)])
    func extensions(id: String, received: String, days: Int?, due: String) throws {
        let report = try clock(id, received: received, [(.acknowledged, received, nil), (.extended, received, days)])
        #expect(report.due == day(due))
        #expect(report.extendedDue == day(due))
        #expect(report.initialDue != report.due)
    }

    @Test("a fee notice pauses the UK clock and keeps the days remaining")
    func ukFeePause() throws {
        let paused = try clock("uk-foia", received: "2025-12-19", [(.feeRequired, "2026-01-05", nil)])
        #expect(paused.pause?.remainingDays == 14)
        #expect(!paused.isRunning)
        #expect(!paused.isOverdue(asOf: day("2026-03-01")))
        let resumed = try clock("uk-foia", received: "2025-12-19", [(.feeRequired, "2026-01-05", nil), (.acknowledged, "2026-01-12", nil)])
        #expect(resumed.due == day("2026-01-30"))
    }

    @Test("a UK clarification restarts the clock from the answer (new day 0)")
    func ukClarificationRestart() throws {
        let report = try clock("uk-foia", received: "2025-12-19", [(.clarificationRequested, "2026-01-05", nil), (.submitted, "2026-01-12", nil)])
        #expect(report.due == day("2026-02-09"))
    }

    @Test("a US clarification tolls the clock once; a second one does not")
    func usTollsOnce() throws {
        let once = try clock("us-foia", received: "2025-06-13", [(.clarificationRequested, "2025-06-20", nil), (.acknowledged, "2025-07-01", nil)])
        #expect(once.due == day("2025-07-25"))
        let twice = try clock(
            "us-foia", received: "2025-06-13",
            [(.clarificationRequested, "2025-06-20", nil), (.acknowledged, "2025-07-01", nil), (.clarificationRequested, "2025-07-10", nil),
             (.acknowledged, "2025-07-20", nil)])
        #expect(twice.due == day("2025-07-25"))
        #expect(twice.warnings.contains { $0.contains("does not stop the clock again") })
    }

    @Test("a Serbian calendar-day pause keeps the calendar days remaining")
    func serbianPause() throws {
        // Received 1 Jun 2026 (day 0); fee notice 6 Jun: 4 days (2–5 Jun) elapsed, 11 remain; paid 20 Jun → 1 Jul.
        let report = try clock("rs-zspi", received: "2026-06-01", [(.feeRequired, "2026-06-06", nil), (.acknowledged, "2026-06-20", nil)])
        #expect(report.due == day("2026-07-01"))
    }

    @Test("overdue, very overdue and days remaining are judged as of a day")
    func overdue() throws {
        let report = try clock("uk-foia", received: "2025-12-19")
        #expect(!report.isOverdue(asOf: day("2026-01-22")))
        #expect(report.isOverdue(asOf: day("2026-01-23")))
        #expect(report.daysRemaining(asOf: day("2026-01-20")) == 2)
        #expect(report.daysLate(asOf: day("2026-01-25")) == 3)
        // Very overdue: 20 working days past the deadline (Alaveteli's 40 after receipt).
        #expect(report.veryOverdueAfter == day("2026-02-19"))
        #expect(!report.isVeryOverdue(asOf: day("2026-02-19")))
        #expect(report.isVeryOverdue(asOf: day("2026-02-20")))
    }

    @Test("an adverse decision opens the appeal window; the first answer is judged against the deadline")
    func appealDeadline() throws {
        let uk = try clock("uk-foia", received: "2025-12-19", [(.refused, "2026-01-22", nil)])
        #expect(uk.appealDeadline(asOf: day("2026-02-01")) == day("2026-03-20"))  // 40 working days; 17 March is St Patrick's Day
        #expect(uk.answeredOnTime == true)
        #expect(!uk.isRunning)
        let rs = try clock("rs-zspi", received: "2026-01-30", [(.refused, "2026-02-19", nil)])
        #expect(rs.appealDeadline(asOf: day("2026-02-20")) == day("2026-03-06"))  // complaint to the Commissioner, 15 days
        #expect(rs.answeredOnTime == false)
        #expect(rs.remedyName == "complaint (žalba) to the Commissioner")
    }

    @Test("silence: EU confirmatory application window runs from the missed deadline; Serbia any time")
    func silence() throws {
        let eu = try clock("eu-1049", received: "2026-03-30")  // due 2026-04-23
        #expect(eu.appealDeadline(asOf: day("2026-04-23")) == nil)
        #expect(eu.appealDeadline(asOf: day("2026-04-24")) == day("2026-05-19"))  // 1 May and Ascension (14–15 May) skipped
        let rs = try clock("rs-zspi", received: "2026-01-30")
        #expect(rs.silenceRemedyOpen(asOf: day("2026-02-19"))?.afterSilence == .anytime)
    }

    @Test("an appeal starts its own deadline for the reviewing body")
    func appealStage() throws {
        let report = try clock("eu-1049", received: "2026-03-30", [(.refused, "2026-04-20", nil), (.appealPending, "2026-04-27", nil)])
        #expect(report.stage == .appeal)
        #expect(report.due == day("2026-05-21"))  // 15 working days; 1 May, 14–15 May (Ascension) skipped
    }

    @Test("a deadline past the year the holidays are known for carries a warning")
    func knownUntil() throws {
        let report = try clock("eu-1049", received: "2027-12-20")
        #expect(report.warnings.contains { $0.contains("2027") })
        #expect(try clock("eu-1049", received: "2026-03-30").warnings.isEmpty)
    }

    @Test("unconfirmed facts used by a deadline are reported")
    func unconfirmed() throws {
        #expect(try clock("ba-fbih", received: "2026-02-20").unconfirmed.contains("response period"))
        #expect(try clock("uk-foia", received: "2025-12-19").unconfirmed.isEmpty)
    }
}

@Suite("Working-day arithmetic")
struct WorkingDayArithmeticTests {
    @Test("the precomputed lookups agree with counting day by day, inside and outside the precomputed years",
          arguments: ["us-foia", "uk-foia", "eu-1049", "rs-zspi", "hr-zppi", "ba-zspi", "ba-fbih"])
    func agreesWithCounting(id: String) throws {
        let calendar = try jurisdiction(id).calendar
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1500 {
            let start = CivilDate(dayNumber: day("2009-06-01").dayNumber + Int.random(in: 0..<(45 * 365), using: &generator))
            let count = Int.random(in: 0...60, using: &generator)
            var expected = start
            var remaining = count
            while remaining > 0 {
                expected = expected.adding(days: 1)
                if calendar.isWorkingDay(expected) { remaining -= 1 }
            }
            #expect(calendar.addingWorkingDays(count, to: start) == expected, "\(id) \(start) + \(count)")
            let end = start.adding(days: Int.random(in: 0...90, using: &generator))
            let between = (start.dayNumber + 1..<max(start.dayNumber + 1, end.dayNumber)).filter { calendar.isWorkingDay(CivilDate(dayNumber: $0)) }.count
            #expect(calendar.workingDays(after: start, before: end) == between, "\(id) \(start)…\(end)")
            var rolled = start
            while !calendar.isWorkingDay(rolled) { rolled = rolled.adding(days: 1) }
            #expect(calendar.rollForward(start) == rolled)
        }
    }
}
