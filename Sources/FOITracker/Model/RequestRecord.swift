/// A request with everything stored about it: the lossless unit of `show`, export and import.
public struct RequestRecord: Sendable, Equatable {
    /// "FOI-2026-0001".
    public var id: String
    public var subject: String
    public var agency: String
    /// A jurisdiction id ("rs-zspi").
    public var jurisdiction: String
    public var requester: String?
    public var channel: Channel?
    /// The day the request was sent.
    public var filed: CivilDate
    /// The day the authority received it: day 0 of the clock.
    public var received: CivilDate
    /// Asks for the law's urgent period.
    public var urgent: Bool
    public var status: FOIStatus
    /// A fee as written ("25.00 GBP").
    public var fee: String?
    /// Not to be published before this day.
    public var embargo: CivilDate?
    public var tags: [String]
    /// When the record was created (UTC ISO 8601).
    public var createdAt: String
    /// Agency tracking numbers, oldest first; the last is the current one.
    public var tracking: [TrackingNumber]
    public var timeline: [TimelineEvent]
    public var documents: [DocumentRecord]

    public init(
        id: String, subject: String, agency: String, jurisdiction: String, requester: String? = nil, channel: Channel? = nil,
        filed: CivilDate, received: CivilDate, urgent: Bool = false, status: FOIStatus = .submitted, fee: String? = nil,
        embargo: CivilDate? = nil, tags: [String] = [], createdAt: String, tracking: [TrackingNumber] = [],
        timeline: [TimelineEvent] = [], documents: [DocumentRecord] = []
    ) {
        self.id = id
        self.subject = subject
        self.agency = agency
        self.jurisdiction = jurisdiction
        self.requester = requester
        self.channel = channel
        self.filed = filed
        self.received = received
        self.urgent = urgent
        self.status = status
        self.fee = fee
        self.embargo = embargo
        self.tags = tags
        self.createdAt = createdAt
        self.tracking = tracking
        self.timeline = timeline
        self.documents = documents
    }

    /// The status changes in timeline order, as the clock reads them.
    public var statusChanges: [StatusChange] {
        timeline.compactMap { event in
            guard event.kind == .status, let status = event.status else { return nil }
            return StatusChange(status: status, date: event.date, days: event.days)
        }
    }

    /// The current agency tracking number.
    public var currentTrackingNumber: String? { tracking.last?.number }
}

/// An agency's reference number for a request, as assigned on a day.
public struct TrackingNumber: Sendable, Equatable {
    public var number: String
    public var assignedOn: CivilDate
    public var actor: String
    public var recordedAt: String

    public init(number: String, assignedOn: CivilDate, actor: String, recordedAt: String) {
        self.number = number
        self.assignedOn = assignedOn
        self.actor = actor
        self.recordedAt = recordedAt
    }
}

/// One entry of a request's timeline.
public struct TimelineEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A status change (letters in and out, extensions, pauses).
        case status
        /// A private note.
        case note
        /// A new agency tracking number.
        case tracking
        /// A document attached.
        case document
        /// A field of the request changed.
        case update
        /// Attached copies removed by retention.
        case purge
    }

    public var date: CivilDate
    public var kind: Kind
    public var status: FOIStatus?
    /// For an extension: the days it adds.
    public var days: Int?
    public var note: String
    public var actor: String
    /// When it was recorded (UTC ISO 8601).
    public var recordedAt: String

    public init(date: CivilDate, kind: Kind, status: FOIStatus? = nil, days: Int? = nil, note: String = "", actor: String, recordedAt: String) {
        self.date = date
        self.kind = kind
        self.status = status
        self.days = days
        self.note = note
        self.actor = actor
        self.recordedAt = recordedAt
    }
}

/// A file attached to a request, kept as a copy in the managed folder next to the database.
public struct DocumentRecord: Sendable, Equatable {
    public var name: String
    /// "document", "letter", "response", "manifest" (a redaction manifest), "verify-report".
    public var kind: String
    public var sha256: String
    public var size: Int
    /// The copy's path relative to the documents folder; nil when none is kept (imported metadata).
    public var storedPath: String?
    public var attachedAt: String
    public var actor: String
    /// When retention removed the copy.
    public var purgedAt: String?

    public init(
        name: String, kind: String, sha256: String, size: Int, storedPath: String?, attachedAt: String, actor: String,
        purgedAt: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.sha256 = sha256
        self.size = size
        self.storedPath = storedPath
        self.attachedAt = attachedAt
        self.actor = actor
        self.purgedAt = purgedAt
    }

    /// Kinds `attach --kind` accepts.
    public static let kinds = ["document", "letter", "response", "manifest", "verify-report"]
}
