import Foundation

/// The working days of one jurisdiction: weekends, holidays generated from rules, weekend shifts,
/// and dated lists.
///
/// Years are computed on first use and cached as bitmaps; the cache is guarded by a lock so one
/// calendar can be shared.
public final class HolidayCalendar: @unchecked Sendable {
    public let weekend: Set<Weekday>
    public let rules: [HolidayRule]
    public let fact: LegalFact

    // Guarded by `lock`: per year, working days (index 0 = 1 January) and holiday names by day number.
    private let lock = NSLock()
    private var years: [Int: YearTable] = [:]

    private struct YearTable {
        let firstDay: Int
        /// True for a working day.
        let working: [Bool]
        let names: [Int: String]
    }

    /// Working days of the years most deadlines fall in, computed on first use (guarded by
    /// `lock`): a deadline computation takes it once and then looks days up without a lock or a
    /// dictionary (deadlines over 100,000 requests do millions of lookups).
    private var span: Span?
    static let spanYears = 2010...2045

    /// A run of days: whether each is a working day, how many working days there are up to each,
    /// and where each working day is, so that "the Nth working day after" is two array lookups.
    struct Span {
        let firstDay: Int
        let working: [Bool]
        /// Working days in [first day, first day + i].
        let cumulative: [Int32]
        /// Offsets of the working days, in order.
        let workingOffsets: [Int32]

        init(firstDay: Int, working: [Bool]) {
            self.firstDay = firstDay
            self.working = working
            var cumulative = [Int32](repeating: 0, count: working.count)
            var offsets: [Int32] = []
            offsets.reserveCapacity(working.count * 5 / 7)
            var count: Int32 = 0
            for (index, isWorking) in working.enumerated() {
                if isWorking {
                    count += 1
                    offsets.append(Int32(index))
                }
                cumulative[index] = count
            }
            self.cumulative = cumulative
            self.workingOffsets = offsets
        }

        func offset(_ date: CivilDate) -> Int? {
            let offset = date.dayNumber - firstDay
            return offset >= 0 && offset < working.count ? offset : nil
        }
    }

    public init(weekend: Set<Weekday>, rules: [HolidayRule], fact: LegalFact) {
        self.weekend = weekend
        self.rules = rules
        self.fact = fact
    }

    private func currentSpan() -> Span {
        lock.lock()
        defer { lock.unlock() }
        if let span { return span }
        var working: [Bool] = []
        for year in Self.spanYears {
            working += Self.build(year, rules: rules, weekend: weekend).working
        }
        let built = Span(firstDay: CivilDate(year: Self.spanYears.lowerBound, month: 1, day: 1)!.dayNumber, working: working)
        span = built
        return built
    }

    private func isWorkingDay(_ date: CivilDate, _ span: Span) -> Bool {
        let offset = date.dayNumber - span.firstDay
        if offset >= 0 && offset < span.working.count { return span.working[offset] }
        let table = self.table(for: date.year)
        return table.working[date.dayNumber - table.firstDay]
    }

    /// Whether the authority works on `date`.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        isWorkingDay(date, currentSpan())
    }

    /// The holiday's name on `date`, or nil (weekends are not named).
    public func holidayName(on date: CivilDate) -> String? {
        table(for: date.year).names[date.dayNumber]
    }

    /// Every holiday of `year` with its name, in date order (weekend days included when a rule names them).
    public func holidays(in year: Int) -> [(date: CivilDate, name: String)] {
        table(for: year).names.sorted { $0.key < $1.key }.map { (CivilDate(dayNumber: $0.key), $0.value) }
    }

    /// The next working day on or after `date`.
    public func rollForward(_ date: CivilDate) -> CivilDate {
        let span = currentSpan()
        if let offset = span.offset(date) {
            if span.working[offset] { return date }
            let next = Int(span.cumulative[offset])
            if next < span.workingOffsets.count { return CivilDate(dayNumber: span.firstDay + Int(span.workingOffsets[next])) }
        }
        var day = date
        while !isWorkingDay(day, span) { day = day.adding(days: 1) }
        return day
    }

    /// The `count`th working day after `date` (day 0); `date` itself when `count` is 0.
    public func addingWorkingDays(_ count: Int, to date: CivilDate) -> CivilDate {
        let span = currentSpan()
        if count == 0 { return date }
        if let offset = span.offset(date) {
            let index = Int(span.cumulative[offset]) + count - 1
            if index < span.workingOffsets.count { return CivilDate(dayNumber: span.firstDay + Int(span.workingOffsets[index])) }
        }
        var day = date
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day, span) { remaining -= 1 }
        }
        return day
    }

    /// Working days strictly between `start` and `end`.
    public func workingDays(after start: CivilDate, before end: CivilDate) -> Int {
        guard end.dayNumber > start.dayNumber + 1 else { return 0 }
        let span = currentSpan()
        if let first = span.offset(start), let last = span.offset(end.adding(days: -1)) {
            return Int(span.cumulative[last] - span.cumulative[first])
        }
        var count = 0
        for dayNumber in (start.dayNumber + 1)..<end.dayNumber where isWorkingDay(CivilDate(dayNumber: dayNumber), span) {
            count += 1
        }
        return count
    }

    private func table(for year: Int) -> YearTable {
        lock.lock()
        defer { lock.unlock() }
        if let table = years[year] { return table }
        let table = Self.build(year, rules: rules, weekend: weekend)
        years[year] = table
        return table
    }

    private static func build(_ year: Int, rules: [HolidayRule], weekend: Set<Weekday>) -> YearTable {
        // Holidays of the neighbouring years can shift into this one (1 January on a Saturday is
        // observed on 31 December in the US).
        var named: [Int: String] = [:]
        var shifting: [(CivilDate, HolidayRule)] = []
        for y in (year - 1)...(year + 1) {
            for rule in rules {
                for day in rule.days(in: y) {
                    if named[day.dayNumber] == nil { named[day.dayNumber] = rule.name }
                    if rule.shift != .none { shifting.append((day, rule)) }
                }
            }
        }
        shifting.sort { $0.0 < $1.0 }
        for (day, rule) in shifting {
            let weekday = day.weekday
            let target: CivilDate?
            switch rule.shift {
            case .none:
                target = nil
            case .observed:
                target = weekday == .saturday ? day.adding(days: -1) : weekday == .sunday ? day.adding(days: 1) : nil
            case .substitute:
                target = weekend.contains(weekday) ? nextFreeWeekday(after: day, named, weekend) : nil
            case .sundaySubstitute:
                target = weekday == .sunday ? nextFreeWeekday(after: day, named, weekend) : nil
            }
            if let target, named[target.dayNumber] == nil {
                named[target.dayNumber] = "\(rule.name) (substitute day)"
            }
        }
        let first = CivilDate(year: year, month: 1, day: 1)!.dayNumber
        let count = CivilDate.isLeap(year) ? 366 : 365
        var working = [Bool](repeating: true, count: count)
        var names: [Int: String] = [:]
        for offset in 0..<count {
            let day = CivilDate(dayNumber: first + offset)
            if weekend.contains(day.weekday) { working[offset] = false }
            if let name = named[first + offset] {
                working[offset] = false
                names[first + offset] = name
            }
        }
        return YearTable(firstDay: first, working: working, names: names)
    }

    private static func nextFreeWeekday(after day: CivilDate, _ named: [Int: String], _ weekend: Set<Weekday>) -> CivilDate {
        var candidate = day.adding(days: 1)
        while weekend.contains(candidate.weekday) || named[candidate.dayNumber] != nil {
            candidate = candidate.adding(days: 1)
        }
        return candidate
    }
}
