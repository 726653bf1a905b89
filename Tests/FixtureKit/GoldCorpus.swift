import Foundation

/// One annotated span of a gold file (`ID.gold.json`): Unicode scalar offsets into `ID.txt`.
public struct GoldSpan: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var category: String
    /// For `protect` spans: who the span identifies (`victim-1`, `minor-1`, …).
    public var who: String?
}

/// A gold-annotated corpus document for tests: its text, its protect, keep and optional spans (with
/// their text) and the paths of its PDF, text and case file. (`PolicyEngine.GoldDocument` is the
/// gold file alone, as `blackline eval` reads it.)
public struct CorpusDocument: Sendable {
    public var id: String
    public var text: String
    public var protect: [GoldSpan]
    public var keep: [GoldSpan]
    public var optional: [GoldSpan]

    public var pdf: URL { Fixtures.corpus.appendingPathComponent("\(id).pdf") }
    public var txt: URL { Fixtures.corpus.appendingPathComponent("\(id).txt") }
    public var caseFile: URL { Fixtures.corpus.appendingPathComponent("\(id).case.json") }

    /// Loads `Tests/Fixtures/corpus/ID.gold.json` and `ID.txt`.
    public static func load(_ id: String) throws -> CorpusDocument {
        let gold = Fixtures.corpus.appendingPathComponent("\(id).gold.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any] ?? [:]
        func spans(_ key: String) -> [GoldSpan] {
            (json[key] as? [[String: Any]] ?? []).map {
                GoldSpan(
                    start: $0["start"] as? Int ?? 0, end: $0["end"] as? Int ?? 0, text: $0["text"] as? String ?? "",
                    category: $0["category"] as? String ?? "", who: $0["who"] as? String)
            }
        }
        let text = try String(contentsOf: Fixtures.corpus.appendingPathComponent("\(id).txt"), encoding: .utf8)
        return CorpusDocument(id: id, text: text, protect: spans("protect"), keep: spans("keep"), optional: spans("optional"))
    }
}
