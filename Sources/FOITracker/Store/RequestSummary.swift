/// A request as lists, countdowns and statistics see it: its main fields and its clock.
public struct RequestSummary: Sendable {
    public let id: String
    public let subject: String
    public let agency: String
    public let jurisdiction: String
    public let status: FOIStatus
    public let filed: CivilDate
    public let received: CivilDate
    public let clock: ClockReport
}

/// Which requests `list`, `due` and `stats` look at.
public struct RequestFilter: Sendable {
    public var statuses: [FOIStatus] = []
    public var agency: String?
    public var tag: String?
    public var jurisdiction: String?
    /// Only requests whose running deadline has passed.
    public var overdue = false
    /// Only requests due within this many days (from the as-of day, not yet late).
    public var dueWithin: Int?
    /// The day "overdue" and "due within" are judged on.
    public var asOf: CivilDate

    public init(asOf: CivilDate) {
        self.asOf = asOf
    }

    /// Statuses in which a clock can be running (awaiting an answer, or stopped after the deadline).
    static let clockStatuses: [FOIStatus] = [.submitted, .acknowledged, .extended, .appealPending, .complaintPending, .clarificationRequested, .feeRequired]
}
