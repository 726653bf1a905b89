import BlacklineCore
import Foundation

/// Finds policy files by name, from any working directory and from an installed binary.
///
/// A name (`us-foia`) is looked up as `NAME.json` in, in order: the folder named by the
/// `BLACKLINE_POLICIES` environment variable, `policies/` next to the executable,
/// `../share/blackline/policies/` relative to the executable, and the source tree's `policies/`.
/// `default` is also built into the binary, so it works when no folder is found. Anything with a
/// slash or ending in `.json` is a path.
public enum PolicyLocator {
    /// Where a policy was found.
    public enum Location: Sendable, Equatable {
        case file(URL, displayName: String)
        case embedded(name: String, text: String)
    }

    /// Resolves a policy name or path.
    public static func locate(_ nameOrPath: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Location {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            let url = URL(fileURLWithPath: nameOrPath)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw GeneralError(.missingInput, "cannot read policy \(nameOrPath): no such file or not readable")
            }
            return .file(url, displayName: nameOrPath)
        }
        for folder in searchFolders(environment: environment) {
            let url = folder.appendingPathComponent(nameOrPath + ".json")
            if FileManager.default.isReadableFile(atPath: url.path) { return .file(url, displayName: url.path) }
        }
        if let text = EmbeddedPolicies.byName[nameOrPath] { return .embedded(name: nameOrPath, text: text) }
        let available = availableNames(environment: environment)
        throw GeneralError(
            .missingInput,
            "no policy named '\(nameOrPath)'; available: \(available.joined(separator: ", ")) (searched \(searchFolders(environment: environment).map(\.path).joined(separator: ", ")))")
    }

    /// The folders searched for named policies, in order (only those that exist).
    public static func searchFolders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var folders: [URL] = []
        if let custom = environment["BLACKLINE_POLICIES"], !custom.isEmpty {
            folders.append(URL(fileURLWithPath: custom))
        }
        if let executable = executableFolder() {
            folders.append(executable.appendingPathComponent("policies"))
            folders.append(executable.deletingLastPathComponent().appendingPathComponent("share/blackline/policies"))
        }
        folders.append(sourceTreePolicies)
        var seen = Set<String>()
        return folders.filter { url in
            var isDirectory: ObjCBool = false
            let path = url.standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
            return seen.insert(path).inserted
        }
    }

    /// Names of every policy that `locate` can find.
    public static func availableNames(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var names = Set(EmbeddedPolicies.byName.keys)
        for folder in searchFolders(environment: environment) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".json") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// `policies/` of the source tree this module was built from (a last resort for developers).
    static let sourceTreePolicies = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Loading
        .deletingLastPathComponent()  // PolicyEngine
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()
        .appendingPathComponent("policies")

    private static func executableFolder() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }
}
