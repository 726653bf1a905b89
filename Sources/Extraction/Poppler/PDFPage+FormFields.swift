import CPoppler

extension PDFPage {
    /// The page's form fields with their names and values.
    public func formFields() -> [PDFFormField] {
        guard let list = poppler_page_get_form_field_mapping(handle) else { return [] }
        defer { poppler_page_free_form_field_mapping(list) }
        let height = size.height
        var fields: [PDFFormField] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            defer { node = current.pointee.next }
            guard let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee,
                let field = mapping.field
            else { continue }
            fields.append(PDFPage.describe(field, area: PDFPage.topLeft(mapping.area, pageHeight: height)))
        }
        return fields
    }

    private static func describe(_ field: OpaquePointer, area: TextBox) -> PDFFormField {
        let name = takeGString(poppler_form_field_get_name(field)) ?? takeGString(poppler_form_field_get_partial_name(field)) ?? ""
        let alternate = takeGString(poppler_form_field_get_alternate_ui_name(field))
        var kind = PDFFormField.Kind.unknown
        var value: String?
        switch poppler_form_field_get_field_type(field) {
        case POPPLER_FORM_FIELD_TEXT:
            kind = .text
            value = takeGString(poppler_form_field_text_get_text(field))
        case POPPLER_FORM_FIELD_CHOICE:
            kind = .choice
            var selected: [String] = []
            let count = poppler_form_field_choice_get_n_items(field)
            if count > 0 {
                for index in 0..<count where poppler_form_field_choice_is_item_selected(field, index) != 0 {
                    if let item = takeGString(poppler_form_field_choice_get_item(field, index)) { selected.append(item) }
                }
            }
            if let typed = takeGString(poppler_form_field_choice_get_text(field)), !typed.isEmpty { selected.append(typed) }
            value = selected.isEmpty ? nil : selected.joined(separator: "; ")
        case POPPLER_FORM_FIELD_BUTTON:
            kind = .button
            if poppler_form_field_button_get_button_type(field) != POPPLER_FORM_BUTTON_PUSH {
                value = poppler_form_field_button_get_state(field) != 0 ? "on" : "off"
            }
        case POPPLER_FORM_FIELD_SIGNATURE:
            kind = .signature
        default:
            break
        }
        var scripts: [String] = []
        if let action = poppler_form_field_get_action(field), action.pointee.type == POPPLER_ACTION_JAVASCRIPT,
            let script = PDFAction(action.pointee).payload
        {
            scripts.append(script)
        }
        for type in [
            POPPLER_ADDITIONAL_ACTION_FIELD_MODIFIED, POPPLER_ADDITIONAL_ACTION_FORMAT_FIELD,
            POPPLER_ADDITIONAL_ACTION_VALIDATE_FIELD, POPPLER_ADDITIONAL_ACTION_CALCULATE_FIELD,
        ] {
            if let action = poppler_form_field_get_additional_action(field, type), action.pointee.type == POPPLER_ACTION_JAVASCRIPT,
                let script = PDFAction(action.pointee).payload
            {
                scripts.append(script)
            }
        }
        return PDFFormField(
            name: name, alternateName: alternate?.isEmpty == true ? nil : alternate, kind: kind, value: value, area: area,
            scripts: scripts)
    }

    /// A poppler rectangle in PDF space (bottom-left origin) as a top-left-origin box.
    static func topLeft(_ r: PopplerRectangle, pageHeight: Double) -> TextBox {
        let minY = Swift.min(r.y1, r.y2)
        let maxY = Swift.max(r.y1, r.y2)
        return TextBox(x: Swift.min(r.x1, r.x2), y: pageHeight - maxY, width: abs(r.x2 - r.x1), height: maxY - minY)
    }
}
