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
        let results = ParallelMap.run(count: files.count, workers: concurrentFiles) { index in
            try verifier.verify(DocumentSource.file(files[index], displayName: names[index]))
        }
        return zip(names, results).map { Entry(path: $0, result: $1) }
    }
}
