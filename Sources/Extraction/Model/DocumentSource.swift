import Foundation

/// Where a document comes from: a file on disk or bytes in memory.
public enum DocumentSource: Sendable {
    /// A file; `displayName` is how errors and outputs name it (defaults to the path).
    case file(URL, displayName: String? = nil)
    /// Bytes in memory with a name for errors and outputs.
    case data(Data, name: String)

    /// The name used in messages and in the `source` field of outputs.
    public var name: String {
        switch self {
        case .file(let url, let displayName): return displayName ?? url.path
        case .data(_, let name): return name
        }
    }

    /// A file source from a path as typed by the user (relative paths resolve against the
    /// current directory; messages show the path as typed).
    public static func path(_ path: String) -> DocumentSource {
        .file(URL(fileURLWithPath: path), displayName: path)
    }
}
