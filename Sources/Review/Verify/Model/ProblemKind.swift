/// What kind of leak or risk a verification problem is. The raw values appear in JSON output.
public enum ProblemKind: String, Sendable, CaseIterable {
    /// Text-layer characters under a dark or single-colour box (vector fill, annotation or image):
    /// invisible on the page, but selectable and extractable.
    case textUnderBox = "text-under-box"
    /// Text-layer characters that render as nothing: white on white, invisible render mode over a
    /// blank area, outside the visible page.
    case invisibleText = "invisible-text"
    /// A redaction annotation that was never applied, or a markup/shape annotation used as a box.
    case annotation
    /// Document information fields or an XMP packet.
    case metadata
    /// Text kept in an earlier revision of an incrementally saved file.
    case earlierRevision = "earlier-revision"
    /// Content outside the page text: annotation comments, form field values, attachments,
    /// bookmarks, JavaScript, hidden layers, embedded thumbnails.
    case hiddenContent = "hidden-content"
    /// A protected term (from --case or --terms) found anywhere in the file.
    case term
    /// A page without a text layer: hidden text cannot be checked on it.
    case notCheckable = "not-checkable"
}
