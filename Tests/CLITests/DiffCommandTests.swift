import FixtureKit
import Foundation
import Testing

/// `blackline diff` end to end: texts and manifests made by the built binary from corpus documents.
@Suite("blackline diff")
struct DiffCommandTests {
    /// A findings file for the gold protect spans of a corpus text (minus `dropping` of them).
    static func findings(_ gold: CorpusDocument, dropping: Set<Int> = []) throws -> Data {
        let list: [[String: Any]] = gold.protect.enumerated().filter { !dropping.contains($0.offset) }.map { _, span in
            [
                "start": span.start, "end": span.end, "page": 1, "text": span.text, "category": span.category, "rule": "gold",
                "score": 1, "action": "redact", "exemption": ["(b)(6)"], "party": span.who ?? NSNull(),
            ]
        }
        return try JSONSerialization.data(withJSONObject: ["source": "x", "policy": "gold", "findings": list])
    }

    /// Redacts `input` with `findings` into `folder`, returning (output, manifest).
    static func redact(_ input: URL, findings: Data, in folder: URL, name: String) throws -> (URL, URL) {
        let findingsURL = folder.appendingPathComponent("\(name).findings.json")
        try findings.write(to: findingsURL)
        let output = folder.appendingPathComponent("\(name).\(input.pathExtension)")
        let manifest = folder.appendingPathComponent("\(name).manifest.json")
        let result = try ProcessRunner.blackline([
            "redact", input.path, "--findings", findingsURL.path, "-o", output.path, "--manifest", manifest.path, "--dpi", "36",
        ])
        #expect(result.status == 0, "\(result.stderrText)")
        return (output, manifest)
    }

    func diff(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.blackline(["diff"] + arguments, environment: ["NO_COLOR": "1"])
    }

    @Test("a text and its redacted copy: every removed span is a change, masked unless --show-text")
    func texts() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try CorpusDocument.load("dev-03")
        let (redacted, _) = try Self.redact(gold.txt, findings: try Self.findings(gold), in: folder, name: "r")
        let protected = gold.protect.map(\.text)

        let text = try diff([gold.txt.path, redacted.path])
        #expect(text.status == 0)
        #expect(text.stdoutText.contains("{+█████+}"))
        #expect(text.stdoutText.contains("[-•"))
        #expect(!text.stdoutText.contains("\u{1B}["))
        #expect(LeakProbe.leaks(of: protected, in: text.stdoutText, minimumLength: 4).isEmpty)
        #expect(try diff([gold.txt.path, redacted.path, "--exit-code"]).status == 1)
        #expect(try diff([gold.txt.path, gold.txt.path, "--exit-code"]).status == 0)

        let shown = try diff([gold.txt.path, redacted.path, "--show-text", "--context", "0"])
        #expect(shown.stdoutText.contains("[-"))
        #expect(shown.stdoutText.contains(gold.protect[0].text))

        // JSON: scalar offsets into both texts; every character of every gold span (but spaces) lies
        // in a change of the original. (Two neighbouring spans replaced by the same "█████" may be
        // split between the two changes either way: both are minimal.)
        let json = try diff([gold.txt.path, redacted.path, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let changes = document["changes"] as? [[String: Any]] ?? []
        let ranges = changes.compactMap { change -> Range<Int>? in
            guard let original = change["original"] as? [String: Any], let start = original["start"] as? Int, let end = original["end"] as? Int else { return nil }
            return start..<end
        }
        #expect(ranges.count == changes.count)
        let original = Array(gold.text.unicodeScalars)
        for span in gold.protect {
            for offset in span.start..<span.end where !original[offset].properties.isWhitespace {
                #expect(ranges.contains { $0.contains(offset) }, "offset \(offset) of the span at \(span.start)")
            }
        }
        let scalars = Array(String(decoding: try Data(contentsOf: redacted), as: UTF8.self).unicodeScalars)
        for change in changes {
            let place = change["redacted"] as? [String: Any] ?? [:]
            let inserted = String(String.UnicodeScalarView(scalars[(place["start"] as? Int ?? 0)..<(place["end"] as? Int ?? 0)]))
            #expect(inserted == change["inserted"] as? String)
        }
        #expect(document["textShown"] as? Bool == false)
    }

    @Test("two manifests of a PDF: counts, exit code, JSON, context from --document")
    func manifests() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try CorpusDocument.load("dev-02")
        // The policy engine's findings on the PDF; the second pass lacks the first two.
        let scan = try ProcessRunner.blackline(["scan", gold.pdf.path, "--case", gold.caseFile.path])
        #expect(scan.status == 0)
        var scanned = try #require(try JSONSerialization.jsonObject(with: scan.stdout) as? [String: Any])
        let all = scanned["findings"] as? [[String: Any]] ?? []
        try #require(all.count > 5)
        let (_, first) = try Self.redact(gold.pdf, findings: scan.stdout, in: folder, name: "a")
        scanned["findings"] = Array(all.dropFirst(2))
        let (_, second) = try Self.redact(gold.pdf, findings: try JSONSerialization.data(withJSONObject: scanned), in: folder, name: "b")

        let text = try diff([first.path, second.path])
        #expect(text.status == 0, "\(text.stderrText)")
        #expect(text.stdoutText.contains("0 added, 2 removed, 0 changed, \(all.count - 2) unchanged"))
        #expect(text.stdoutText.contains("page 1"))
        #expect(try diff([first.path, second.path, "--exit-code"]).status == 1)
        #expect(try diff([first.path, first.path, "--exit-code"]).status == 0)

        let json = try diff([first.path, second.path, "--format", "json", "--document", gold.pdf.path, "--context", "10"])
        #expect(json.status == 0, "\(json.stderrText)")
        let document = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect((document["counts"] as? [String: Any])?["removed"] as? Int == 2)
        #expect(document["identical"] as? Bool == false)
        let change = try #require(((document["pages"] as? [[String: Any]])?.first?["redactions"] as? [[String: Any]])?.first)
        #expect(change["change"] as? String == "removed")
        let context = change["context"] as? [String: Any]
        #expect((context?["span"] as? String)?.allSatisfy { !$0.isLetter } == true)
        let texts = all.compactMap { $0["text"] as? String }
        #expect(LeakProbe.leaks(of: texts, in: json.stdoutText, minimumLength: 4).isEmpty)

        let shown = try diff([first.path, second.path, "--document", gold.pdf.path, "--show-text"])
        #expect(shown.stdoutText.contains("«\(texts[0].replacingOccurrences(of: "\n", with: "⏎"))»"))
    }

    @Test("refusals: different inputs 65, wrong document 65, --show-text without text 64, manifest beside text 64, PDF as text 64, missing 66")
    func refusals() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try CorpusDocument.load("dev-04")
        let b = try CorpusDocument.load("dev-05")
        let (_, manifestA) = try Self.redact(a.txt, findings: try Self.findings(a), in: folder, name: "a")
        let (_, manifestB) = try Self.redact(b.txt, findings: try Self.findings(b), in: folder, name: "b")

        let different = try diff([manifestA.path, manifestB.path])
        #expect(different.status == 65)
        #expect(different.stderrText.contains("different inputs"))
        #expect(different.stdoutText.isEmpty)
        let wrongDocument = try diff([manifestA.path, manifestA.path, "--document", b.txt.path])
        #expect(wrongDocument.status == 65)
        #expect(wrongDocument.stderrText.contains("not the input"))
        #expect(try diff([manifestA.path, manifestA.path, "--show-text"]).status == 64)
        #expect(try diff([manifestA.path, a.txt.path]).status == 64)
        #expect(try diff([a.pdf.path, a.txt.path]).status == 64)
        #expect(try diff([a.txt.path, folder.appendingPathComponent("missing.txt").path]).status == 66)
        #expect(try diff([a.txt.path]).status == 64)
        // A JSON file that is not a manifest (a findings file) is named as such.
        let findings = folder.appendingPathComponent("a.findings.json")
        let notManifest = try diff([manifestA.path, findings.path])
        #expect(notManifest.status == 65)
        #expect(notManifest.stderrText.contains("a.findings.json:1:1") && notManifest.stderrText.contains("\"format\""))
    }
}
