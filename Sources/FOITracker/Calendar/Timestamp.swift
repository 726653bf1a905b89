import Foundation

/// Instants as UTC ISO 8601 text (`2026-03-01T09:30:00.125Z`), and today's local date.
public enum Timestamp {
    /// `date` as UTC ISO 8601 with milliseconds.
    public static func iso(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = Int(floor(Double(milliseconds) / 1000))
        let day = CivilDate(dayNumber: Int(floor(Double(seconds) / 86_400)))
        let secondOfDay = seconds - day.dayNumber * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let millis = milliseconds - seconds * 1000
        let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(day)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)).\(fraction)Z"
    }

    /// The calendar date of an ISO timestamp's UTC day ("2026-03-01T…" → 2026-03-01).
    public static func date(ofISO text: String) -> CivilDate? {
        CivilDate(iso: String(text.prefix(10)))
    }
}

extension CivilDate {
    /// Today in the local time zone.
    public static func today(_ now: Date = Date()) -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
