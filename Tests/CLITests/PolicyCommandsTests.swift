import FixtureKit
import Foundation
import Testing

@Suite("blackline scan, policy lint and eval, end to end")
struct PolicyCommandsTests {
    static let doc = Fixtures.corpus.appendingPathComponent("dev-01.txt").path
    static let caseFile = Fixtures.corpus.appendingPathComponent("dev-01.case.json").path

    @Test("scan prints the JSON contract with offsets into the text")
    func scanJSON() throws {
        let result = try ProcessRunner.blackline(["scan", Self.doc, "--case", Self.caseFile])
        #expect(result.status == 0, "\(result.stderrText)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["source"] as? String == Self.doc && json["policy"] as? String == "default")
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count > 30)
        let keys: Set<String> = ["start", "end", "page", "text", "category", "rule", "score", "action", "exemption", "party"]
        let text = Array(try String(contentsOfFile: Self.doc, encoding: .utf8).unicodeScalars)
        for f in findings {
            #expect(Set(f.keys) == keys)
            let start = f["start"] as! Int, end = f["end"] as! Int
            #expect(String(String.UnicodeScalarView(text[start..<end])) == f["text"] as? String)
        }
        #expect(findings.contains { $0["party"] as? String == "victim-2" && $0["category"] as? String == "person-name" })
    }

    @Test("scan --explain adds the explanation; --format table and summary work")
    func scanFormats() throws {
        let explained = try ProcessRunner.blackline(["scan", Self.doc, "--explain"])
        #expect(explained.status == 0 && explained.stdoutText.contains("\"explanation\":{\"detector\""))
        let table = try ProcessRunner.blackline(["scan", Self.doc, "--format", "table"])
        #expect(table.status == 0 && table.stdoutText.hasPrefix("START") && table.stdoutText.contains("findings\n"))
        let summary = try ProcessRunner.blackline(["scan", Self.doc, "--format", "summary"])
        #expect(summary.status == 0 && summary.stdoutText.contains("MB/s"))
    }

    @Test("scan reads PDFs (page numbers, words hyphenated over lines) and fails closed on pages without text")
    func scanPDF() throws {
        let pdf = Fixtures.corpus.appendingPathComponent("dev-03.pdf").path
        let result = try ProcessRunner.blackline(["scan", pdf, "--case", Fixtures.corpus.appendingPathComponent("dev-03.case.json").path])
        #expect(result.status == 0, "\(result.stderrText)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let texts = (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains("Milica Đor-\nđević"))
        let scanned = try ProcessRunner.blackline(["scan", Fixtures.corpus.appendingPathComponent("dev-10.pdf").path])
        #expect(scanned.status == 1 && scanned.stderrText.contains("pages without a text layer were not scanned: 1"))
    }

    @Test("a named policy works from any working directory")
    func policyFromElsewhere() throws {
        let result = try ProcessRunner.blackline(
            ["scan", Self.doc, "--policy", "us-foia", "--format", "summary"], currentDirectory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.stderrText)")
        let missing = try ProcessRunner.blackline(["scan", Self.doc, "--policy", "no-such-policy"])
        #expect(missing.status == 66 && missing.stderrText.contains("available: default"))
    }

    @Test("policy lint accepts good files and locates mistakes with exit 65")
    func lint() throws {
        let good = try ProcessRunner.blackline(["policy", "lint", "default", Self.caseFile])
        #expect(good.status == 0 && good.stdoutText.contains("ok (policy \"default\"") && good.stdoutText.contains("ok (case file"))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"name": "x", "threshold": 0.5, "roles": {"protected": ["victim"]}, "rules": [{"id": "r", "detector": "regex", "category": "x"}]}"#.utf8).write(to: bad)
        let result = try ProcessRunner.blackline(["policy", "lint", bad.path])
        #expect(result.status == 65)
        #expect(result.stderrText.contains("bad.json:1:103: unknown detector \"regex\" in rule \"r\"; valid detectors: age,"))
        #expect(result.stderrText.contains("  |") && result.stderrText.contains("^"))
    }

    @Test("eval reports per language and exits 1 below --min-recall")
    func eval() throws {
        let ok = try ProcessRunner.blackline(["eval", Fixtures.corpus.path, "--min-recall", "0.99"])
        #expect(ok.status == 0, "\(ok.stdoutText)")
        #expect(ok.stdoutText.contains("LANGUAGE") && ok.stdoutText.contains("sr-Cyrl") && ok.stdoutText.contains("OVERALL"))
        // The extra set without case files stays below full recall (its README lists the misses).
        let extra = Fixtures.root.appendingPathComponent("corpus-extra")
        let strict = try ProcessRunner.blackline(["eval", extra.path, "--no-case", "--min-recall", "1", "--format", "json"])
        #expect(strict.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: strict.stdout) as? [String: Any])
        #expect(json["caseFiles"] as? Bool == false && (json["languages"] as? [String: Any])?.count == 6)
    }
}
