/// One FOI law's deadline rules, loaded from `policies/foi/<id>.json`.
///
/// Everything legal lives in the data file, not in Swift: periods, day types, extensions, the
/// clock's pauses and restarts, appeal and complaint windows, and holidays. Each fact says where it
/// comes from and whether it was confirmed against an official text.
public final class Jurisdiction: Sendable {
    /// The id used on the command line and stored with each request: "us-foia".
    public let id: String
    public let name: String
    /// The law and article: "5 U.S.C. § 552".
    public let law: String
    /// The last year whose holidays the file is known to be right for.
    public let knownUntil: Int
    /// The period an authority has to answer.
    public let response: Period
    /// The shorter period for urgent requests (Serbia: 48 hours), when the law has one.
    public let urgent: Period?
    /// How far the authority may extend the period.
    public let extensionRule: ExtensionRule?
    /// What clarification requests and fee notices do to the clock.
    public let clockRules: [ClockRule]
    /// The requester's first remedy (internal review, administrative appeal, confirmatory application, prigovor).
    public let appeal: Remedy?
    /// The complaint to a regulator (ICO, Commissioner, Ombudsman).
    public let complaint: Remedy?
    /// How long past the due date a request counts as very overdue.
    public let veryOverdue: Period?
    /// Working days and holidays.
    public let calendar: HolidayCalendar
    /// Where the definition was read from (a path, or "built-in").
    public let origin: String

    public init(
        id: String, name: String, law: String, knownUntil: Int, response: Period, urgent: Period?,
        extensionRule: ExtensionRule?, clockRules: [ClockRule], appeal: Remedy?, complaint: Remedy?,
        veryOverdue: Period?, calendar: HolidayCalendar, origin: String
    ) {
        self.id = id
        self.name = name
        self.law = law
        self.knownUntil = knownUntil
        self.response = response
        self.urgent = urgent
        self.extensionRule = extensionRule
        self.clockRules = clockRules
        self.appeal = appeal
        self.complaint = complaint
        self.veryOverdue = veryOverdue
        self.calendar = calendar
        self.origin = origin
    }

    /// The first remedy after an adverse decision: the appeal, or the complaint when the law has no appeal.
    public var firstRemedy: Remedy? { appeal ?? complaint }

    /// The clock rule for a status, if the law gives one.
    public func clockRule(for status: FOIStatus) -> ClockRule? {
        clockRules.first { $0.status == status }
    }
}

/// Where a legal fact comes from and whether it was checked against an official text.
public struct LegalFact: Sendable, Equatable {
    public let source: String
    public let confirmed: Bool

    public init(source: String, confirmed: Bool) {
        self.source = source
        self.confirmed = confirmed
    }
}

/// How days are counted.
public enum DayType: String, Sendable {
    /// Skip weekends and holidays; the Nth working day after day 0 is the last day.
    case working
    /// Count every day; the last day may roll forward to the next working day.
    case calendar
}

/// A time limit: N working days, N calendar days (maybe rolling forward), or N hours.
public struct Period: Sendable, Equatable {
    /// The length in days of `dayType` (hours are converted to whole calendar days, rounded up).
    public let days: Int
    public let dayType: DayType
    /// For calendar days: a last day that is not a working day moves to the next working day.
    public let rollForward: Bool
    /// When the law states hours (Serbia's 48 hours), the hours as written.
    public let hours: Int?
    public let fact: LegalFact

    public init(days: Int, dayType: DayType, rollForward: Bool, hours: Int? = nil, fact: LegalFact) {
        self.days = days
        self.dayType = dayType
        self.rollForward = rollForward
        self.hours = hours
        self.fact = fact
    }

    /// "20 working days", "15 days (rolls to the next working day)", "48 hours".
    public var summary: String {
        if let hours { return "\(hours) hours" }
        switch dayType {
        case .working: return "\(days) working days"
        case .calendar: return "\(days) calendar days" + (rollForward ? ", last day rolls to the next working day" : "")
        }
    }
}

/// How an authority may extend its time to answer.
public struct ExtensionRule: Sendable, Equatable {
    /// The days an extension adds by default, counted like the response period.
    public let days: Int
    /// The most days an extension may add, when the law caps it.
    public let maxDays: Int?
    /// What the authority must do (notice, reasons).
    public let condition: String
    public let fact: LegalFact
}

/// What a status does to the clock.
public struct ClockRule: Sendable, Equatable {
    public enum Effect: String, Sendable {
        /// The clock stops; the days remaining are kept and run again from the answer.
        case pause
        /// The clock stops; the answer starts a new period (new day 0).
        case restart
        /// The clock keeps running.
        case none
    }

    public let status: FOIStatus
    public let effect: Effect
    /// How many times the clock may be stopped this way (US: clarification tolls once).
    public let limit: Int?
    public let fact: LegalFact
}

/// A remedy: the appeal to the authority itself or the complaint to a regulator.
public struct Remedy: Sendable, Equatable {
    /// What against silence means for this remedy.
    public enum AfterSilence: String, Sendable {
        /// Silence cannot be appealed this way.
        case none
        /// The window opens when the deadline passes (EU: no reply = refusal).
        case window
        /// The remedy may be used any time after the deadline (Serbia).
        case anytime
    }

    /// "internal review", "complaint to the Commissioner".
    public let name: String
    /// Who decides it.
    public let body: String
    /// How long the requester has to lodge it, counted from the decision.
    public let window: Period?
    public let afterSilence: AfterSilence
    /// How long the body has to decide, counted from lodging.
    public let decision: Period?
    /// How far the body may extend its decision.
    public let decisionExtension: ExtensionRule?
    public let fact: LegalFact
}
