import BlacklineCore
import Foundation
import PolicyEngine

/// Reading helpers shared by the findings, decisions and label-map readers.
enum JSONFields {
    /// Parses a JSON file. Errors keep their file:line:col but never quote the line: these files
    /// may hold document text.
    static func parseFile(_ url: URL, displayName: String, what: String) throws -> JSONNode {
        guard let data = try? Data(contentsOf: url) else {
            throw GeneralError(.missingInput, "\(displayName): cannot read the \(what)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw RedactionError(.badFile, source: displayName, detail: "the \(what) is not UTF-8 text")
        }
        return try withoutQuotedLines { try JSONNode.parse(text, file: displayName) }
    }

    /// Runs `body`, dropping the quoted source line of located errors.
    static func withoutQuotedLines<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LocatedError {
            throw LocatedError(file: error.file, location: error.location, reason: error.reason, sourceLine: nil, kind: error.kind)
        }
    }

    static func optionalString(_ node: JSONNode, _ key: String) throws -> String? {
        guard let value = node[key] else { return nil }
        if case .null = value.kind { return nil }
        return try value.requireString(key)
    }

    static func optionalNumber(_ node: JSONNode, _ key: String) throws -> Double? {
        guard let value = node[key] else { return nil }
        if case .null = value.kind { return nil }
        return try value.requireNumber(key)
    }

    /// A list of codes written either as one string or as an array of strings.
    static func codes(_ node: JSONNode?, _ key: String) throws -> [String] {
        guard let node else { return [] }
        switch node.kind {
        case .null: return []
        case .string(let s): return s.isEmpty ? [] : [s]
        default: return try node.requireStringArray(key)
        }
    }

    /// An action written as `"redact"` or `{"kind": "mask", "keepLast": 4}`.
    static func action(_ node: JSONNode?) throws -> Action {
        guard let node else { return .redact }
        let valid = Action.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        func kind(_ name: String, at place: JSONNode) throws -> Action.Kind {
            guard let kind = Action.Kind(rawValue: name) else {
                throw place.error("unknown action \"\(name)\"; valid actions: \(valid)")
            }
            return kind
        }
        switch node.kind {
        case .string(let name):
            return Action(try kind(name, at: node))
        case .object:
            try node.rejectUnknownKeys(["kind", "keepLast", "label"], in: "an action")
            let name = try node.required("kind", in: "an action").requireString("kind")
            let keepLast = try node["keepLast"].flatMap { value -> Int? in
                if case .null = value.kind { return nil }
                let n = try value.requireInt("keepLast")
                guard n >= 0 else { throw value.error("keepLast must not be negative") }
                return n
            }
            return Action(try kind(name, at: node), keepLast: keepLast, label: try optionalString(node, "label"))
        default:
            throw node.error("an action must be a string or an object, found \(node.typeName)")
        }
    }

    static func offsets(_ node: JSONNode, what: String) throws -> (Int, Int) {
        let start = try node.required("start", in: what).requireInt("start")
        let end = try node.required("end", in: what).requireInt("end")
        guard start >= 0, end > start else { throw node.error("\(what): start must be ≥ 0 and end greater than start") }
        return (start, end)
    }
}
