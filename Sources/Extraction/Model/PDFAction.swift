import CPoppler

/// What a link, bookmark or form field does when activated, as far as a leak check cares:
/// its kind and any text it carries (a script, a URI, a file name).
public struct PDFAction: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case goToPage = "go-to"
        case goToRemote = "go-to-remote"
        case launch
        case uri
        case named
        case javaScript = "javascript"
        case other
    }

    public var kind: Kind
    /// The action's own title, when it has one (bookmarks keep their title here).
    public var title: String?
    /// A JavaScript source, a URI or a launched file name, when the action has one.
    public var payload: String?

    public init(kind: Kind, title: String? = nil, payload: String? = nil) {
        self.kind = kind
        self.title = title
        self.payload = payload
    }

    /// Copies the fields out of a poppler action (which stays owned by the caller).
    init(_ action: PopplerAction) {
        func copy(_ pointer: UnsafeMutablePointer<gchar>?) -> String? { pointer.map { String(cString: $0) } }
        let title = copy(action.any.title)
        switch action.type {
        case POPPLER_ACTION_GOTO_DEST: self.init(kind: .goToPage, title: title)
        case POPPLER_ACTION_GOTO_REMOTE: self.init(kind: .goToRemote, title: title, payload: copy(action.goto_remote.file_name))
        case POPPLER_ACTION_LAUNCH: self.init(kind: .launch, title: title, payload: copy(action.launch.file_name))
        case POPPLER_ACTION_URI: self.init(kind: .uri, title: title, payload: copy(action.uri.uri))
        case POPPLER_ACTION_NAMED: self.init(kind: .named, title: title, payload: copy(action.named.named_dest))
        case POPPLER_ACTION_JAVASCRIPT: self.init(kind: .javaScript, title: title, payload: copy(action.javascript.script))
        default: self.init(kind: .other, title: title)
        }
    }
}
