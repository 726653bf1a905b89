import CPoppler

/// Owns a `PopplerLayersIter` (a position in the optional-content tree) and frees it in `deinit`.
final class PopplerLayersIterator {
    let handle: OpaquePointer  // PopplerLayersIter*

    init?(taking handle: OpaquePointer?) {
        guard let handle else { return nil }
        self.handle = handle
    }

    deinit { poppler_layers_iter_free(handle) }

    func children() -> PopplerLayersIterator? {
        PopplerLayersIterator(taking: poppler_layers_iter_get_child(handle))
    }

    func advance() -> Bool {
        poppler_layers_iter_next(handle) != 0
    }

    /// The title of a group heading, when the current item is one.
    func groupTitle() -> String? {
        takeGString(poppler_layers_iter_get_title(handle))
    }

    /// The current layer (a reference owned by the returned object), or nil for a group heading.
    func layer() -> GObjectReference? {
        poppler_layers_iter_get_layer(handle).map { GObjectReference(taking: UnsafeMutableRawPointer($0)) }
    }
}
