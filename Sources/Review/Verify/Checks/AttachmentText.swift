import Extraction
import Foundation

/// The searchable text of an attachment: the text of every page when it is a PDF, otherwise the
/// bytes read as UTF-8 (or Latin-1 when they are not UTF-8).
enum AttachmentText {
    static func texts(_ attachment: PDFAttachment, password: String?) -> [String] {
        let data = attachment.data
        if data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil {
            if let document = try? Extractor.extract(
                .data(data, name: "attachment.pdf"), options: ExtractionOptions(password: password, workers: 1))
            {
                return [document.text]
            }
        }
        if let text = String(data: data, encoding: .utf8) { return [text] }
        if let text = String(data: data, encoding: .isoLatin1) { return [text] }
        return []
    }
}
