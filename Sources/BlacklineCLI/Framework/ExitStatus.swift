import BlacklineCore

/// Exit codes of `blackline`, defined in this one place (sysexits.h values).
public enum ExitStatus: Int32, Sendable {
    /// Success.
    case success = 0
    /// A check ran and found problems (verify found a leak, eval fell below --min-recall…).
    case problemsFound = 1
    /// The command line is wrong.
    case usage = 64
    /// An input's content is wrong (damaged PDF, malformed policy, invalid date).
    case dataError = 65
    /// An input is missing or unreadable.
    case noInput = 66
    /// Internal error (a bug).
    case internalError = 70
    /// An output cannot be created.
    case cannotCreate = 73
    /// Reading or writing failed.
    case ioError = 74

    /// The exit status for a failure of the given kind.
    public init(_ kind: FailureKind) {
        switch kind {
        case .usage: self = .usage
        case .badInput: self = .dataError
        case .missingInput: self = .noInput
        case .cannotCreateOutput: self = .cannotCreate
        case .io: self = .ioError
        case .internal: self = .internalError
        }
    }
}

/// A mistake on the command line: an unknown option, a missing or invalid argument.
public struct UsageError: BlacklineError, Equatable {
    public let message: String
    /// The command whose usage to show with the error (e.g. "extract", "foi new").
    public let command: String?
    public var kind: FailureKind { .usage }

    public init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}
