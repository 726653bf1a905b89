import BlacklineCore
import Foundation

/// A gold annotation file (`ID.gold.json`): what must be redacted, what must stay, what is optional.
public struct GoldDocument: Sendable {
    public struct Span: Sendable {
        public var start: Int
        public var end: Int
        public var category: String
        public var who: String?
    }

    public var id: String
    public var language: String
    public var protect: [Span]
    public var keep: [Span]
    public var optional: [Span]

    /// Reads a gold file; bad input is a `LocatedError`.
    public static func load(from url: URL, displayName: String) throws -> GoldDocument {
        let root = try JSONNode.parse(contentsOf: url, displayName: displayName)
        func spans(_ key: String) throws -> [Span] {
            try (root[key]?.requireArray("\"\(key)\"") ?? []).enumerated().map { n, node in
                let what = "\(key)[\(n)]"
                let start = try node.required("start", in: what).requireInt("\(what).start")
                let end = try node.required("end", in: what).requireInt("\(what).end")
                guard start >= 0, end > start else { throw node.error("\(what): start and end must satisfy 0 <= start < end") }
                let category = try node.required("category", in: what).requireString("\(what).category")
                let who = try node["who"]?.requireString("\(what).who")
                return Span(start: start, end: end, category: category, who: who)
            }
        }
        return GoldDocument(
            id: try root["id"]?.requireString("\"id\"") ?? url.deletingPathExtension().deletingPathExtension().lastPathComponent,
            language: try root["language"]?.requireString("\"language\"") ?? "unknown",
            protect: try spans("protect"), keep: try spans("keep"), optional: try spans("optional"))
    }
}
