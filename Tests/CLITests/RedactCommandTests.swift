import FixtureKit
import Foundation
import Testing

@Suite("blackline redact")
struct RedactCommandTests {
    /// A `blackline scan`-style findings file for the gold protect spans of a corpus text.
    static func findingsJSON(_ id: String) throws -> Data {
        let gold = try CorpusDocument.load(id)
        let findings: [[String: Any]] = gold.protect.map {
            [
                "start": $0.start, "end": $0.end, "page": 1, "text": $0.text, "category": $0.category, "rule": "gold", "score": 1,
                "action": "redact", "exemption": ["(b)(6)"], "party": $0.who ?? NSNull(),
            ]
        }
        return try JSONSerialization.data(withJSONObject: ["source": "\(id).txt", "policy": "gold", "findings": findings])
    }

    @Test("a text file with --findings, --manifest and --log")
    func textWithFindings() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let findings = folder.appendingPathComponent("f.json")
        try Self.findingsJSON("dev-03").write(to: findings)
        let out = folder.appendingPathComponent("out.txt")
        let result = try ProcessRunner.blackline([
            "redact", Fixtures.corpus.appendingPathComponent("dev-03.txt").path, "--findings", findings.path, "-o", out.path,
            "--manifest", folder.appendingPathComponent("m.json").path, "--log", folder.appendingPathComponent("log.csv").path,
        ])
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText.contains("24 redactions"))
        let text = try String(contentsOf: out, encoding: .utf8)
        let gold = try CorpusDocument.load("dev-03")
        #expect(LeakProbe.leaks(of: gold.protect.map(\.text), in: text).isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.json").path))
        let log = try String(contentsOf: folder.appendingPathComponent("log.csv"), encoding: .utf8)
        #expect(LeakProbe.leaks(of: gold.protect.map(\.text), in: log).isEmpty)
    }

    @Test("findings made for another file are refused without printing their text")
    func mismatchedFindings() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let findings = folder.appendingPathComponent("f.json")
        try Self.findingsJSON("dev-05").write(to: findings)
        let out = folder.appendingPathComponent("out.txt")
        let result = try ProcessRunner.blackline([
            "redact", Fixtures.corpus.appendingPathComponent("dev-06.txt").path, "--findings", findings.path, "-o", out.path,
        ])
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let gold = try CorpusDocument.load("dev-05")
        #expect(LeakProbe.leaks(of: gold.protect.map(\.text), in: result.stderrText).isEmpty)
    }

    @Test("an image-only PDF is refused (65) unless --allow-unchecked-pages")
    func scanRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("none.json")
        try Data(#"{"findings": []}"#.utf8).write(to: empty)
        let out = folder.appendingPathComponent("out.pdf")
        let scan = Fixtures.corpus.appendingPathComponent("dev-10.pdf").path
        let refused = try ProcessRunner.blackline(["redact", scan, "--findings", empty.path, "-o", out.path, "--dpi", "50"])
        #expect(refused.status == 65)
        #expect(refused.stderrText.contains("--allow-unchecked-pages"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let allowed = try ProcessRunner.blackline([
            "redact", scan, "--findings", empty.path, "-o", out.path, "--dpi", "50", "--allow-unchecked-pages",
        ])
        #expect(allowed.status == 0)
        #expect(allowed.stdoutText.contains("unchecked pages: 1"))
        #expect(allowed.stderrText.contains("warning"))
    }

    @Test("usage: no output, conflicting options, detection without the engine")
    func usage() throws {
        let txt = Fixtures.corpus.appendingPathComponent("dev-01.txt").path
        #expect(try ProcessRunner.blackline(["redact", txt]).status == 64)
        #expect(try ProcessRunner.blackline(["redact", txt, "-o", "/tmp/x.txt", "--findings", "a", "--decisions", "b"]).status == 64)
        #expect(try ProcessRunner.blackline(["redact", txt, "-o", "/tmp/x.txt", "--manifest-include-text"]).status == 64)
        #expect(try ProcessRunner.blackline(["redact", txt, "-o", "/tmp/x.pdf", "--findings", "/nonexistent.json"]).status == 66)
    }

    @Test("a folder: every file done, a failing one reported, exit non-zero")
    func folder() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        let findings = folder.appendingPathComponent("findings")
        for path in [input, findings] { try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true) }
        for id in ["dev-03", "dev-04"] {
            try FileManager.default.copyItem(at: Fixtures.corpus.appendingPathComponent("\(id).txt"), to: input.appendingPathComponent("\(id).txt"))
            try Self.findingsJSON(id).write(to: findings.appendingPathComponent("\(id).findings.json"))
        }
        try FileManager.default.copyItem(at: Fixtures.corpus.appendingPathComponent("dev-10.pdf"), to: input.appendingPathComponent("dev-10.pdf"))
        try Data(#"{"findings": []}"#.utf8).write(to: findings.appendingPathComponent("dev-10.findings.json"))
        let output = folder.appendingPathComponent("out")
        let result = try ProcessRunner.blackline([
            "redact", input.path, "-o", output.path, "--findings", findings.path, "--manifest", folder.appendingPathComponent("manifests").path,
            "--jobs", "2",
        ])
        #expect(result.status == 65)
        #expect(result.stdoutText.contains("2 of 3 files redacted"))
        #expect(result.stderrText.contains("dev-10.pdf"))
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written == ["dev-03.txt", "dev-04.txt"])
        let manifests = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("manifests").path).sorted()
        #expect(manifests == ["dev-03.manifest.json", "dev-04.manifest.json"])
    }
}
