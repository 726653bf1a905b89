import CPoppler

/// Owns one reference to a GObject (a PopplerAttachment, PopplerLayer, …) and drops it in `deinit`.
///
/// Not Sendable: the objects belong to the thread of the document they came from.
final class GObjectReference {
    let pointer: gpointer

    /// Takes over a reference the caller owns (a "transfer full" return value).
    init(taking pointer: gpointer) {
        self.pointer = pointer
    }

    /// Adds a reference of its own to an object the caller only borrows ("transfer none").
    init(retaining pointer: gpointer) {
        self.pointer = g_object_ref(pointer)
    }

    deinit { g_object_unref(pointer) }

    /// The pointer as an opaque C pointer, for poppler functions that take the object's own type.
    var opaque: OpaquePointer { OpaquePointer(pointer) }
}
