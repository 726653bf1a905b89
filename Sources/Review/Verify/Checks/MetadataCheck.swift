import Foundation
import Extraction

/// Document information fields and the XMP packet.
///
/// Real filings carry ordinary metadata, so its presence is a warning, not a leak: the reviewer
/// must read it before release. Descriptive fields (Title, Author, Subject, Keywords, XMP title,
/// creator, description, subject, keywords) are warnings; producer and creator software names
/// are notices unless they look like they carry a file name ("Word - statement of J.M.docx").
/// With --case/--terms, a protected term in any of them is a leak (reported by `TermCheck`).
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
