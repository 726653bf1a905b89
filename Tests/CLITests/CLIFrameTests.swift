import FixtureKit
import Foundation
import Testing

@Suite("The blackline command-line frame")
struct CLIFrameTests {
    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try ProcessRunner.blackline(["--version"])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("blackline "))
    }

    @Test("--help lists the subcommands and the exit codes")
    func help() throws {
        let result = try ProcessRunner.blackline(["--help"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("extract"))
        #expect(result.stdoutText.contains("64 usage"))
        let sub = try ProcessRunner.blackline(["help", "extract"])
        #expect(sub.status == 0)
        #expect(sub.stdoutText.contains("--boxes"))
    }

    @Test("usage mistakes exit 64 with a message on stderr", arguments: [
        ["frobnicate"], ["extract"], ["extract", "x.pdf", "--formt", "json"], ["extract", "x.pdf", "--format", "xml"],
        ["extract", "x.pdf", "--boxes"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try ProcessRunner.blackline(arguments)
        #expect(result.status == 64)
        #expect(result.stderrText.hasPrefix("blackline: error: "))
        #expect(result.stdout.isEmpty)
    }

    @Test("a missing input exits 66")
    func missingInput() throws {
        let result = try ProcessRunner.blackline(["extract", "/nonexistent/file.pdf"])
        #expect(result.status == 66)
        #expect(result.stderrText.contains("/nonexistent/file.pdf"))
    }
}
