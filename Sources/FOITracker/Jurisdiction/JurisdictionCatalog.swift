import BlacklineCore
import Foundation

/// Finds jurisdiction files: a user adds a jurisdiction by adding `policies/foi/<id>.json` to one
/// of the searched folders; the shipped ones are also built into the binary.
///
/// Search order (the first file found for an id wins): `$BLACKLINE_POLICIES/foi`,
/// `policies/foi` next to the executable, `../share/blackline/policies/foi` from the executable,
/// the source tree's `policies/foi`, then the built-in copies.
public final class JurisdictionCatalog: @unchecked Sendable {
    /// Folders searched, in order.
    public let folders: [URL]
    private let builtIn: [String: String]
    // Guarded by `lock`.
    private let lock = NSLock()
    private var cache: [String: Jurisdiction] = [:]

    public init(folders: [URL], builtIn: [String: String] = EmbeddedJurisdictions.files) {
        self.folders = folders
        self.builtIn = builtIn
    }

    /// The standard search path for a process with `environment`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> JurisdictionCatalog {
        var folders: [URL] = []
        if let root = environment["BLACKLINE_POLICIES"], !root.isEmpty {
            folders.append(URL(fileURLWithPath: root).appendingPathComponent("foi"))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        folders.append(executable.appendingPathComponent("policies/foi"))
        folders.append(executable.deletingLastPathComponent().appendingPathComponent("share/blackline/policies/foi"))
        folders.append(sourceTreeFolder)
        return JurisdictionCatalog(folders: folders)
    }

    /// `policies/foi` in the source tree this module was built from.
    public static let sourceTreeFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Jurisdiction
        .deletingLastPathComponent()  // FOITracker
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()
        .appendingPathComponent("policies/foi")

    /// Lowercase letters, digits and '-', starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, (97...122).contains(first), id.utf8.count <= 64 else { return false }
        return id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// Every id available, sorted.
    public func availableIDs() -> [String] {
        var ids = Set(builtIn.keys)
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasSuffix(".json") {
                let id = String(name.dropLast(5))
                if Self.isValidID(id) { ids.insert(id) }
            }
        }
        return ids.sorted()
    }

    /// The file that defines `id`, or nil when only the built-in copy (or nothing) does.
    public func file(for id: String) -> URL? {
        for folder in folders {
            let url = folder.appendingPathComponent("\(id).json")
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    /// Loads (once) the jurisdiction `id`.
    public func jurisdiction(_ id: String) throws -> Jurisdiction {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[id] { return cached }
        guard Self.isValidID(id) else { throw unknown(id) }
        let loaded: Jurisdiction
        if let url = file(for: id) {
            let node = try String(contentsOf: url, encoding: .utf8)
            loaded = try Jurisdiction(json: node, file: url.path, expectedID: id)
        } else if let text = builtIn[id] {
            loaded = try Jurisdiction(json: text, file: "built-in policies/foi/\(id).json", expectedID: id, origin: "built-in")
        } else {
            throw unknown(id)
        }
        cache[id] = loaded
        return loaded
    }

    private func unknown(_ id: String) -> FOIError {
        FOIError(
            .badInput,
            "unknown jurisdiction '\(id)'; known: \(availableIDs().joined(separator: ", ")) (add policies/foi/<id>.json to define one)")
    }
}
