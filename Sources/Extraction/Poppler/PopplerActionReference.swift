import CPoppler

/// Owns a copied `PopplerAction` (outline items hand out copies) and frees it in `deinit`.
final class PopplerActionReference {
    let pointer: UnsafeMutablePointer<PopplerAction>

    init(taking pointer: UnsafeMutablePointer<PopplerAction>) {
        self.pointer = pointer
    }

    deinit { poppler_action_free(pointer) }

    /// What the action does, copied into Swift.
    var summary: PDFAction { PDFAction(pointer.pointee) }
}
