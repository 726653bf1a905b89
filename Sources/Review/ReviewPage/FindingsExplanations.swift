import BlacklineCore
import Foundation
import PolicyEngine
import Redaction

/// The explanations in a findings file written by `blackline scan --format json --explain`, by
/// redaction id. `FindingsFile` reads the findings themselves; this reads only what it leaves out.
public enum FindingsExplanations {
    /// One finding's explanation and the detector that made it.
    public struct Entry: Sendable {
        public var explanation: Explanation
        public var detector: String?
    }

    public static func load(from url: URL, displayName: String) throws -> [String: Entry] {
        let root = try JSONNode.parse(contentsOf: url, displayName: displayName).value
        var result: [String: Entry] = [:]
        for finding in root["findings"]?.arrayValue ?? [] {
            guard let start = finding["start"]?.intValue, let end = finding["end"]?.intValue,
                let e = finding["explanation"], case .object = e
            else { continue }
            let explanation = Explanation(
                matched: e["matched"]?.stringValue ?? "", baseScore: e["baseScore"]?.doubleValue ?? 0,
                context: (e["context"]?.arrayValue ?? []).map { ContextEvidence(word: $0["word"]?.stringValue ?? "", delta: $0["delta"]?.doubleValue ?? 0) },
                finalScore: e["finalScore"]?.doubleValue ?? finding["score"]?.doubleValue ?? 0,
                notes: (e["notes"]?.arrayValue ?? []).compactMap(\.stringValue))
            result[RedactionItem.stableID(start: start, end: end)] = Entry(explanation: explanation, detector: e["detector"]?.stringValue)
        }
        return result
    }
}
