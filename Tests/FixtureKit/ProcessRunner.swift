import Foundation

/// The outcome of running a program.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: Data
    public let stderr: Data

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs programs for end-to-end tests: the built `blackline` and reference tools (pdftotext, qpdf).
public enum ProcessRunner {
    /// Runs `executable` with `arguments`, optional standard input and extra environment, and
    /// waits for it. Output is collected concurrently so large outputs cannot deadlock.
    public static func run(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
        currentDirectory: URL? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        let inPipe = Pipe()
        process.standardInput = inPipe
        try process.run()
        if let stdin { inPipe.fileHandleForWriting.write(stdin) }
        try? inPipe.fileHandleForWriting.close()
        let collector = OutputCollector()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collector.setErr(errPipe.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: out, stderr: collector.err)
    }

    /// Runs the built `blackline` binary.
    public static func blackline(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], currentDirectory: URL? = nil
    ) throws -> ProcessResult {
        try run(Fixtures.binary, arguments, stdin: stdin, environment: environment, currentDirectory: currentDirectory)
    }

    /// Runs a tool found on PATH (e.g. "pdftotext").
    public static func tool(_ name: String, _ arguments: [String], stdin: Data? = nil) throws -> ProcessResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, stdin: stdin)
    }
}

private final class OutputCollector: @unchecked Sendable {
    // Written once by the reader thread before `group.leave()`, read after `group.wait()`.
    var err = Data()
    func setErr(_ data: Data) { err = data }
}
