import Foundation

/// Reads UTF-8 text files into the document model: one page, the file's content exactly, no boxes.
public enum PlainTextLoader {
    public static func load(_ source: DocumentSource) throws -> ExtractedDocument {
        let data: Data
        switch source {
        case .file(let url, _):
            guard let read = try? Data(contentsOf: url) else { throw ExtractionError(.fileNotFound, source: source.name) }
            data = read
        case .data(let bytes, _):
            data = bytes
        }
        return try load(data, name: source.name)
    }

    /// Builds a one-page document from UTF-8 bytes.
    public static func load(_ data: Data, name: String) throws -> ExtractedDocument {
        guard let text = String(validating: data, as: UTF8.self) else { throw ExtractionError(.invalidText, source: name) }
        let page = PageContent(
            number: 1, width: 0, height: 0, text: text, boxes: nil,
            hasTextLayer: text.unicodeScalars.contains { !$0.properties.isWhitespace })
        return ExtractedDocument(source: name, format: .plainText, pageCount: 1, pages: [page], metadata: nil)
    }
}
