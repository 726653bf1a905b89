import BlacklineCore
import Extraction
import PolicyEngine

/// The redaction manifest: a JSON record of one redaction run, documented in
/// docs/manifest-format.md. Reviewers edit it (flip decisions, add areas) and hand it back with
/// `--decisions`; `blackline diff` and the review page read it.
///
/// It holds the redacted text only when asked (`includeText`): manifests are often shared with
/// people who must not see it.
public enum RedactionManifest {
    public static let formatName = "blackline-redaction-manifest"
    public static let version = 1

    /// The manifest of `result` as JSON.
    public static func json(_ result: RedactionResult, includeText: Bool) -> JSONValue {
        let p = result.provenance
        func digest(_ file: Provenance.FileDigest?) -> JSONValue {
            guard let file else { return .null }
            return .object([("path", .string(file.path)), ("sha256", .string(file.sha256))])
        }
        let o = result.options
        var redactions: [JSONValue] = []
        for (index, item) in result.plan.items.enumerated() {
            var members: [(String, JSONValue)] = [
                ("id", .string(item.id)), ("page", .integer(item.page)), ("start", .integer(item.start)),
                ("end", .integer(item.end)), ("category", .string(item.category.rawValue)), ("rule", .string(item.rule)),
                ("detector", .string(item.detector)), ("exemptions", .array(item.exemptions.map { .string($0) })),
                ("action", actionJSON(item.action)), ("party", item.party.map { .string($0) } ?? .null),
                ("score", .number(item.score)), ("decision", .string(item.decision.rawValue)),
                ("justification", .string(item.justification)),
            ]
            if let outcome = result.plan.outcomes[index] {
                members.append(("replacement", .string(outcome.replacement)))
                if let note = outcome.note { members.append(("note", .string(note))) }
            }
            members.append(("check", result.checks[index].map { .string($0) } ?? .null))
            let boxes = (result.itemBoxes[index] ?? []).map { boxJSON($0.box, page: $0.page) }
            members.append(("boxes", .array(boxes)))
            if includeText { members.append(("text", .string(item.text))) }
            redactions.append(.object(members))
        }
        var areas: [JSONValue] = result.plan.areas.map { area in
            .object([
                ("id", .string(area.id)), ("page", .integer(area.page)), ("x", fixed(area.box.x)), ("y", fixed(area.box.y)),
                ("width", fixed(area.box.width)), ("height", fixed(area.box.height)),
                ("exemptions", .array(area.exemptions.map { .string($0) })), ("reason", .string(area.reason)),
                ("decision", .string(area.decision.rawValue)),
            ])
        }
        // Form fields blacked out with --redact-form-fields are listed as areas the run added.
        for page in result.pages {
            for (n, box) in page.formFieldAreas.enumerated() {
                areas.append(
                    .object([
                        ("id", .string("form-\(page.number)-\(n + 1)")), ("page", .integer(page.number)), ("x", fixed(box.x)),
                        ("y", fixed(box.y)), ("width", fixed(box.width)), ("height", fixed(box.height)), ("exemptions", []),
                        ("reason", "form field"), ("decision", "redact"), ("generated", true),
                    ]))
            }
        }
        let pages: [JSONValue] = result.pages.map { page in
            .object([
                ("number", .integer(page.number)), ("width", fixed(page.width)), ("height", fixed(page.height)),
                ("checked", .bool(page.checked)), ("formFields", .bool(page.hasFormFields)),
                ("annotations", .bool(page.hasAnnotations)), ("image", .string(page.colorModel.rawValue)),
            ])
        }
        return .object([
            ("format", .string(formatName)), ("version", .integer(version)),
            ("tool", .object([("name", "blackline"), ("version", .string(BlacklineVersion.current))])),
            (
                "input",
                .object([
                    ("path", .string(p.input.path)), ("sha256", .string(p.input.sha256)),
                    ("format", .string(result.format.rawValue)), ("pages", .integer(result.pageCount)),
                ])
            ),
            (
                "policy",
                p.policyName == nil && p.policySHA256 == nil
                    ? .null
                    : .object([
                        ("name", p.policyName.map { .string($0) } ?? .null), ("sha256", p.policySHA256.map { .string($0) } ?? .null),
                    ])
            ),
            ("case", digest(p.caseFile)), ("findings", digest(p.findingsFile)), ("decisions", digest(p.decisionsFile)),
            (
                "options",
                .object([
                    ("dpi", .integer(o.dpi)), ("colorMode", .string(o.colorMode.rawValue)),
                    ("exemptionsInBoxes", .bool(o.exemptionsInBoxes)), ("allowUncheckedPages", .bool(o.allowUncheckedPages)),
                    ("redactFormFields", .bool(o.redactFormFields)), ("includesText", .bool(includeText)),
                ])
            ),
            ("pages", .array(pages)),
            ("uncheckedPages", .array(result.uncheckedPages.map { .integer($0) })),
            ("redactions", .array(redactions)),
            ("areas", .array(areas)),
            (
                "output",
                .object([
                    ("path", .string(result.outputPath)), ("sha256", .string(result.outputSHA256)),
                    ("bytes", .integer(result.outputBytes)),
                ])
            ),
        ])
    }

    static func actionJSON(_ action: Action) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(action.kind.rawValue))]
        if let keepLast = action.keepLast { members.append(("keepLast", .integer(keepLast))) }
        if let label = action.label { members.append(("label", .string(label))) }
        return .object(members)
    }

    static func boxJSON(_ box: TextBox, page: Int) -> JSONValue {
        .object([("page", .integer(page)), ("x", fixed(box.x)), ("y", fixed(box.y)), ("width", fixed(box.width)), ("height", fixed(box.height))])
    }

    /// Coordinates rounded to 1/100 pt, so manifests are stable and short.
    static func fixed(_ value: Double) -> JSONValue {
        .number((value * 100).rounded() / 100)
    }
}
