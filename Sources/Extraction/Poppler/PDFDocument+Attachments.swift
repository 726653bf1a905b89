import CPoppler
import Foundation

extension PDFDocument {
    /// The document's embedded files with their contents (each read up to `maximumBytes`).
    public func attachments(maximumBytes: Int = 64 << 20) -> [PDFAttachment] {
        guard poppler_document_has_attachments(handle) != 0, let list = poppler_document_get_attachments(handle) else {
            return []
        }
        // The list owns one reference per attachment: hand each to an owner, then free the list.
        var owners: [GObjectReference] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data { owners.append(GObjectReference(taking: data)) }
            node = current.pointee.next
        }
        g_list_free(list)
        return owners.map { PDFDocument.readAttachment($0, maximumBytes: maximumBytes) }
    }

    private static func readAttachment(_ owner: GObjectReference, maximumBytes: Int) -> PDFAttachment {
        let attachment = owner.pointer.assumingMemoryBound(to: PopplerAttachment.self)
        let name = poppler_attachment_get_name(attachment).map { String(cString: $0) } ?? ""
        let description = poppler_attachment_get_description(attachment).map { String(cString: $0) }
        let size = Int(clamping: poppler_attachment_get_size(attachment))
        let sink = AttachmentSink(limit: maximumBytes)
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        var error: UnsafeMutablePointer<GError>?
        _ = poppler_attachment_save_to_callback(
            attachment,
            { buffer, count, userData, _ in
                guard let userData else { return 0 }
                let sink = Unmanaged<AttachmentSink>.fromOpaque(userData).takeUnretainedValue()
                if let buffer { sink.append(UnsafeRawPointer(buffer), count: Int(count)) }
                return 1  // keep going; the sink drops what exceeds its limit
            },
            unmanaged.toOpaque(), &error)
        _ = GLibError.take(error)
        return PDFAttachment(
            name: name, description: description?.isEmpty == true ? nil : description, data: sink.data,
            declaredSize: size, isTruncated: sink.truncated)
    }
}

/// Collects an attachment's bytes up to a limit.
private final class AttachmentSink {
    let limit: Int
    var data = Data()
    var truncated = false

    init(limit: Int) { self.limit = limit }

    func append(_ bytes: UnsafeRawPointer, count: Int) {
        let room = max(0, limit - data.count)
        if count > room { truncated = true }
        if room > 0 { data.append(bytes.assumingMemoryBound(to: UInt8.self), count: min(room, count)) }
    }
}
