import BlacklineCore
import Extraction
import Redaction

extension ReviewPlan {
    /// The manifest (docs/manifest-format.md) that the page exports, with every field that
    /// `--decisions` reads — the input's SHA-256, offsets, actions, decisions, `check` values —
    /// and no document text. Nothing has been written yet, so `options` and `output` are null and
    /// pages carry no `image`.
    static func template(
        document: ExtractedDocument, provenance: Provenance, entries: [ReviewEntry], outcomes: [Int: OperatorOutcome]
    ) -> JSONValue {
        func digest(_ file: Provenance.FileDigest?) -> JSONValue {
            guard let file else { return .null }
            return .object([("path", .string(file.path)), ("sha256", .string(file.sha256))])
        }
        func fixed(_ value: Double) -> JSONValue { .number((value * 100).rounded() / 100) }
        let p = provenance
        let redactions: [JSONValue] = entries.enumerated().map { index, entry in
            let item = entry.item
            var members: [(String, JSONValue)] = [
                ("id", .string(item.id)), ("page", .integer(item.page)), ("start", .integer(item.start)), ("end", .integer(item.end)),
                ("category", .string(item.category.rawValue)), ("rule", .string(item.rule)), ("detector", .string(item.detector)),
                ("exemptions", .array(item.exemptions.map { .string($0) })), ("action", ManifestDiff.actionJSON(item.action)),
                ("party", item.party.map { .string($0) } ?? .null), ("score", .number(item.score)),
                ("decision", .string(item.decision.rawValue)), ("justification", .string(item.justification)),
            ]
            if let outcome = outcomes[index] {
                members.append(("replacement", .string(outcome.replacement)))
                if let note = outcome.note { members.append(("note", .string(note))) }
            }
            members.append(("check", .string(entry.check)))
            members.append(
                (
                    "boxes",
                    .array(
                        entry.boxes.map {
                            .object([
                                ("page", .integer($0.page)), ("x", fixed($0.box.x)), ("y", fixed($0.box.y)), ("width", fixed($0.box.width)),
                                ("height", fixed($0.box.height)),
                            ])
                        })
                ))
            return .object(members)
        }
        let pages: [JSONValue] =
            document.format == .pdf
            ? document.pages.map { page in
                .object([
                    ("number", .integer(page.number)), ("width", fixed(page.width)), ("height", fixed(page.height)),
                    ("checked", .bool(page.hasTextLayer)), ("formFields", .bool(page.hasFormFields)),
                    ("annotations", .bool(page.hasAnnotations)),
                ])
            } : []
        return .object([
            ("format", .string(RedactionManifest.formatName)), ("version", .integer(RedactionManifest.version)),
            ("tool", .object([("name", "blackline"), ("version", .string(BlacklineVersion.current))])),
            (
                "input",
                .object([
                    ("path", .string(p.input.path)), ("sha256", .string(p.input.sha256)), ("format", .string(document.format.rawValue)),
                    ("pages", .integer(document.pageCount)),
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
            ("options", .null),
            ("pages", .array(pages)),
            ("uncheckedPages", .array(document.pagesWithoutText.map { .integer($0) })),
            ("redactions", .array(redactions)),
            ("areas", []),
            ("output", .null),
        ])
    }
}
