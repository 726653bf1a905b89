import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: into a temporary file in the destination's folder, flushed to disk,
/// then renamed over the destination.
///
/// Either the complete new file appears under the final name or nothing changes: when the body
/// throws, the temporary file is removed and the destination is left as it was. This is how every
/// Blackline output (redacted documents, manifests, logs, reports) is written.
public enum AtomicFile {
    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { try $0.write(data) }
    }

    /// Writes `string` as UTF-8 to `url` atomically.
    public static func write(_ string: String, to url: URL) throws {
        try write(to: url) { try $0.write(string) }
    }

    /// Streams content into a temporary file and renames it to `url` when `body` returns.
    ///
    /// - Throws: `GeneralError(.cannotCreateOutput, …)` when the folder is missing or not writable,
    ///   `GeneralError(.io, …)` when writing fails, or whatever `body` throws.
    public static func write(to url: URL, _ body: (BufferedWriter) throws -> Void) throws {
        let destination = url.standardizedFileURL
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw GeneralError(.cannotCreateOutput, "cannot create \(destination.path): folder \(folder.path) does not exist")
        }
        var template = Array(folder.appendingPathComponent(".\(destination.lastPathComponent).tmp-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw GeneralError(.cannotCreateOutput, "cannot create \(destination.path): \(String(cString: strerror(errno)))")
        }
        let temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var renamed = false
        defer {
            if !renamed { unlink(temporaryPath) }
        }
        do {
            let writer = BufferedWriter(descriptor: descriptor, label: destination.path)
            try body(writer)
            try writer.flush()
            // Regular files get the usual permissions (mkstemp makes them 0600).
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
            guard fsync(descriptor) == 0 else {
                throw GeneralError(.io, "cannot flush \(destination.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else {
            throw GeneralError(.io, "cannot close \(destination.path): \(String(cString: strerror(errno)))")
        }
        guard rename(temporaryPath, destination.path) == 0 else {
            throw GeneralError(.cannotCreateOutput, "cannot move output into place at \(destination.path): \(String(cString: strerror(errno)))")
        }
        renamed = true
    }
}
