import BlacklineCore
import Extraction
import Foundation
import PolicyEngine

extension ReviewPlan {
    /// Characters of context shown around each finding in the list.
    static let contextWidth = 48

    /// The data the page's script works from: the findings (with their texts, for the reviewer),
    /// areas, page sizes and the export template.
    func pageData(exportName: String) -> JSONValue {
        let scalars = Array(document.text.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            let clamped = max(0, range.lowerBound)..<min(scalars.count, range.upperBound)
            return String(String.UnicodeScalarView(scalars[clamped].map { $0 == "\u{0C}" ? "\n" : $0 }))
        }
        func fixed(_ value: Double) -> JSONValue { .number((value * 100).rounded() / 100) }
        let findings: [JSONValue] = entries.map { entry in
            let item = entry.item
            var explanation: JSONValue = .null
            if let e = entry.explanation {
                explanation = .object([
                    ("matched", .string(e.matched)), ("baseScore", .number(e.baseScore)), ("finalScore", .number(e.finalScore)),
                    ("context", .array(e.context.map { .object([("word", .string($0.word)), ("delta", .number($0.delta))]) })),
                    ("notes", .array(e.notes.map { .string($0) })),
                ])
            }
            return .object([
                ("id", .string(item.id)), ("page", .integer(item.page)), ("start", .integer(item.start)), ("end", .integer(item.end)),
                ("text", .string(item.text)), ("before", .string(text(item.start - ReviewPlan.contextWidth..<item.start))),
                ("after", .string(text(item.end..<item.end + ReviewPlan.contextWidth))),
                ("category", .string(item.category.rawValue)), ("rule", .string(item.rule)), ("detector", .string(item.detector)),
                ("score", .number(item.score)), ("action", ManifestDiff.actionJSON(item.action)),
                ("exemptions", .array(item.exemptions.map { .string($0) })), ("party", item.party.map { .string($0) } ?? .null),
                ("justification", .string(item.justification)), ("replacement", entry.replacement.map { .string($0) } ?? .null),
                ("decision", .string(item.decision.rawValue)), ("explanation", explanation),
                ("boxes", .array(entry.boxes.map { .array([.integer($0.page), fixed($0.box.x), fixed($0.box.y), fixed($0.box.width), fixed($0.box.height)]) })),
            ])
        }
        let areaList: [JSONValue] = areas.map { area in
            .object([
                ("id", .string(area.id)), ("page", .integer(area.page)), ("x", fixed(area.box.x)), ("y", fixed(area.box.y)),
                ("width", fixed(area.box.width)), ("height", fixed(area.box.height)),
                ("exemptions", .array(area.exemptions.map { .string($0) })), ("reason", .string(area.reason)),
                ("decision", .string(area.decision.rawValue)),
            ])
        }
        let pages: [JSONValue] = document.pages.map { page in
            .object([
                ("number", .integer(page.number)), ("width", fixed(page.width)), ("height", fixed(page.height)),
                ("checked", .bool(page.hasTextLayer)),
            ])
        }
        return .object([
            ("source", .string(inputPath)), ("sha256", .string(inputSHA256)), ("format", .string(document.format.rawValue)),
            ("policy", policyName.map { .string($0) } ?? .null), ("exportName", .string(exportName)),
            ("findings", .array(findings)), ("areas", .array(areaList)), ("pages", .array(pages)), ("template", template),
        ])
    }
}
