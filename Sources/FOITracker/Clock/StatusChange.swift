/// One status change as the clock sees it: the new status, the day it happened and, for an
/// extension, its length.
public struct StatusChange: Sendable, Equatable {
    public let status: FOIStatus
    public let date: CivilDate
    /// Days an extension adds (nil: the law's default).
    public let days: Int?

    public init(status: FOIStatus, date: CivilDate, days: Int? = nil) {
        self.status = status
        self.date = date
        self.days = days
    }
}
