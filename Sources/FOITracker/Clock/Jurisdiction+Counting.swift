extension Jurisdiction {
    /// The last day of a period of `days` (counted like `period`) starting after day 0 `start`.
    public func deadline(from start: CivilDate, days: Int, period: Period) -> CivilDate {
        switch period.dayType {
        case .working:
            return calendar.addingWorkingDays(days, to: start)
        case .calendar:
            let end = start.adding(days: days)
            return period.rollForward ? calendar.rollForward(end) : end
        }
    }

    /// Days of the period's type that passed strictly between day 0 `start` and `end`.
    public func elapsedDays(from start: CivilDate, until end: CivilDate, period: Period) -> Int {
        switch period.dayType {
        case .working: return calendar.workingDays(after: start, before: end)
        case .calendar: return max(0, start.days(to: end) - 1)
        }
    }

    /// The initial period for a request (the urgent one when asked for and the law has one).
    public func initialPeriod(urgent: Bool) -> Period {
        urgent ? (self.urgent ?? response) : response
    }

    /// The extension rule of a stage: the authority's for a request, the reviewing body's for an
    /// appeal or a complaint.
    public func extensionRule(for stage: ClockReport.Stage) -> ExtensionRule? {
        switch stage {
        case .request: return extensionRule
        case .appeal: return appeal?.decisionExtension
        case .complaint: return complaint?.decisionExtension
        case .none: return nil
        }
    }
}
