import BlacklineCore
import Extraction
import PolicyEngine
import Redaction

extension ManifestDiff {
    /// Short context around a change: `width` scalars on each side of the span.
    public struct Context: Sendable {
        public var before: String
        public var span: String
        public var after: String
    }

    /// The context of a change, read from the document's text (`document`, its Unicode scalars)
    /// or, without it, the span's own text when the manifests hold it. Masked unless `showText`.
    public func context(of change: RedactionChange, document: [Unicode.Scalar]?, width: Int, showText: Bool) -> Context? {
        let extent = change.extent
        if let document, extent.upperBound <= document.count {
            let before = max(0, extent.lowerBound - width)..<extent.lowerBound
            let after = extent.upperBound..<min(document.count, extent.upperBound + width)
            return Context(
                before: MaskedText.render(document[before], show: showText), span: MaskedText.render(document[extent], show: showText),
                after: MaskedText.render(document[after], show: showText))
        }
        let entries = [change.first, change.second].compactMap { $0 }.filter { !$0.item.text.isEmpty }
        guard let longest = entries.max(by: { $0.item.end - $0.item.start < $1.item.end - $1.item.start }) else { return nil }
        return Context(before: "", span: MaskedText.render(longest.item.text.unicodeScalars, show: showText), after: "")
    }

    // MARK: Text

    /// The comparison for a terminal or a file: per page, one line per change, then the counts.
    public func text(document: [Unicode.Scalar]?, contextWidth: Int, showText: Bool, color: Bool) -> String {
        var out = TerminalStyle.heading.paint(first.inputPath ?? first.name, color)
        out += " (SHA-256 \(first.inputSHA256.prefix(12))…)\n"
        out += "  A: \(describe(first))\n  B: \(describe(second))\n"
        let pages = Set(redactions.map(\.page) + areas.map(\.page)).sorted()
        for page in pages {
            out += TerminalStyle.heading.paint("page \(page)", color) + "\n"
            for change in redactions where change.page == page {
                out += line(change, document: document, contextWidth: contextWidth, showText: showText, color: color) + "\n"
            }
            for change in areas where change.page == page {
                out += areaLine(change, color: color) + "\n"
            }
        }
        out += "\(count(.added)) added, \(count(.removed)) removed, \(count(.changed)) changed, \(unchangedRedactions) unchanged"
        out += "; areas: \(areaCount(.added)) added, \(areaCount(.removed)) removed, \(areaCount(.changed)) changed, \(unchangedAreas) unchanged\n"
        if !showText, !isIdentical, document != nil || first.includesText || second.includesText {
            out += "(text masked; --show-text shows it)\n"
        }
        return out
    }

    private func describe(_ pass: RedactionPass) -> String {
        let applied = pass.entries.filter(\.item.isApplied).count
        let kept = pass.entries.count - applied
        let areas = pass.areas.count
        var text = "\(pass.name) — policy \(pass.policyName ?? "none"), \(applied) redaction\(applied == 1 ? "" : "s")"
        if kept > 0 { text += ", \(kept) kept" }
        text += ", \(areas) area\(areas == 1 ? "" : "s")"
        return text
    }

    private func line(_ change: RedactionChange, document: [Unicode.Scalar]?, contextWidth: Int, showText: Bool, color: Bool) -> String {
        let entry = change.second ?? change.first!
        var text: String
        switch change.kind {
        case .added:
            text = TerminalStyle.inserted.paint("  + added  ", color) + " " + summary(entry)
        case .removed:
            text = TerminalStyle.removed.paint("  - removed", color) + " " + summary(entry)
        case .changed:
            let a = change.first!, b = change.second!
            text = TerminalStyle.changed.paint("  ~ changed", color) + " "
            text += a.item.id == b.item.id ? a.item.id : "\(a.item.id) → \(b.item.id)"
            text += "  " + change.fields.map { field in
                "\(field.rawValue) \(value(field, a)) → \(value(field, b))"
            }.joined(separator: "; ")
        }
        if let context = context(of: change, document: document, width: contextWidth, showText: showText) {
            let span = color ? TerminalStyle.heading.paint(context.span, true) : "«\(context.span)»"
            text += "  " + TerminalStyle.dim.paint("…" + context.before, color) + span + TerminalStyle.dim.paint(context.after + "…", color)
        }
        return text
    }

    private func summary(_ entry: RedactionPass.Entry) -> String {
        let item = entry.item
        var parts = [item.id, item.category.rawValue, ManifestDiff.describe(item.action)]
        if item.decision == .keep { parts.append("kept") }
        if !item.exemptions.isEmpty { parts.append(item.exemptions.joined(separator: ", ")) }
        return parts.joined(separator: "  ")
    }

    private func value(_ field: Field, _ entry: RedactionPass.Entry) -> String {
        switch field {
        case .extent: return "\(entry.item.start)–\(entry.item.end)"
        case .category: return entry.item.category.rawValue
        case .exemptions: return entry.item.exemptions.isEmpty ? "none" : entry.item.exemptions.joined(separator: ", ")
        case .action: return ManifestDiff.describe(entry.item.action)
        case .decision: return entry.item.decision.rawValue
        case .replacement: return entry.replacement ?? "none"
        }
    }

    private func areaLine(_ change: AreaChange, color: Bool) -> String {
        func box(_ area: AreaRedaction) -> String {
            let b = area.box
            return "[\(NumberFormatting.fixed(b.x, decimals: 1)) \(NumberFormatting.fixed(b.y, decimals: 1)) \(NumberFormatting.fixed(b.width, decimals: 1)) \(NumberFormatting.fixed(b.height, decimals: 1))]"
        }
        func summary(_ area: AreaRedaction) -> String {
            var parts = ["area \(area.id)", box(area)]
            if !area.reason.isEmpty { parts.append(area.reason) }
            if area.decision == .keep { parts.append("kept") }
            return parts.joined(separator: "  ")
        }
        switch change.kind {
        case .added: return TerminalStyle.inserted.paint("  + added  ", color) + " " + summary(change.second!)
        case .removed: return TerminalStyle.removed.paint("  - removed", color) + " " + summary(change.first!)
        case .changed:
            let a = change.first!, b = change.second!
            let fields = change.fields.map { field -> String in
                switch field {
                case .extent: return "extent \(box(a)) → \(box(b))"
                case .exemptions: return "exemptions \(a.exemptions.joined(separator: ", ")) → \(b.exemptions.joined(separator: ", "))"
                case .reason: return "reason \(a.reason) → \(b.reason)"
                case .decision: return "decision \(a.decision.rawValue) → \(b.decision.rawValue)"
                }
            }
            return TerminalStyle.changed.paint("  ~ changed", color) + " area \(a.id == b.id ? a.id : "\(a.id) → \(b.id)")  " + fields.joined(separator: "; ")
        }
    }

    static func describe(_ action: Action) -> String {
        switch action.kind {
        case .mask: return "mask(\(action.keepLast ?? 0))"
        case .label: return action.label.map { "label \($0)" } ?? "label"
        default: return action.kind.rawValue
        }
    }

    // MARK: JSON

    /// `json(document:contextWidth:showText:)` as indented text, in time linear in its size.
    public func jsonText(document: [Unicode.Scalar]?, contextWidth: Int, showText: Bool) -> String {
        LinearJSON.serialized(json(document: document, contextWidth: contextWidth, showText: showText), pretty: true) + "\n"
    }

    /// The comparison as JSON (documented in README.md, "Reviewing a redaction").
    public func json(document: [Unicode.Scalar]?, contextWidth: Int, showText: Bool) -> JSONValue {
        func pass(_ pass: RedactionPass) -> JSONValue {
            .object([
                ("path", .string(pass.name)), ("policy", pass.policyName.map { .string($0) } ?? .null),
                ("redactions", .integer(pass.entries.filter(\.item.isApplied).count)),
                ("kept", .integer(pass.entries.filter { !$0.item.isApplied }.count)), ("areas", .integer(pass.areas.count)),
            ])
        }
        func entry(_ entry: RedactionPass.Entry?) -> JSONValue {
            guard let entry else { return .null }
            let item = entry.item
            return .object([
                ("id", .string(item.id)), ("page", .integer(entry.page)), ("start", .integer(item.start)), ("end", .integer(item.end)),
                ("category", .string(item.category.rawValue)), ("rule", .string(item.rule)),
                ("exemptions", .array(item.exemptions.map { .string($0) })), ("action", ManifestDiff.actionJSON(item.action)),
                ("decision", .string(item.decision.rawValue)), ("party", item.party.map { .string($0) } ?? .null),
                ("replacement", entry.replacement.map { .string($0) } ?? .null),
            ])
        }
        func area(_ area: AreaRedaction?) -> JSONValue {
            guard let area else { return .null }
            return .object([
                ("id", .string(area.id)), ("page", .integer(area.page)), ("x", .number(area.box.x)), ("y", .number(area.box.y)),
                ("width", .number(area.box.width)), ("height", .number(area.box.height)),
                ("exemptions", .array(area.exemptions.map { .string($0) })), ("reason", .string(area.reason)),
                ("decision", .string(area.decision.rawValue)),
            ])
        }
        let pages = Set(redactions.map(\.page) + areas.map(\.page)).sorted()
        let pageList: [JSONValue] = pages.map { page in
            let changes: [JSONValue] = redactions.filter { $0.page == page }.map { change in
                var members: [(String, JSONValue)] = [
                    ("change", .string(change.kind.rawValue)), ("match", change.match.map { .string($0.rawValue) } ?? .null),
                    ("fields", .array(change.fields.map { .string($0.rawValue) })), ("a", entry(change.first)), ("b", entry(change.second)),
                ]
                if let context = context(of: change, document: document, width: contextWidth, showText: showText) {
                    members.append(
                        ("context", .object([("before", .string(context.before)), ("span", .string(context.span)), ("after", .string(context.after))])))
                }
                return .object(members)
            }
            let areaChanges: [JSONValue] = areas.filter { $0.page == page }.map { change in
                .object([
                    ("change", .string(change.kind.rawValue)), ("fields", .array(change.fields.map { .string($0.rawValue) })),
                    ("a", area(change.first)), ("b", area(change.second)),
                ])
            }
            return .object([("page", .integer(page)), ("redactions", .array(changes)), ("areas", .array(areaChanges))])
        }
        return .object([
            ("format", "blackline-manifest-diff"),
            (
                "input",
                .object([
                    ("path", first.inputPath.map { .string($0) } ?? .null), ("sha256", .string(first.inputSHA256)),
                    ("format", first.inputFormat.map { .string($0) } ?? .null), ("pages", first.pageCount.map { .integer($0) } ?? .null),
                ])
            ),
            ("a", pass(first)), ("b", pass(second)), ("identical", .bool(isIdentical)), ("textShown", .bool(showText)),
            (
                "counts",
                .object([
                    ("added", .integer(count(.added))), ("removed", .integer(count(.removed))), ("changed", .integer(count(.changed))),
                    ("unchanged", .integer(unchangedRedactions)), ("areasAdded", .integer(areaCount(.added))),
                    ("areasRemoved", .integer(areaCount(.removed))), ("areasChanged", .integer(areaCount(.changed))),
                    ("areasUnchanged", .integer(unchangedAreas)),
                ])
            ),
            ("pages", .array(pageList)),
        ])
    }

    static func actionJSON(_ action: Action) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(action.kind.rawValue))]
        if let keepLast = action.keepLast { members.append(("keepLast", .integer(keepLast))) }
        if let label = action.label { members.append(("label", .string(label))) }
        return .object(members)
    }
}
