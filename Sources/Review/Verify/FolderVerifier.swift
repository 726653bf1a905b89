import BlacklineCore
import Dispatch
import Extraction
import Foundation

/// Verifies every PDF in a folder, several files at a time.
public struct FolderVerifier: Sendable {
    /// The outcome for one file: a report, or the error that kept it from being verified.
    public struct Entry: Sendable {
        public let path: String
        public let result: Result<VerificationReport, any Error>
    }

    public let options: VerifyOptions

    public init(options: VerifyOptions) {
        self.options = options
    }

    /// The `*.pdf` files directly in `folder` (not in subfolders), sorted by name.
    public static func pdfFiles(in folder: URL) throws -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw GeneralError(.missingInput, "\(folder.path): cannot read the folder")
        }
        return names.filter { $0.lowercased().hasSuffix(".pdf") && !$0.hasPrefix(".") }.sorted()
            .map { folder.appendingPathComponent($0) }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false }
    }

    /// Verifies `files` with at most `options.workers` threads in all: files run side by side, and
    /// the threads left over go to the pages of each file. Results come back in the order of `files`.
    public func verify(_ files: [URL], displayName: (URL) -> String) -> [Entry] {
        guard !files.isEmpty else { return [] }
        let concurrentFiles = max(1, min(options.workers, files.count))
        var perFile = options
        perFile.workers = max(1, options.workers / concurrentFiles)
        let verifier = Verifier(options: perFile)
        let names = files.map(displayName)
        let results = ResultSlots(count: files.count)
        let next = NextIndex()
        DispatchQueue.concurrentPerform(iterations: concurrentFiles) { _ in
            while let index = next.claim(below: files.count) {
                let source = DocumentSource.file(files[index], displayName: names[index])
                results.set(index, Result { try verifier.verify(source) })
            }
        }
        return zip(names, results.values).map { Entry(path: $0, result: $1) }
    }
}

/// Results written by worker threads, one slot each.
private final class ResultSlots: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var slots: [Result<VerificationReport, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<VerificationReport, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<VerificationReport, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(GeneralError(.internal, "a file was not verified")) }
    }
}

/// Hands out indices to worker threads.
private final class NextIndex: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var next = 0

    func claim(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}
