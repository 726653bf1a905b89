import BlacklineCore
import CPoppler
import Foundation

/// An open PDF, owning a poppler document.
///
/// Not Sendable, on purpose: poppler crashes when one document is used from several threads. Open
/// one `PDFDocument` per worker thread (`PageWorkerPool` does this) instead of sharing one.
public final class PDFDocument {
    let handle: OpaquePointer  // PopplerDocument*, released in deinit
    /// Where the document came from.
    public let source: DocumentSource
    /// The password it was opened with, so workers can open their own copies.
    public let password: String?
    /// Number of pages.
    public let pageCount: Int

    private init(handle: OpaquePointer, source: DocumentSource, password: String?) {
        self.handle = handle
        self.source = source
        self.password = password
        self.pageCount = Int(poppler_document_get_n_pages(handle))
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Opens a PDF from a file or from memory.
    ///
    /// - Throws: `ExtractionError` with `.fileNotFound`, `.emptyFile`, `.notPDF`, `.damaged`,
    ///   `.passwordRequired` or `.wrongPassword`.
    public static func open(_ source: DocumentSource, password: String? = nil) throws -> PDFDocument {
        let name = source.name
        switch source {
        case .file(let url, _):
            try checkFileLooksLikePDF(url, name: name)
            guard let uri = takeGString(g_filename_to_uri(url.standardizedFileURL.path, nil, nil)) else {
                throw ExtractionError(.fileNotFound, source: name, detail: "cannot make a URI of the path")
            }
            var error: UnsafeMutablePointer<GError>?
            let document = poppler_document_new_from_file(uri, password, &error)
            return try finishOpening(document, error: error, source: source, password: password)
        case .data(let data, _):
            try checkBytesLookLikePDF(data, name: name)
            // new_from_bytes crashes inside poppler on encrypted files with a wrong password; a
            // memory input stream over a g_malloc'd copy is safe.
            let length = data.count
            guard let copy = g_malloc(gsize(length)) else {
                throw ExtractionError(.popplerFailure, source: name, detail: "out of memory")
            }
            data.withUnsafeBytes { raw in
                if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: length) }
            }
            let stream = g_memory_input_stream_new_from_data(copy, gssize(length), g_free)
            defer { g_object_unref(stream) }
            var error: UnsafeMutablePointer<GError>?
            let document = poppler_document_new_from_stream(stream, goffset(length), password, nil, &error)
            return try finishOpening(document, error: error, source: source, password: password)
        }
    }

    private static func finishOpening(
        _ document: OpaquePointer?, error: UnsafeMutablePointer<GError>?, source: DocumentSource, password: String?
    ) throws -> PDFDocument {
        let failure = GLibError.take(error)
        guard let document else {
            let name = source.name
            guard let failure else { throw ExtractionError(.damaged, source: name) }
            if failure.isEncrypted {
                throw ExtractionError(password == nil ? .passwordRequired : .wrongPassword, source: name)
            }
            if failure.isFileError { throw ExtractionError(.fileNotFound, source: name) }
            throw ExtractionError(.damaged, source: name)
        }
        return PDFDocument(handle: document, source: source, password: password)
    }

    /// Opens another independent copy of this document (for another worker thread).
    public func reopen() throws -> PDFDocument {
        try PDFDocument.open(source, password: password)
    }

    /// The page with the given 1-based number.
    public func page(_ number: Int) throws -> PDFPage {
        guard number >= 1, number <= pageCount, let page = poppler_document_get_page(handle, Int32(number - 1)) else {
            throw ExtractionError(.pageOutOfRange, source: source.name, detail: "page \(number) of \(pageCount)")
        }
        return PDFPage(handle: page, number: number, document: self)
    }

    /// Document metadata: Info fields, XMP, version and document-level features.
    public func metadata() -> DocumentMetadata {
        func date(_ value: time_t) -> Int64? { value > 0 ? Int64(value) : nil }
        return DocumentMetadata(
            title: takeGString(poppler_document_get_title(handle)),
            author: takeGString(poppler_document_get_author(handle)),
            subject: takeGString(poppler_document_get_subject(handle)),
            keywords: takeGString(poppler_document_get_keywords(handle)),
            creator: takeGString(poppler_document_get_creator(handle)),
            producer: takeGString(poppler_document_get_producer(handle)),
            creationDate: date(poppler_document_get_creation_date(handle)),
            modificationDate: date(poppler_document_get_modification_date(handle)),
            xmp: takeGString(poppler_document_get_metadata(handle)),
            pdfVersion: takeGString(poppler_document_get_pdf_version_string(handle)),
            hasJavaScript: poppler_document_has_javascript(handle) != 0,
            hasAttachments: poppler_document_has_attachments(handle) != 0)
    }

    // MARK: Input checks before poppler sees the bytes

    private static func checkFileLooksLikePDF(_ url: URL, name: String) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw ExtractionError(.fileNotFound, source: name)
        }
        defer { try? handle.close() }
        let head: Data
        do {
            head = try handle.read(upToCount: 1024) ?? Data()
        } catch {
            throw ExtractionError(.fileNotFound, source: name, detail: "cannot read")
        }
        try checkBytesLookLikePDF(head, name: name)
    }

    /// A PDF starts with `%PDF-` within its first 1024 bytes (readers tolerate leading junk).
    static func checkBytesLookLikePDF(_ head: Data, name: String) throws {
        if head.isEmpty { throw ExtractionError(.emptyFile, source: name) }
        let prefix = head.prefix(1024)
        let marker: [UInt8] = Array("%PDF-".utf8)
        let bytes = [UInt8](prefix)
        if bytes.count >= marker.count {
            for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
                if Array(bytes[start..<start + marker.count]) == marker { return }
            }
        }
        throw ExtractionError(.notPDF, source: name)
    }
}
