/// A parsed JSON value that remembers where it came from, so that a program reading a policy,
/// case file or manifest can say `file:line:col` when a field is wrong.
///
/// Parse with `JSONNode.parse(_:file:)`; read typed fields with the `required…`/`optional…`
/// accessors, which throw `LocatedError`s naming the field and its place.
public struct JSONNode: Sendable {
    /// One member of an object, with the place of its key.
    public struct Member: Sendable {
        public let key: String
        public let keyLocation: SourceLocation
        public let value: JSONNode
    }

    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number with its literal text (so integers keep full precision).
        case number(Double, literal: String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    public let kind: Kind
    /// Where the value starts.
    public let location: SourceLocation
    /// Context for errors: the file name and its lines.
    public let source: JSONSource

    /// A human name of the value's type, for error messages.
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The plain value, without locations.
    public var value: JSONValue {
        switch kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d, let literal):
            if let i = Int(literal) { return .integer(i) }
            return .number(d)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.value))
        case .object(let members): return .object(members.map { ($0.key, $0.value.value) })
        }
    }

    /// Members of an object (empty for other kinds).
    public var members: [Member] {
        if case .object(let members) = kind { return members }
        return []
    }

    /// The member called `key`, or nil.
    public subscript(key: String) -> JSONNode? {
        members.first { $0.key == key }?.value
    }

    /// An error located at this value.
    public func error(_ reason: String) -> LocatedError {
        source.error(at: location, reason)
    }

    // MARK: Typed access

    /// This value as an object's members, or a located error.
    public func requireObject(_ what: String) throws -> [Member] {
        guard case .object(let members) = kind else { throw error("\(what) must be an object, found \(typeName)") }
        return members
    }

    /// This value as an array, or a located error.
    public func requireArray(_ what: String) throws -> [JSONNode] {
        guard case .array(let items) = kind else { throw error("\(what) must be an array, found \(typeName)") }
        return items
    }

    /// This value as a string, or a located error.
    public func requireString(_ what: String) throws -> String {
        guard case .string(let s) = kind else { throw error("\(what) must be a string, found \(typeName)") }
        return s
    }

    /// This value as a number, or a located error.
    public func requireNumber(_ what: String) throws -> Double {
        guard case .number(let d, _) = kind else { throw error("\(what) must be a number, found \(typeName)") }
        return d
    }

    /// This value as an integer, or a located error.
    public func requireInt(_ what: String) throws -> Int {
        guard case .number(let d, let literal) = kind else { throw error("\(what) must be an integer, found \(typeName)") }
        if let i = Int(literal) { return i }
        guard d.rounded() == d, abs(d) < 9e15 else { throw error("\(what) must be an integer, found \(literal)") }
        return Int(d)
    }

    /// This value as a boolean, or a located error.
    public func requireBool(_ what: String) throws -> Bool {
        guard case .bool(let b) = kind else { throw error("\(what) must be true or false, found \(typeName)") }
        return b
    }

    /// This value as an array of strings, or a located error.
    public func requireStringArray(_ what: String) throws -> [String] {
        try requireArray(what).enumerated().map { try $1.requireString("\(what)[\($0)]") }
    }

    /// The member `key` of this object, or a located error saying it is missing.
    public func required(_ key: String, in what: String) throws -> JSONNode {
        _ = try requireObject(what)
        guard let node = self[key] else { throw error("\(what) is missing the field \"\(key)\"") }
        return node
    }

    /// Rejects members whose key is not in `allowed`, naming the first unknown one and the valid ones.
    public func rejectUnknownKeys(_ allowed: [String], in what: String) throws {
        for member in try requireObject(what) where !allowed.contains(member.key) {
            throw source.error(
                at: member.keyLocation,
                "unknown field \"\(member.key)\" in \(what); valid fields: \(allowed.joined(separator: ", "))")
        }
    }
}

/// The file a `JSONNode` came from: its name and lines, for located errors.
public final class JSONSource: Sendable {
    public let file: String
    private let lines: [Substring]

    init(file: String, text: String) {
        self.file = file
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A `LocatedError` at `location`, quoting that line of the file.
    public func error(at location: SourceLocation, _ reason: String) -> LocatedError {
        let line = location.line - 1
        let text = lines.indices.contains(line) ? String(lines[line]).trimmingTrailingCarriageReturn : nil
        return LocatedError(file: file, location: location, reason: reason, sourceLine: text)
    }
}

extension String {
    fileprivate var trimmingTrailingCarriageReturn: String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}
