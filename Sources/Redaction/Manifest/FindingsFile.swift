import BlacklineCore
import Foundation
import PolicyEngine

/// Reads the JSON that `blackline scan --format json` writes:
/// `{"source", "policy", "findings": [{"start", "end", "page", "text", "category", "rule", "score",
/// "action", "exemption", "party", …}]}`. The findings become redaction items; their texts are
/// checked against the document before anything is written.
public struct FindingsFile: Sendable {
    public var policyName: String?
    public var items: [RedactionItem]

    public static func load(from url: URL, displayName: String) throws -> FindingsFile {
        let root = try JSONFields.parseFile(url, displayName: displayName, what: "findings file")
        return try JSONFields.withoutQuotedLines {
            let list = try root.required("findings", in: "the findings file").requireArray("findings")
            var items: [RedactionItem] = []
            for (n, node) in list.enumerated() {
                let what = "finding \(n + 1)"
                _ = try node.requireObject(what)
                let (start, end) = try JSONFields.offsets(node, what: what)
                let action = try JSONFields.action(node["action"])
                var item = RedactionItem(
                    start: start, end: end, page: 1, text: try JSONFields.optionalString(node, "text") ?? "",
                    category: Category(try node.required("category", in: what).requireString("category")),
                    rule: try JSONFields.optionalString(node, "rule") ?? "",
                    detector: try JSONFields.optionalString(node, "detector") ?? "",
                    score: try JSONFields.optionalNumber(node, "score") ?? 1, action: action,
                    exemptions: try JSONFields.codes(node["exemptions"] ?? node["exemption"], "exemption"),
                    party: try JSONFields.optionalString(node, "party"),
                    justification: try JSONFields.optionalString(node, "justification") ?? "")
                item.decision = action.kind == .keep ? .keep : .redact
                items.append(item)
            }
            let policy: String?
            if let node = root["policy"], case .object = node.kind {
                policy = try JSONFields.optionalString(node, "name")
            } else {
                policy = try JSONFields.optionalString(root, "policy")
            }
            return FindingsFile(policyName: policy, items: items)
        }
    }
}
