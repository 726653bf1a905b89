import BlacklineCore
import Extraction
import Foundation
import PolicyEngine

/// A manifest that a reviewer edited (decisions flipped, areas added, redactions added), applied
/// with `--decisions`: exactly its redactions, no fresh detection.
public struct DecisionsFile: Sendable {
    /// SHA-256 of the input the manifest was made for.
    public var inputSHA256: String
    public var policyName: String?
    public var policySHA256: String?
    public var items: [RedactionItem]
    /// Keyed fingerprints from the manifest, by item id (see `SpanCheck`).
    public var checks: [String: String]
    public var areas: [AreaRedaction]

    static let redactionKeys = [
        "id", "page", "start", "end", "category", "rule", "detector", "exemptions", "action", "party", "score", "decision",
        "justification", "replacement", "note", "check", "boxes", "text",
    ]
    static let areaKeys = ["id", "page", "x", "y", "width", "height", "exemptions", "reason", "decision", "generated"]

    public static func load(from url: URL, displayName: String) throws -> DecisionsFile {
        let root = try JSONFields.parseFile(url, displayName: displayName, what: "decisions file")
        return try JSONFields.withoutQuotedLines {
            guard try root.required("format", in: "the decisions file").requireString("format") == RedactionManifest.formatName else {
                throw root.error("not a Blackline redaction manifest (\"format\" must be \"\(RedactionManifest.formatName)\")")
            }
            let version = try root.required("version", in: "the decisions file").requireInt("version")
            guard version == RedactionManifest.version else {
                throw root["version"]!.error("manifest version \(version) is not supported (expected \(RedactionManifest.version))")
            }
            let input = try root.required("input", in: "the decisions file")
            let sha = try input.required("sha256", in: "input").requireString("input.sha256")
            var policyName: String?
            var policySHA: String?
            if let policy = root["policy"], case .object = policy.kind {
                policyName = try JSONFields.optionalString(policy, "name")
                policySHA = try JSONFields.optionalString(policy, "sha256")
            }
            var items: [RedactionItem] = []
            var checks: [String: String] = [:]
            for (n, node) in try root.required("redactions", in: "the decisions file").requireArray("redactions").enumerated() {
                let what = "redactions[\(n)]"
                try node.rejectUnknownKeys(redactionKeys, in: what)
                let (start, end) = try JSONFields.offsets(node, what: what)
                let decisionText = try JSONFields.optionalString(node, "decision") ?? "redact"
                guard let decision = RedactionItem.Decision(rawValue: decisionText) else {
                    throw node["decision"]!.error("decision must be \"redact\" or \"keep\", found \"\(decisionText)\"")
                }
                let item = RedactionItem(
                    start: start, end: end, page: 1, text: try JSONFields.optionalString(node, "text") ?? "",
                    category: Category(try JSONFields.optionalString(node, "category") ?? "reviewer"),
                    rule: try JSONFields.optionalString(node, "rule") ?? "reviewer",
                    detector: try JSONFields.optionalString(node, "detector") ?? "",
                    score: try JSONFields.optionalNumber(node, "score") ?? 1, action: try JSONFields.action(node["action"]),
                    exemptions: try JSONFields.codes(node["exemptions"], "exemptions"),
                    party: try JSONFields.optionalString(node, "party"),
                    justification: try JSONFields.optionalString(node, "justification") ?? "", decision: decision,
                    id: try JSONFields.optionalString(node, "id"))
                if let check = try JSONFields.optionalString(node, "check") { checks[item.id] = check }
                items.append(item)
            }
            var areas: [AreaRedaction] = []
            for (n, node) in (try root["areas"]?.requireArray("areas") ?? []).enumerated() {
                let what = "areas[\(n)]"
                try node.rejectUnknownKeys(areaKeys, in: what)
                // Areas the run added itself (form fields) are made again by --redact-form-fields.
                if try node["generated"]?.requireBool("generated") == true { continue }
                func number(_ key: String) throws -> Double { try node.required(key, in: what).requireNumber(key) }
                let decisionText = try JSONFields.optionalString(node, "decision") ?? "redact"
                guard let decision = RedactionItem.Decision(rawValue: decisionText) else {
                    throw node["decision"]!.error("decision must be \"redact\" or \"keep\", found \"\(decisionText)\"")
                }
                let box = TextBox(x: try number("x"), y: try number("y"), width: try number("width"), height: try number("height"))
                guard box.width > 0, box.height > 0 else { throw node.error("\(what): width and height must be positive") }
                areas.append(
                    AreaRedaction(
                        id: try JSONFields.optionalString(node, "id") ?? "area-\(n + 1)",
                        page: try node.required("page", in: what).requireInt("page"), box: box,
                        exemptions: try JSONFields.codes(node["exemptions"], "exemptions"),
                        reason: try JSONFields.optionalString(node, "reason") ?? "", decision: decision))
            }
            return DecisionsFile(
                inputSHA256: sha, policyName: policyName, policySHA256: policySHA, items: items, checks: checks, areas: areas)
        }
    }

    /// Refuses a manifest made for another input, and redactions whose text fingerprint does not
    /// match the document at their offsets.
    public func verify(against document: ExtractedDocument, inputSHA256: String, displayName: String) throws {
        guard self.inputSHA256.lowercased() == inputSHA256.lowercased() else {
            throw RedactionError(
                .inputMismatch, source: displayName,
                detail: "the decisions file was made for another input (SHA-256 \(self.inputSHA256.prefix(12))…, this input has \(inputSHA256.prefix(12))…); refusing to apply it")
        }
        let scalars = Array(document.text.unicodeScalars)
        let check = SpanCheck(documentText: document.text)
        for item in items {
            guard let expected = checks[item.id] else { continue }
            guard item.end <= scalars.count else { continue }  // reported by the plan
            var span = String.UnicodeScalarView()
            span.append(contentsOf: scalars[item.start..<item.end])
            guard check.fingerprint(String(span)) == expected else {
                throw RedactionError(
                    .findingMismatch, source: displayName,
                    detail: "redaction \(item.id): the text at offsets \(item.start)–\(item.end) is not the text the manifest was made for (edited offsets, or another Blackline version's extraction)")
            }
        }
    }
}
