/// A place in a text file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// An error in an input file at a known place: `file:line:col: message`, followed by the offending
/// line and a caret, in the style of compiler diagnostics.
///
/// Used for policies, case files, decision files and other structured inputs. The quoted source
/// line comes from a configuration file the user wrote, never from a document being redacted.
public struct LocatedError: BlacklineError, Equatable {
    public let kind: FailureKind
    /// The file's path as the user gave it.
    public let file: String
    public let location: SourceLocation?
    /// What is wrong, without the location prefix.
    public let reason: String
    /// The text of the offending line, when known.
    public let sourceLine: String?

    public init(file: String, location: SourceLocation?, reason: String, sourceLine: String? = nil, kind: FailureKind = .badInput) {
        self.file = file
        self.location = location
        self.reason = reason
        self.sourceLine = sourceLine
        self.kind = kind
    }

    /// `file:line:col: reason` on one line.
    public var message: String {
        if let location { return "\(file):\(location.line):\(location.column): \(reason)" }
        return "\(file): \(reason)"
    }

    /// The message followed by the source line and a caret under the column.
    public var diagnostic: String {
        guard let location, let sourceLine else { return message }
        let caretPad = String(repeating: " ", count: max(0, location.column - 1))
        return "\(message)\n  | \(sourceLine)\n  | \(caretPad)^"
    }
}
