import Extraction
import Foundation
import PolicyEngine

/// Document information fields and the XMP packet.
///
/// Real filings carry ordinary metadata, so its presence is a warning, not a leak: the reviewer
/// must read it before release. Descriptive fields (Title, Author, Subject, Keywords, XMP title,
/// creator, description, subject, keywords) are warnings; producer and creator software names
/// are notices unless they look like they carry a file name ("Word - statement of J.M.docx").
/// With --case/--terms, a protected term in any of them is a leak (reported by `TermCheck`).
/// Independently, `sensitiveProblems` reads the descriptive fields with the policy engine: a
/// victim named after a role cue ("Victim: …"), an identifier, an age or a date of birth in the
/// metadata is a leak even without a case registry.
enum MetadataCheck {
    static func problems(_ metadata: DocumentMetadata, revision: Int? = nil) -> [Problem] {
        var problems: [Problem] = []
        for (name, value) in metadata.infoFields {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let software = name == "Creator" || name == "Producer"
            let severity: Severity = software && !looksLikeFileName(trimmed) ? .notice : .warning
            problems.append(
                Problem(
                    kind: .metadata, severity: severity, revision: revision, location: "Info \(name)", text: trimmed,
                    hint: software
                        ? "the \(name) field names the software that made the file (pdfinfo shows it)"
                        : "the document information field \(name) is set; read it before release (pdfinfo shows it)"))
        }
        if let xmp = metadata.xmp {
            let fields = XMPFields.descriptiveValues(xmp)
            if fields.isEmpty {
                problems.append(
                    Problem(
                        kind: .metadata, severity: .notice, revision: revision, location: "XMP",
                        hint: "an XMP metadata packet is present (dates, identifiers, tools only; pdfinfo -meta shows it)"))
            } else {
                for (name, value) in fields {
                    problems.append(
                        Problem(
                            kind: .metadata, severity: .warning, revision: revision, location: "XMP \(name)", text: value,
                            hint: "the XMP metadata packet has \(name) set; read it before release (pdfinfo -meta shows it)"))
                }
            }
        }
        return problems
    }

    /// Leaks the policy engine reads in the descriptive fields. The fields are read together, as
    /// one text (a name introduced by a cue in Subject is then recognised in Title too); each
    /// finding is reported at the field it lies in.
    static func sensitiveProblems(_ metadata: DocumentMetadata, engine: PolicyEngine, revision: Int? = nil) throws -> [Problem] {
        var fields = metadata.infoFields.filter { $0.name != "Creator" && $0.name != "Producer" }
            .map { (location: "Info \($0.name)", value: $0.value) }
        if let xmp = metadata.xmp {
            fields += XMPFields.descriptiveValues(xmp).map { (location: "XMP \($0.0)", value: $0.1) }
        }
        guard !fields.isEmpty else { return [] }
        // One field per paragraph; remember where each starts (in Unicode scalars).
        var text = ""
        var starts: [Int] = []
        var offset = 0
        for field in fields {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            starts.append(offset)
            text += field.value
            offset += field.value.unicodeScalars.count
        }
        var problems: [Problem] = []
        var reported = Set<String>()
        for finding in try engine.scan(text: text) where finding.action.kind != .keep {
            let index = (starts.lastIndex { $0 <= finding.start }) ?? 0
            let location = fields[index].location
            guard reported.insert("\(location)|\(finding.category)|\(finding.text)").inserted else { continue }
            let whose = finding.party.map { " of \($0)" } ?? ""
            problems.append(
                Problem(
                    kind: .metadata, severity: .leak, revision: revision, location: location, text: finding.text,
                    hint: "the policy engine reads \(Problem.withArticle(finding.category.rawValue))\(whose) in the \(location) (\(finding.explanation.matched))"))
        }
        return problems
    }

    /// Software names do not contain document file names or paths; "Microsoft Word - jane_doe.docx"
    /// and "C:\\Cases\\statement.rtf" do. A web address ("cairo 1.16.0 (https://cairographics.org)")
    /// is not a file name.
    static func looksLikeFileName(_ value: String) -> Bool {
        let lower = value.lowercased()
        let extensions = [".doc", ".docx", ".odt", ".rtf", ".pdf", ".txt", ".xls", ".xlsx", ".ppt", ".pptx", ".wpd", ".pages", ".jpg", ".jpeg", ".png", ".tif", ".tiff"]
        let withoutAddresses = lower.split(separator: " ").filter { !$0.contains("://") && !$0.hasPrefix("(http") }.joined(separator: " ")
        return extensions.contains { withoutAddresses.contains($0) } || withoutAddresses.contains("\\")
            || withoutAddresses.contains("/home/") || withoutAddresses.contains("/users/")
    }
}
