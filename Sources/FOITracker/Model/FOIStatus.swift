/// Where a request stands: the unified status model of `foi-law.md`, which maps onto MuckRock's
/// and Alaveteli's states.
public enum FOIStatus: String, CaseIterable, Sendable {
    case draft
    case submitted
    case acknowledged
    case extended
    case clarificationRequested = "clarification_requested"
    case feeRequired = "fee_required"
    case deliveryFailed = "delivery_failed"
    case handledOffline = "handled_offline"
    case granted
    case partiallyGranted = "partially_granted"
    case refused
    case notHeld = "not_held"
    case appealPending = "appeal_pending"
    case complaintPending = "complaint_pending"
    case litigation
    case withdrawn
    case closed

    /// The authority has decided (in full, in part, refused, or holds nothing).
    public var isDecision: Bool {
        switch self {
        case .granted, .partiallyGranted, .refused, .notHeld: return true
        default: return false
        }
    }

    /// An answer that leaves the requester something to appeal.
    public var isAdverse: Bool {
        self == .refused || self == .partiallyGranted || self == .notHeld
    }

    /// The requester is waiting on the authority (or a reviewer) to answer.
    public var awaitsAnswer: Bool {
        switch self {
        case .submitted, .acknowledged, .extended, .appealPending, .complaintPending: return true
        default: return false
        }
    }

    /// No further change is possible.
    public var isTerminal: Bool { self == .withdrawn || self == .closed }

    private static let decisions: [FOIStatus] = [.granted, .partiallyGranted, .refused, .notHeld]
    private static let waiting: [FOIStatus] = [.submitted, .acknowledged, .extended]

    /// The statuses a request in this status may move to.
    public var validNextStates: [FOIStatus] {
        switch self {
        case .draft:
            return [.submitted, .withdrawn]
        case .submitted:
            return [.acknowledged, .extended, .clarificationRequested, .feeRequired, .deliveryFailed, .handledOffline]
                + Self.decisions + [.appealPending, .complaintPending, .withdrawn, .closed]
        case .acknowledged:
            return [.extended, .clarificationRequested, .feeRequired, .handledOffline]
                + Self.decisions + [.appealPending, .complaintPending, .withdrawn, .closed]
        case .extended:
            return [.clarificationRequested, .feeRequired, .handledOffline]
                + Self.decisions + [.appealPending, .complaintPending, .withdrawn, .closed]
        case .clarificationRequested, .feeRequired:
            // The requester answers or pays (back to waiting), or the authority decides anyway.
            return Self.waiting + Self.decisions + [.withdrawn, .closed]
        case .deliveryFailed:
            return [.submitted, .withdrawn, .closed]
        case .handledOffline:
            return [.acknowledged] + Self.decisions + [.withdrawn, .closed]
        case .granted:
            return [.appealPending, .complaintPending, .closed]
        case .partiallyGranted, .refused, .notHeld:
            return Self.decisions.filter { $0 != self } + [.appealPending, .complaintPending, .litigation, .withdrawn, .closed]
        case .appealPending:
            return [.extended] + Self.decisions + [.complaintPending, .litigation, .withdrawn, .closed]
        case .complaintPending:
            return Self.decisions + [.litigation, .withdrawn, .closed]
        case .litigation:
            return Self.decisions + [.withdrawn, .closed]
        case .withdrawn, .closed:
            return []
        }
    }

    /// Whether a request may move from this status to `next`.
    public func canMove(to next: FOIStatus) -> Bool {
        validNextStates.contains(next)
    }

    /// Parses a status name, accepting `-` for `_` ("not-held").
    public init?(name: String) {
        if let exact = FOIStatus(rawValue: name) {
            self = exact
            return
        }
        self.init(rawValue: name.replacingOccurrences(of: "-", with: "_").lowercased())
    }

    private static let utf8Names: [(FOIStatus, [UInt8])] = allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// Parses a stored status name from UTF-8 bytes (SQLite column bytes) without making a String.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        for (status, name) in Self.utf8Names where name.count == bytes.count && name.elementsEqual(bytes) {
            self = status
            return
        }
        return nil
    }

    /// All status names, for help and errors.
    public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
