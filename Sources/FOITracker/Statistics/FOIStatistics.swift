/// Per-group figures for `foi stats`: how many requests, how fast and how often authorities
/// answer on time, and how they decide.
public struct FOIStatistics: Sendable {
    /// One group's figures (all requests, one agency or one jurisdiction).
    public struct Group: Sendable {
        public let name: String
        public internal(set) var requests = 0
        /// Requests with a first decision.
        public internal(set) var answered = 0
        /// Requests still waiting whose deadline has passed.
        public internal(set) var overdue = 0
        /// Median calendar days from receipt to the first decision.
        public internal(set) var medianDaysToFirstAnswer: Double?
        /// Answered by the deadline in force, out of answered plus overdue-unanswered.
        public internal(set) var answeredOnTime = 0
        public internal(set) var onTimeDenominator = 0
        /// Latest decision per request: granted, partially_granted, refused, not_held.
        public internal(set) var outcomes: [FOIStatus: Int] = [:]

        public var onTimeShare: Double? { onTimeDenominator == 0 ? nil : Double(answeredOnTime) / Double(onTimeDenominator) }
        public var decided: Int { outcomes.values.reduce(0, +) }

        /// The share of decided requests with this outcome.
        public func share(_ status: FOIStatus) -> Double? {
            decided == 0 ? nil : Double(outcomes[status, default: 0]) / Double(decided)
        }

        /// Granted in full or in part, out of decided.
        public var grantedInFullOrPartShare: Double? {
            decided == 0 ? nil : Double(outcomes[.granted, default: 0] + outcomes[.partiallyGranted, default: 0]) / Double(decided)
        }
    }

    public enum Grouping: String, Sendable {
        case all, agency, jurisdiction
    }

    public let grouping: Grouping
    public let asOf: CivilDate
    private var totalBuilder = Builder(name: "all")
    private var builders: [String: Builder] = [:]

    /// Figures over all requests.
    public var total: Group { totalBuilder.build() }
    /// Figures per group, the largest first.
    public var groups: [Group] { builders.values.map { $0.build() }.sorted { ($0.requests, $1.name) > ($1.requests, $0.name) } }

    /// Empty figures; `add` requests one by one (for streaming over many requests).
    public init(by grouping: Grouping, asOf: CivilDate) {
        self.grouping = grouping
        self.asOf = asOf
    }

    /// Computes the figures over `summaries` as of `asOf`.
    public init(_ summaries: [RequestSummary], by grouping: Grouping, asOf: CivilDate) {
        self.init(by: grouping, asOf: asOf)
        for summary in summaries { add(summary) }
    }

    /// Counts one request.
    public mutating func add(_ summary: RequestSummary) {
        totalBuilder.add(summary, asOf: asOf)
        switch grouping {
        case .all: break
        case .agency: builders[summary.agency, default: Builder(name: summary.agency)].add(summary, asOf: asOf)
        case .jurisdiction: builders[summary.jurisdiction, default: Builder(name: summary.jurisdiction)].add(summary, asOf: asOf)
        }
    }

    private struct Builder {
        var group: Group
        var daysToAnswer: [Int] = []

        init(name: String) {
            group = Group(name: name)
        }

        mutating func add(_ summary: RequestSummary, asOf: CivilDate) {
            group.requests += 1
            let clock = summary.clock
            if let answer = clock.firstAnswer {
                group.answered += 1
                daysToAnswer.append(summary.received.days(to: answer))
                if let onTime = clock.answeredOnTime {
                    group.onTimeDenominator += 1
                    if onTime { group.answeredOnTime += 1 }
                }
            } else if clock.isOverdue(asOf: asOf) {
                group.overdue += 1
                group.onTimeDenominator += 1
            }
            if let decision = clock.lastDecision?.status {
                group.outcomes[decision, default: 0] += 1
            }
        }

        func build() -> Group {
            var result = group
            if !daysToAnswer.isEmpty {
                let sorted = daysToAnswer.sorted()
                let middle = sorted.count / 2
                result.medianDaysToFirstAnswer = sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            }
            return result
        }
    }
}
