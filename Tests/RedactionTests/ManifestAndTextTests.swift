import BlacklineCore
import Extraction
import FixtureKit
import Foundation
import PolicyEngine
import Redaction
import Testing

@Suite("Manifest, decisions, log and text output")
struct ManifestAndTextTests {
    @Test("decisions round trip: a flipped decision is kept, an added area is blacked out, nothing else changes")
    func decisionsRoundTrip() throws {
        let run = try CorpusRun.run("dev-03")
        defer { try? FileManager.default.removeItem(at: run.folder) }
        // Edit the manifest as a reviewer would: keep the first redaction, add an area on page 1.
        var manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: run.manifest)) as? [String: Any])
        var redactions = try #require(manifest["redactions"] as? [[String: Any]])
        let flippedID = try #require(redactions[0]["id"] as? String)
        redactions[0]["decision"] = "keep"
        manifest["redactions"] = redactions
        manifest["areas"] = [["id": "signature", "page": 1, "x": 300, "y": 700, "width": 150, "height": 40, "reason": "signature", "exemptions": ["(b)(6)"]]]
        let edited = run.folder.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: manifest).write(to: edited)

        let decisions = try DecisionsFile.load(from: edited, displayName: "edited.json")
        let inputSHA = try SHA256.hex(ofFileAt: run.gold.pdf)
        try decisions.verify(against: run.document, inputSHA256: inputSHA, displayName: "edited.json")
        let output = run.folder.appendingPathComponent("second.pdf")
        let secondManifest = run.folder.appendingPathComponent("second.json")
        let job = RedactionJob(input: .file(run.gold.pdf), output: output, manifest: secondManifest, options: RedactionOptions(dpi: 72))
        let result = try RedactionPipeline.run(
            job, document: run.document, provenance: Provenance(input: .init(path: run.gold.pdf.path, sha256: inputSHA)),
            items: decisions.items, areas: decisions.areas)
        #expect(result.plan.items.count == run.result.plan.items.count)
        #expect(result.plan.appliedCount == run.result.plan.appliedCount - 1)

        let page = try RenderedPage(pdf: output, page: 1, dpi: 72)
        let flipped = try #require(result.plan.items.first { $0.id == flippedID })
        var dark = 0
        var total = 0
        for (_, box) in run.document.characterBoxes(flipped.start..<flipped.end) {
            let count = page.darkCount(in: box, inset: 0.2)
            dark += count.dark
            total += count.total
        }
        #expect(total > 0 && dark * 100 < total * 85, "the kept span is still under a box")
        let area = page.darkCount(in: TextBox(x: 300, y: 700, width: 150, height: 40), insetPixels: 1)
        #expect(area.dark == area.total)
        for item in result.plan.items where item.id != flippedID {
            for (number, box) in run.document.characterBoxes(item.start..<item.end) where number == 1 {
                let count = page.darkCount(in: box, insetPixels: 1)
                #expect(count.dark == count.total)
            }
        }
        // The new manifest records the decision and the area.
        let again = try DecisionsFile.load(from: secondManifest, displayName: "second.json")
        #expect(again.items.first { $0.id == flippedID }?.decision == .keep)
        #expect(again.areas.map(\.id) == ["signature"])
    }

    @Test("a decisions file for another input, or with moved offsets, is refused")
    func decisionsRefused() throws {
        let run = try CorpusRun.run("dev-04")
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let decisions = try DecisionsFile.load(from: run.manifest, displayName: "m.json")
        let other = try SHA256.hex(ofFileAt: Fixtures.corpus.appendingPathComponent("dev-05.pdf"))
        let wrongInput = #expect(throws: RedactionError.self) {
            try decisions.verify(against: run.document, inputSHA256: other, displayName: "m.json")
        }
        #expect(wrongInput?.code == .inputMismatch)
        // Offsets moved by one character: the fingerprint no longer matches.
        var text = try String(contentsOf: run.manifest, encoding: .utf8)
        let first = try #require(decisions.items.first)
        text = text.replacingOccurrences(of: "\"start\": \(first.start),", with: "\"start\": \(first.start + 1),")
        let moved = run.folder.appendingPathComponent("moved.json")
        try text.write(to: moved, atomically: true, encoding: .utf8)
        let movedDecisions = try DecisionsFile.load(from: moved, displayName: "moved.json")
        let mismatch = #expect(throws: RedactionError.self) {
            try movedDecisions.verify(against: run.document, inputSHA256: try SHA256.hex(ofFileAt: run.gold.pdf), displayName: "moved.json")
        }
        #expect(mismatch?.code == .findingMismatch)
    }

    @Test("manifest fields; text only with includeText; log as CSV without text", arguments: [false, true])
    func manifestFields(includeText: Bool) throws {
        let run = try CorpusRun.run("dev-07")
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let manifest = RedactionManifest.json(run.result, includeText: includeText)
        #expect(manifest["format"]?.stringValue == RedactionManifest.formatName)
        #expect(manifest["input"]?["sha256"]?.stringValue == (try SHA256.hex(ofFileAt: run.gold.pdf)))
        #expect(manifest["output"]?["sha256"]?.stringValue == (try SHA256.hex(ofFileAt: run.output)))
        let redactions = try #require(manifest["redactions"]?.arrayValue)
        #expect(redactions.count == run.result.plan.items.count)
        for entry in redactions {
            #expect((entry["text"] != nil) == includeText)
            #expect(entry["boxes"]?.arrayValue?.isEmpty == false)
            #expect(entry["check"]?.stringValue?.count == 16)
            for key in ["id", "page", "start", "end", "category", "rule", "exemptions", "action", "party", "score", "decision"] {
                #expect(entry[key] != nil, "missing \(key)")
            }
        }
        let csv = RedactionLog.render(run.result, format: .csv)
        #expect(csv.hasPrefix("id,page,category,exemptions,justification,action\n"))
        #expect(csv.split(separator: "\n").count == run.result.plan.appliedCount + 1)
        #expect(LeakProbe.leaks(of: run.gold.protect.map(\.text), in: csv).isEmpty)
    }

    @Test("text in, text out: every protected string gone, every kept string still there, labels per party")
    func textOutput() throws {
        let gold = try CorpusDocument.load("dev-01")
        let document = try PlainTextLoader.load(.file(gold.txt))
        let items = gold.protect.map { span in
            RedactionItem(
                start: span.start, end: span.end, page: 1, text: span.text, category: Category(span.category), rule: "gold",
                action: span.category == "person-name" ? Action(.label) : span.category == "date-of-birth" ? Action(.generalize) : .redact,
                party: span.who)
        }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.txt")
        let job = RedactionJob(input: .file(gold.txt), output: output)
        let result = try RedactionPipeline.run(
            job, document: document, provenance: Provenance(input: .init(path: gold.txt.path, sha256: "0")), items: items)
        let text = try String(contentsOf: output, encoding: .utf8)
        let leaked = LeakProbe.leaks(of: gold.protect.filter { $0.category != "date-of-birth" }.map(\.text), in: text)
        #expect(leaked.isEmpty, "\(leaked.count) protected strings left")
        for keep in gold.keep { #expect(text.contains(keep.text)) }
        // One label per party, the same everywhere.
        for (index, item) in result.plan.items.enumerated() where item.action.kind == .label {
            #expect(result.plan.outcomes[index]?.replacement == "[\(item.party!.uppercased())]")
        }
        #expect(text.contains("[VICTIM-1]"))
        #expect(text.contains("1997"))  // a date of birth generalised to its year
    }
}

@Suite("Operators")
struct OperatorTests {
    func item(_ text: String, _ category: Category = .phone, action: Action = .redact, party: String? = nil) -> RedactionItem {
        RedactionItem(start: 0, end: text.unicodeScalars.count, page: 1, text: text, category: category, rule: "r", action: action, party: party)
    }

    @Test("redact: a fixed mark, whatever the length")
    func redact() throws {
        let short = try RedactOperator().apply(to: item("Li"), options: RedactionOptions())
        let long = try RedactOperator().apply(to: item("Aleksandra Jovanović-Petrović"), options: RedactionOptions())
        #expect(short.replacement == long.replacement)
        #expect(long.hidden == 0..<29)
        #expect(long.boxText == nil)
        let coded = try RedactOperator().apply(
            to: RedactionItem(start: 0, end: 2, page: 1, text: "Li", category: .personName, rule: "r", exemptions: ["(b)(6)", "(b)(7)(C)"]),
            options: RedactionOptions(exemptionsInBoxes: true))
        #expect(coded.boxText == "(b)(6), (b)(7)(C)")
    }

    @Test("mask keeps the last N letters or digits", arguments: [
        ("064/218-3307", 4, "•••/•••-3307", 8), ("+381 64 218 3307", 4, "+••• •• ••• 3307", 12), ("12", 4, "••", 2),
        ("RS35 1600 0000 0045 6789 28", 2, "•••• •••• •••• •••• •••• 28", 25),
    ])
    func mask(text: String, keep: Int, expected: String, hidden: Int) throws {
        let outcome = try MaskOperator().apply(to: item(text, action: Action(.mask, keepLast: keep)), options: RedactionOptions())
        #expect(outcome.replacement == expected)
        #expect(outcome.hidden == 0..<hidden)
    }

    @Test("generalize: date of birth to year, age to band, anything else redacted", arguments: [
        ("03.03.1996.", Category.dateOfBirth, "1996"), ("14. marta 2007.", .dateOfBirth, "2007"), ("5 August 1995", .dateOfBirth, "1995"),
        ("17/12/05", .dateOfBirth, RedactOperator.textMark), ("24-godišnju", .age, "18–24"), ("16-godišnju", .age, "14–17"),
        ("6 years old", .age, "under 14"), ("70", .age, "65+"), ("Jelena", .personName, RedactOperator.textMark),
    ])
    func generalize(text: String, category: Category, expected: String) throws {
        let outcome = try GeneralizeOperator().apply(to: item(text, category, action: Action(.generalize)), options: RedactionOptions())
        #expect(outcome.replacement == expected)
        #expect((outcome.note != nil) == (expected == RedactOperator.textMark))
    }

    @Test("labels: one per party, numbered per category without a party, literal templates, shared through a map file")
    func labels() throws {
        let map = PseudonymMap()
        let a = map.label(for: item("Jelena", .personName, party: "victim-2"), template: nil)
        let b = map.label(for: item("Jelene Marković", .personName, party: "victim-2"), template: nil)
        let c = map.label(for: item("Mimi", .personName), template: nil)
        let d = map.label(for: item("MIMI", .personName), template: nil)
        let e = map.label(for: item("Zora", .personName), template: nil)
        #expect(a == "[VICTIM-2]" && b == a)
        #expect(c == "[PERSON-NAME-1]" && d == c && e == "[PERSON-NAME-2]")
        #expect(map.label(for: item("x", .personName), template: "(b)(6)") == "(b)(6)")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("labels.json")
        try map.write(to: file)
        let contents = try String(contentsOf: file, encoding: .utf8)
        #expect(!contents.contains("Mimi") && !contents.contains("Zora"))
        let loaded = try PseudonymMap.load(from: file, displayName: "labels.json")
        #expect(loaded.label(for: item("mimi", .personName), template: nil) == "[PERSON-NAME-1]")
        #expect(loaded.label(for: item("Sara", .personName), template: nil) == "[PERSON-NAME-3]")
    }
}
