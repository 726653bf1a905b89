import FixtureKit
import Foundation
import Testing

/// `blackline review` end to end (the page's behaviour in a browser: ReviewBrowserTests).
@Suite("blackline review")
struct ReviewCommandTests {
    /// The JSON the page's script reads, taken out of the HTML.
    static func pageData(_ html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="review-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("a PDF with a case file: one self-contained page, owner-only, that names its confidentiality; its template applies as is")
    func pdfPage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try CorpusDocument.load("dev-02")
        let html = folder.appendingPathComponent("review.html")
        let result = try ProcessRunner.blackline(["review", gold.pdf.path, "--case", gold.caseFile.path, "-o", html.path, "--dpi", "50"])
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText.contains("proposed redactions, 2 pages"))
        // Nothing else was written next to it (no temporary copies left behind).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.html"])
        let attributes = try FileManager.default.attributesOfItem(atPath: html.path)
        #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o077 == 0)

        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("Content-Security-Policy"))
        #expect(page.contains("default-src 'none'"))
        #expect(page.contains("this page contains the protected text"))
        for external in ["<link", " src=\"http", "src='http", "url(http", "@import", "<iframe", "fetch(", "XMLHttpRequest", "localStorage"] {
            #expect(!page.contains(external), "\(external)")
        }
        #expect(page.components(separatedBy: "data-src=\"data:image/png;base64,").count - 1 == 2)
        // Nothing that identifies a victim appears on standard output or error.
        #expect(LeakProbe.leaks(of: gold.protect.map(\.text), in: result.stdoutText + result.stderrText, minimumLength: 4).isEmpty)

        let data = try Self.pageData(page)
        let findings = data["findings"] as? [[String: Any]] ?? []
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { !($0["boxes"] as? [Any] ?? []).isEmpty })
        // The export template holds no document text, and `redact --decisions` applies it as it is.
        let template = try #require(data["template"] as? [String: Any])
        let templateData = try JSONSerialization.data(withJSONObject: template)
        for finding in findings {
            guard let text = finding["text"] as? String, text.count >= 6 else { continue }
            #expect(!String(decoding: templateData, as: UTF8.self).contains(text))
        }
        let decisions = folder.appendingPathComponent("decisions.json")
        try templateData.write(to: decisions)
        let out = folder.appendingPathComponent("out.pdf")
        let redacted = try ProcessRunner.blackline(["redact", gold.pdf.path, "--decisions", decisions.path, "-o", out.path, "--dpi", "50"])
        #expect(redacted.status == 0, "\(redacted.stderrText)")
        #expect(redacted.stdoutText.contains("\(findings.count) redactions"))
    }

    @Test("a text file with --findings from scan --explain: marked spans and explanations")
    func textPage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try CorpusDocument.load("dev-03")
        let scan = try ProcessRunner.blackline(["scan", gold.txt.path, "--case", gold.caseFile.path, "--explain"])
        #expect(scan.status == 0)
        let findings = folder.appendingPathComponent("f.json")
        try scan.stdout.write(to: findings)
        let html = folder.appendingPathComponent("review.html")
        let result = try ProcessRunner.blackline(["review", gold.txt.path, "--findings", findings.path, "-o", html.path])
        #expect(result.status == 0, "\(result.stderrText)")
        let page = try String(contentsOf: html, encoding: .utf8)
        let data = try Self.pageData(page)
        let list = data["findings"] as? [[String: Any]] ?? []
        let scanned = (try JSONSerialization.jsonObject(with: scan.stdout) as? [String: Any])?["findings"] as? [Any] ?? []
        #expect(list.count == scanned.count)
        #expect(list.allSatisfy { ($0["explanation"] as? [String: Any])?["matched"] as? String != nil })
        #expect(page.components(separatedBy: "<mark class=\"span\"").count - 1 == list.count)
        #expect(data["format"] as? String == "text")
    }

    @Test("reviewing a manifest again shows its decisions; a manifest of another input is refused and nothing is written")
    func manifestPage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try CorpusDocument.load("dev-04")
        let findingsURL = folder.appendingPathComponent("f.json")
        try DiffCommandTests.findings(gold).write(to: findingsURL)
        let manifest = folder.appendingPathComponent("m.json")
        let redacted = try ProcessRunner.blackline([
            "redact", gold.txt.path, "--findings", findingsURL.path, "-o", folder.appendingPathComponent("o.txt").path,
            "--manifest", manifest.path, "--manifest-include-text",
        ])
        #expect(redacted.status == 0)
        // Flip one decision as a reviewer would, then review the manifest again.
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
        var redactions = json["redactions"] as? [[String: Any]] ?? []
        redactions[0]["decision"] = "keep"
        json["redactions"] = redactions
        try JSONSerialization.data(withJSONObject: json).write(to: manifest)
        let html = folder.appendingPathComponent("review.html")
        let result = try ProcessRunner.blackline(["review", gold.txt.path, "--manifest", manifest.path, "-o", html.path])
        #expect(result.status == 0, "\(result.stderrText)")
        let data = try Self.pageData(try String(contentsOf: html, encoding: .utf8))
        let decisions = (data["findings"] as? [[String: Any]] ?? []).map { $0["decision"] as? String }
        #expect(decisions.first == "keep")
        #expect(decisions.dropFirst().allSatisfy { $0 == "redact" })
        // The manifest held the texts; the export template does not.
        let template = try JSONSerialization.data(withJSONObject: data["template"] as? [String: Any] ?? [:])
        #expect(LeakProbe.leaks(of: gold.protect.map(\.text), in: String(decoding: template, as: UTF8.self), minimumLength: 4).isEmpty)
        #expect(((data["template"] as? [String: Any])?["redactions"] as? [[String: Any]])?.first?["check"] as? String != nil)

        let other = try CorpusDocument.load("dev-05")
        let refused = folder.appendingPathComponent("refused.html")
        let mismatch = try ProcessRunner.blackline(["review", other.txt.path, "--manifest", manifest.path, "-o", refused.path])
        #expect(mismatch.status == 65)
        #expect(!FileManager.default.fileExists(atPath: refused.path))
        #expect(try ProcessRunner.blackline(["review", gold.txt.path]).status == 64)
        #expect(try ProcessRunner.blackline(["review", gold.txt.path, "-o", refused.path, "--findings", "a", "--manifest", "b"]).status == 64)
        #expect(try ProcessRunner.blackline(["review", folder.appendingPathComponent("none.pdf").path, "-o", refused.path]).status == 66)
    }
}
