/// How serious a problem is, and so whether it fails the check.
///
/// - `leak`: text that should be hidden can be recovered. Fails the check (exit 1).
/// - `warning`: something a reviewer must look at before release (metadata, comments, attachments,
///   bookmarks…); it fails the check only with `--strict`.
/// - `notice`: information, e.g. a page that could not be checked for hidden text. Never fails the
///   check by itself, except that `--strict` also refuses pages that could not be checked.
public enum Severity: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    case notice = 0
    case warning = 1
    case leak = 2

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .notice: return "notice"
        case .warning: return "warning"
        case .leak: return "leak"
        }
    }
}
