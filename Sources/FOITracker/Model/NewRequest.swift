/// What `foi new` asks for; the store allocates the id and records the rest.
public struct NewRequest: Sendable {
    public var jurisdiction: String
    public var agency: String
    public var subject: String
    public var filed: CivilDate
    public var received: CivilDate?
    public var urgent: Bool
    public var tags: [String]
    public var requester: String?
    public var channel: Channel?
    public var trackingNumber: String?
    public var fee: String?
    public var embargo: CivilDate?
    public var note: String?

    public init(
        jurisdiction: String, agency: String, subject: String, filed: CivilDate, received: CivilDate? = nil, urgent: Bool = false,
        tags: [String] = [], requester: String? = nil, channel: Channel? = nil, trackingNumber: String? = nil, fee: String? = nil,
        embargo: CivilDate? = nil, note: String? = nil
    ) {
        self.jurisdiction = jurisdiction
        self.agency = agency
        self.subject = subject
        self.filed = filed
        self.received = received
        self.urgent = urgent
        self.tags = tags
        self.requester = requester
        self.channel = channel
        self.trackingNumber = trackingNumber
        self.fee = fee
        self.embargo = embargo
        self.note = note
    }
}

/// Changes to a request's fields (`foi update`); nil leaves a field as it is.
public struct RequestUpdate: Sendable {
    public var subject: String?
    public var agency: String?
    public var requester: String?
    public var channel: Channel?
    public var fee: String?
    public var embargo: CivilDate?
    public var addTags: [String]
    public var removeTags: [String]
    public var trackingNumber: String?
    /// The day for the timeline entry (default today).
    public var on: CivilDate?

    public init(
        subject: String? = nil, agency: String? = nil, requester: String? = nil, channel: Channel? = nil, fee: String? = nil,
        embargo: CivilDate? = nil, addTags: [String] = [], removeTags: [String] = [], trackingNumber: String? = nil,
        on: CivilDate? = nil
    ) {
        self.subject = subject
        self.agency = agency
        self.requester = requester
        self.channel = channel
        self.fee = fee
        self.embargo = embargo
        self.addTags = addTags
        self.removeTags = removeTags
        self.trackingNumber = trackingNumber
        self.on = on
    }

    public var isEmpty: Bool {
        subject == nil && agency == nil && requester == nil && channel == nil && fee == nil && embargo == nil && addTags.isEmpty
            && removeTags.isEmpty && trackingNumber == nil
    }
}
