import Foundation

/// A redaction log in the spirit of a Vaughn index: one row per redaction with its page, category,
/// exemption codes, the policy's justification and the action — never the redacted text.
public enum RedactionLog {
    public enum Format: String, Sendable {
        case csv
        case markdown = "md"

        /// The format for a file name by its extension (`.csv` or `.md`), or nil.
        public init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "csv": self = .csv
            case "md", "markdown": self = .markdown
            default: return nil
            }
        }
    }

    /// One row of the log.
    struct Row {
        var id: String
        var pages: String
        var category: String
        var exemptions: String
        var justification: String
        var action: String
    }

    static let header = ["id", "page", "category", "exemptions", "justification", "action"]

    /// Rows for the applied redactions and areas, in document order.
    static func rows(_ result: RedactionResult) -> [Row] {
        var rows: [Row] = []
        for (index, item) in result.plan.items.enumerated() where result.plan.outcomes[index] != nil {
            let boxPages = Set((result.itemBoxes[index] ?? []).map(\.page))
            let pages = boxPages.isEmpty ? [item.page] : boxPages.sorted()
            rows.append(
                Row(
                    id: item.id, pages: pages.map(String.init).joined(separator: "–"), category: item.category.rawValue,
                    exemptions: item.exemptions.joined(separator: ", "), justification: item.justification,
                    action: item.action.kind.rawValue))
        }
        for area in result.plan.areas where area.decision == .redact {
            rows.append(
                Row(
                    id: area.id, pages: String(area.page), category: "area", exemptions: area.exemptions.joined(separator: ", "),
                    justification: area.reason, action: "redact"))
        }
        for page in result.pages {
            for n in page.formFieldAreas.indices {
                rows.append(
                    Row(
                        id: "form-\(page.number)-\(n + 1)", pages: String(page.number), category: "form-field", exemptions: "",
                        justification: "form field values are not in the text layer and cannot be checked", action: "redact"))
            }
        }
        return rows
    }

    /// The log of `result` in `format`.
    public static func render(_ result: RedactionResult, format: Format) -> String {
        let rows = rows(result)
        switch format {
        case .csv:
            var out = header.joined(separator: ",") + "\n"
            for row in rows {
                out += [row.id, row.pages, row.category, row.exemptions, row.justification, row.action].map(csvField)
                    .joined(separator: ",") + "\n"
            }
            return out
        case .markdown:
            let name = URL(fileURLWithPath: result.provenance.input.path).lastPathComponent
            var out = "# Redaction log: \(markdownCell(name))\n\n"
            out += "Input SHA-256 `\(result.provenance.input.sha256)`; output SHA-256 `\(result.outputSHA256)`; "
            out += "\(rows.count) redaction\(rows.count == 1 ? "" : "s").\n\n"
            out += "| " + header.joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: header.count) + "\n"
            for row in rows {
                out += "| " + [row.id, row.pages, row.category, row.exemptions, row.justification, row.action].map(markdownCell)
                    .joined(separator: " | ") + " |\n"
            }
            if !result.uncheckedPages.isEmpty {
                out += "\nUnchecked pages (no text layer): \(result.uncheckedPages.map(String.init).joined(separator: ", ")).\n"
            }
            return out
        }
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdownCell(_ value: String) -> String {
        value.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
