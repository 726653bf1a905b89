import BlacklineCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a command may use besides its arguments: output streams, the terminal, the environment.
public final class CommandContext {
    /// Standard output (buffered; flushed when the command ends).
    public let output: BufferedWriter
    /// The environment variables.
    public let environment: [String: String]
    /// True when standard error is a terminal (progress bars are shown only then).
    public let stderrIsTerminal: Bool
    /// True when standard output is a terminal (colour may be used unless NO_COLOR is set).
    public let stdoutIsTerminal: Bool

    public init(output: BufferedWriter, environment: [String: String], stderrIsTerminal: Bool, stdoutIsTerminal: Bool) {
        self.output = output
        self.environment = environment
        self.stderrIsTerminal = stderrIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
    }

    /// The context of the running process.
    public static func current() -> CommandContext {
        CommandContext(
            output: .standardOutput(), environment: ProcessInfo.processInfo.environment,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    /// A progress reporter: a bar on standard error when it is a terminal, nothing otherwise.
    public func progress() -> any ProgressReporter {
        stderrIsTerminal && environment["BLACKLINE_NO_PROGRESS"] == nil ? TerminalProgressBar() : SilentProgress()
    }

    /// Whether coloured output is wanted on standard output (terminal and no NO_COLOR).
    public var useColor: Bool {
        stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes a line to standard output.
    public func print(_ line: String) throws {
        try output.write(line)
        try output.write(byte: 0x0A)
    }

    /// Writes a warning to standard error (never document text).
    public func warn(_ message: String) {
        StandardError.write("blackline: warning: \(message)\n")
    }

    /// Writes a note to standard error.
    public func note(_ message: String) {
        StandardError.write("\(message)\n")
    }

    /// Resolves a path the user typed against the current directory.
    public func url(forPath path: String) -> URL {
        URL(fileURLWithPath: path)
    }
}

/// Unbuffered writes to standard error.
public enum StandardError {
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
