/// One rule that makes days holidays: a fixed date (or a run of days), the nth weekday of a month,
/// a day relative to Easter, or a dated list entry.
public struct HolidayRule: Sendable, Equatable {
    public enum Date: Sendable, Equatable {
        /// `day` … `lastDay` of `month` every year (one day when they are equal).
        case fixed(month: Int, day: Int, lastDay: Int)
        /// The `nth` `weekday` of `month`; `nth` = -1 is the last one.
        case nthWeekday(month: Int, weekday: Weekday, nth: Int)
        /// Easter Sunday plus `offset` days (Good Friday = -2).
        case easter(EasterKind, offset: Int)
        /// Exact dates (a run of days), for one year only.
        case dated(first: CivilDate, last: CivilDate)
    }

    public enum EasterKind: String, Sendable {
        case western, orthodox
    }

    /// What happens when a holiday falls on a weekend day.
    public enum Shift: String, Sendable {
        /// Nothing: the day off is lost.
        case none
        /// Saturday → the Friday before, Sunday → the Monday after (US federal, 5 U.S.C. §6103(b)).
        case observed
        /// Saturday or Sunday → the next weekday that is not already a holiday (UK substitute days).
        case substitute
        /// Sunday only → the next weekday that is not already a holiday (Serbian state holidays).
        case sundaySubstitute = "sunday-substitute"
    }

    public let name: String
    public let date: Date
    public let shift: Shift
    /// First and last year the rule applies (Juneteenth from 2021).
    public let fromYear: Int?
    public let untilYear: Int?
    /// Years the rule does not apply (a bank holiday moved by proclamation).
    public let exceptYears: [Int]
    public let fact: LegalFact

    public init(
        name: String, date: Date, shift: Shift = .none, fromYear: Int? = nil, untilYear: Int? = nil, exceptYears: [Int] = [],
        fact: LegalFact
    ) {
        self.name = name
        self.date = date
        self.shift = shift
        self.fromYear = fromYear
        self.untilYear = untilYear
        self.exceptYears = exceptYears
        self.fact = fact
    }

    func applies(in year: Int) -> Bool {
        if let fromYear, year < fromYear { return false }
        if let untilYear, year > untilYear { return false }
        return !exceptYears.contains(year)
    }

    /// The days this rule makes holidays in `year`, before any weekend shift.
    func days(in year: Int) -> [CivilDate] {
        guard applies(in: year) else { return [] }
        switch date {
        case .fixed(let month, let day, let lastDay):
            return (day...lastDay).compactMap { CivilDate(year: year, month: month, day: $0) }
        case .nthWeekday(let month, let weekday, let nth):
            return HolidayRule.nthWeekday(year: year, month: month, weekday: weekday, nth: nth).map { [$0] } ?? []
        case .easter(let kind, let offset):
            let sunday = kind == .western ? Easter.western(year) : Easter.orthodox(year)
            return [sunday.adding(days: offset)]
        case .dated(let first, let last):
            guard first.year == year || last.year == year else { return [] }
            return (first.dayNumber...last.dayNumber).map { CivilDate(dayNumber: $0) }
        }
    }

    /// The `nth` (1-based; -1 = last) `weekday` of a month.
    static func nthWeekday(year: Int, month: Int, weekday: Weekday, nth: Int) -> CivilDate? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let target = Weekday.allCases.firstIndex(of: weekday)!
        if nth > 0 {
            let firstIndex = Weekday.allCases.firstIndex(of: first.weekday)!
            let offset = (target - firstIndex + 7) % 7 + (nth - 1) * 7
            let date = first.adding(days: offset)
            return date.components.month == month ? date : nil
        }
        let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
        let lastIndex = Weekday.allCases.firstIndex(of: last.weekday)!
        return last.adding(days: -((lastIndex - target + 7) % 7) + (nth + 1) * 7)
    }
}
