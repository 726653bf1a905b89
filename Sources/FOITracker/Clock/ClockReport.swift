/// Everything derived from a request's status history under its law: due dates, pauses, the
/// appeal deadline, overdue and very overdue. Never stored; computed on demand.
public struct ClockReport: Sendable {
    /// Which period the clock is counting.
    public enum Stage: String, Sendable {
        /// The authority's answer to the request.
        case request
        /// The authority's (or institution's) decision on an appeal.
        case appeal
        /// The regulator's decision on a complaint.
        case complaint
        /// Nothing is being counted (answered, withdrawn, closed, not sent).
        case none
    }

    /// A stopped clock.
    public struct Pause: Sendable, Equatable {
        public let since: CivilDate
        public let effect: ClockRule.Effect
        /// For a pause: the days (of the law's day type) left when it stopped.
        public let remainingDays: Int?
        public let status: FOIStatus
    }

    public internal(set) var stage: Stage = .none
    /// The stopped clock, when a fee notice or clarification request stopped it.
    public internal(set) var pause: Pause?
    /// The current deadline: of the running stage, or the request's last deadline once answered.
    public internal(set) var due: CivilDate?
    /// The request's first deadline, before any extension, pause or restart.
    public internal(set) var initialDue: CivilDate?
    /// The request's deadline after its last extension, when it was extended.
    public internal(set) var extendedDue: CivilDate?
    /// The first decision on the request and whether it came by the deadline then in force.
    public internal(set) var firstAnswer: CivilDate?
    public internal(set) var answeredOnTime: Bool?
    /// The last decision and its date.
    public internal(set) var lastDecision: StatusChange?
    /// Which of the law's remedies a deadline or silence concerns (stored as a role, not a copy,
    /// so that a clock stays cheap to compute for 100,000 requests).
    enum RemedyRole: Sendable {
        case appeal, complaint
    }

    /// The requester's deadline for the next remedy after an adverse decision.
    public internal(set) var remedyDeadline: CivilDate?
    var remedyRole: RemedyRole?
    var silenceRemedyRole: RemedyRole?
    /// The remedy that deadline is for ("internal review").
    public var remedyName: String? { remedyRole.flatMap(remedy(_:))?.name }
    /// The remedy available against silence once the running deadline has passed.
    public var silenceRemedy: Remedy? { silenceRemedyRole.flatMap(remedy(_:)) }

    func remedy(_ role: RemedyRole) -> Remedy? {
        role == .appeal ? jurisdiction.appeal : jurisdiction.complaint
    }
    /// When the running stage counts as very overdue (after this day); computed on demand.
    public var veryOverdueAfter: CivilDate? {
        guard isRunning, let due, let margin = jurisdiction.veryOverdue else { return nil }
        return jurisdiction.deadline(from: due, days: margin.days, period: margin)
    }
    /// The facts a deadline used, by kind (a bit set, so computing a clock allocates nothing).
    enum FactKind: Int, CaseIterable {
        case response, urgent, extensionRule, feePause, clarification, appeal, complaint, veryOverdue, holidays
    }

    var usedFacts: UInt16 = 0

    mutating func use(_ kind: FactKind) {
        usedFacts |= 1 << kind.rawValue
    }

    /// Names of the facts used that are not confirmed against an official text ("response period").
    public var unconfirmed: [String] {
        var names: [String] = []
        for kind in FactKind.allCases where usedFacts & (1 << kind.rawValue) != 0 {
            let fact: (LegalFact, String)?
            switch kind {
            case .response: fact = (jurisdiction.response.fact, "response period")
            case .urgent: fact = jurisdiction.urgent.map { ($0.fact, "urgent period") }
            case .extensionRule: fact = jurisdiction.extensionRule.map { ($0.fact, "extension") }
            case .feePause: fact = jurisdiction.clockRule(for: .feeRequired).map { ($0.fact, "fee pause") }
            case .clarification: fact = jurisdiction.clockRule(for: .clarificationRequested).map { ($0.fact, "clarification \($0.effect.rawValue)") }
            case .appeal: fact = jurisdiction.appeal.map { ($0.fact, $0.name) }
            case .complaint: fact = jurisdiction.complaint.map { ($0.fact, $0.name) }
            case .veryOverdue: fact = jurisdiction.veryOverdue.map { ($0.fact, "very-overdue margin") }
            case .holidays: fact = (jurisdiction.calendar.fact, "holidays")
            }
            if let (legal, name) = fact, !legal.confirmed, !names.contains(name) { names.append(name) }
        }
        return names
    }
    /// Cautions: a deadline past the year the holidays are known for, ignored events.
    public internal(set) var warnings: [String] = []

    let jurisdiction: Jurisdiction

    init(jurisdiction: Jurisdiction) {
        self.jurisdiction = jurisdiction
    }

    /// True while the clock counts (a stage is running and not stopped).
    public var isRunning: Bool { stage != .none && pause == nil && due != nil }

    /// The running deadline has passed as of `date`.
    public func isOverdue(asOf date: CivilDate) -> Bool {
        guard isRunning, let due else { return false }
        return due < date
    }

    /// Overdue beyond the very-overdue margin as of `date`.
    public func isVeryOverdue(asOf date: CivilDate) -> Bool {
        guard isRunning, let limit = veryOverdueAfter else { return false }
        return limit < date
    }

    /// Calendar days from `date` to the running deadline (negative when late), or nil when the clock is not running.
    public func daysRemaining(asOf date: CivilDate) -> Int? {
        guard isRunning, let due else { return nil }
        return date.days(to: due)
    }

    /// Calendar days late as of `date` (0 when not late), or nil when the clock is not running.
    public func daysLate(asOf date: CivilDate) -> Int? {
        daysRemaining(asOf: date).map { max(0, -$0) }
    }

    /// The requester's remedy deadline as of `date`: after an adverse decision, or after silence
    /// where the law treats silence as a refusal with a window.
    public func appealDeadline(asOf date: CivilDate) -> CivilDate? {
        if let remedyDeadline { return remedyDeadline }
        guard isOverdue(asOf: date), let remedy = silenceRemedy, remedy.afterSilence == .window, let window = remedy.window,
            let due
        else { return nil }
        return jurisdiction.deadline(from: due, days: window.days, period: window)
    }

    /// The remedy open against silence as of `date` ("complaint to the Commissioner, any time").
    public func silenceRemedyOpen(asOf date: CivilDate) -> Remedy? {
        isOverdue(asOf: date) ? silenceRemedy : nil
    }
}
