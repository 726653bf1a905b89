import CPoppler

/// Owns a `PopplerIndexIter` (a position in the outline tree) and frees it in `deinit`.
final class PopplerOutlineIterator {
    let handle: OpaquePointer  // PopplerIndexIter*

    init?(taking handle: OpaquePointer?) {
        guard let handle else { return nil }
        self.handle = handle
    }

    deinit { poppler_index_iter_free(handle) }

    /// The first child level of the current item, or nil when it has none.
    func children() -> PopplerOutlineIterator? {
        PopplerOutlineIterator(taking: poppler_index_iter_get_child(handle))
    }

    /// Moves to the next sibling; false at the end of the level.
    func advance() -> Bool {
        poppler_index_iter_next(handle) != 0
    }

    /// The current item's action (a copy owned by the returned object).
    func action() -> PopplerActionReference? {
        poppler_index_iter_get_action(handle).map { PopplerActionReference(taking: $0) }
    }
}
