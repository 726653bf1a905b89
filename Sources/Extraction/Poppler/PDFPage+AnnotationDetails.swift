import CPoppler

extension PDFPage {
    /// The page's annotations other than form widgets, with their contents, authors and flags.
    public func annotationDetails() -> [PDFAnnotation] {
        guard let list = poppler_page_get_annot_mapping(handle) else { return [] }
        defer { poppler_page_free_annot_mapping(list) }
        let height = size.height
        var found: [PDFAnnotation] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            defer { node = current.pointee.next }
            guard let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerAnnotMapping.self).pointee,
                let annot = mapping.annot
            else { continue }
            let type = poppler_annot_get_annot_type(annot)
            if type == POPPLER_ANNOT_WIDGET { continue }
            found.append(PDFPage.describe(annot, type: type, area: PDFPage.topLeft(mapping.area, pageHeight: height)))
        }
        return found
    }

    private static func describe(_ annot: OpaquePointer, type: PopplerAnnotType, area: TextBox) -> PDFAnnotation {
        func nonEmpty(_ s: String?) -> String? { s?.isEmpty == false ? s : nil }
        let flags = poppler_annot_get_flags(annot).rawValue
        let hiddenMask = POPPLER_ANNOT_FLAG_HIDDEN.rawValue | POPPLER_ANNOT_FLAG_INVISIBLE.rawValue | POPPLER_ANNOT_FLAG_NO_VIEW.rawValue
        var annotation = PDFAnnotation(
            kind: annotationTypeName(type), area: area, contents: nonEmpty(takeGString(poppler_annot_get_contents(annot))),
            isHidden: flags & hiddenMask != 0)
        if let color = poppler_annot_get_color(annot) {
            annotation.color = .init(red: color.pointee.red, green: color.pointee.green, blue: color.pointee.blue)
            g_free(color)
        }
        let instance = UnsafeMutablePointer<GTypeInstance>(annot)
        if g_type_check_instance_is_a(instance, poppler_annot_markup_get_type()) != 0 {
            annotation.author = nonEmpty(takeGString(poppler_annot_markup_get_label(annot)))
            annotation.subject = nonEmpty(takeGString(poppler_annot_markup_get_subject(annot)))
            annotation.opacity = poppler_annot_markup_get_opacity(annot)
        }
        if type == POPPLER_ANNOT_FILE_ATTACHMENT, let attachment = poppler_annot_file_attachment_get_attachment(annot) {
            let owner = GObjectReference(taking: UnsafeMutableRawPointer(attachment))
            annotation.attachmentName = poppler_attachment_get_name(owner.pointer.assumingMemoryBound(to: PopplerAttachment.self))
                .map { String(cString: $0) }
        }
        return annotation
    }

    /// Scripts behind the page's links (JavaScript actions), in the order of the link areas.
    public func linkScripts() -> [String] {
        guard let list = poppler_page_get_link_mapping(handle) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        var scripts: [String] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            defer { node = current.pointee.next }
            guard let action = current.pointee.data?.assumingMemoryBound(to: PopplerLinkMapping.self).pointee.action,
                action.pointee.type == POPPLER_ACTION_JAVASCRIPT, let script = PDFAction(action.pointee).payload
            else { continue }
            scripts.append(script)
        }
        return scripts
    }

    /// True when the page carries an embedded thumbnail image (which may show an older version of it).
    public var hasEmbeddedThumbnail: Bool {
        var width: Int32 = 0
        var height: Int32 = 0
        return poppler_page_get_thumbnail_size(handle, &width, &height) != 0
    }
}
