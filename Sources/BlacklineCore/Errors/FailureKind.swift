/// What kind of failure an error is, independent of the module that raised it.
///
/// Every module classifies its errors with this; the command-line tool turns a kind into an exit
/// code in exactly one place (`ExitStatus` in `BlacklineCLI`).
public enum FailureKind: String, Sendable, CaseIterable {
    /// The command line itself is wrong (unknown flag, missing argument).
    case usage
    /// An input exists but its content is wrong: a damaged PDF, a malformed policy, an invalid date.
    case badInput
    /// An input file does not exist or cannot be read.
    case missingInput
    /// An output file or folder cannot be created.
    case cannotCreateOutput
    /// Reading or writing failed part way.
    case io
    /// A bug or an impossible state inside Blackline.
    case `internal`
}

/// An error that Blackline reports to a person.
///
/// `message` must never contain document text (names, identifiers): errors end up in terminals,
/// logs and bug reports. Context such as a file path, page number, rule id or line and column is fine.
public protocol BlacklineError: Error, CustomStringConvertible {
    /// How the failure is classified (and so which exit code the CLI uses).
    var kind: FailureKind { get }
    /// A one-line, human-readable message without any sensitive document text.
    var message: String { get }
}

extension BlacklineError {
    public var description: String { message }
}

/// A failure that carries only a kind and a message; for cases that need no richer type.
public struct GeneralError: BlacklineError, Equatable {
    public let kind: FailureKind
    public let message: String

    public init(_ kind: FailureKind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
