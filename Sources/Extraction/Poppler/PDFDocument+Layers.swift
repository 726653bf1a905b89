import CPoppler

extension PDFDocument {
    /// The document's optional-content layers in tree order, with their default visibility.
    public func layers(maximumItems: Int = 10_000) -> [PDFLayer] {
        var found: [PDFLayer] = []
        func walk(_ iterator: PopplerLayersIterator, depth: Int) {
            repeat {
                guard found.count < maximumItems else { return }
                if let layer = iterator.layer() {
                    let title = poppler_layer_get_title(layer.opaque).map { String(cString: $0) } ?? ""
                    found.append(PDFLayer(title: title, isVisible: poppler_layer_is_visible(layer.opaque) != 0, depth: depth))
                } else if let title = iterator.groupTitle() {
                    found.append(PDFLayer(title: title, isVisible: true, depth: depth))
                }
                if depth < 32, let child = iterator.children() { walk(child, depth: depth + 1) }
            } while iterator.advance()
        }
        if let root = PopplerLayersIterator(taking: poppler_layers_iter_new(handle)) { walk(root, depth: 0) }
        return found
    }
}
