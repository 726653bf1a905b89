import BlacklineCore
import Extraction
import FixtureKit
import Foundation
import PolicyEngine
import Redaction
import Testing

@testable import Review

@Suite("Review plan and page")
struct ReviewPlanTests {
    /// The engine's findings on a corpus PDF, as redaction items with their explanations.
    static func detect(_ id: String) throws -> (CorpusDocument, ExtractedDocument, [RedactionItem], [String: Explanation]) {
        let gold = try CorpusDocument.load(id)
        let document = try ReviewPlan.loadDocument(.file(gold.pdf), password: nil, workers: 2)
        let policy = try Policy.load("default")
        let registry = try CaseRegistry.load(from: gold.caseFile)
        let findings = try PolicyEngine(policy: policy, registry: registry).scan(document)
        let items = findings.map { RedactionItem($0, justification: policy.rule(id: $0.rule)?.justification ?? "") }
        var explanations: [String: Explanation] = [:]
        for finding in findings { explanations[RedactionItem.stableID(start: finding.start, end: finding.end)] = finding.explanation }
        return (gold, document, items, explanations)
    }

    @Test("the boxes and the export template are exactly what `redact` draws and writes into its manifest")
    func sameAsRedaction() throws {
        var (gold, document, items, explanations) = try Self.detect("dev-01")
        // One masked identifier, so that a partial box is compared too.
        if let index = items.firstIndex(where: { $0.category == .phone }) { items[index].action = Action(.mask, keepLast: 4) }
        let sha = try SHA256.hex(ofFileAt: gold.pdf)
        let provenance = Provenance(input: .init(path: "dev-01.pdf", sha256: sha), policyName: "default")
        let plan = try ReviewPlan(
            source: .file(gold.pdf), password: nil, document: document, provenance: provenance, items: items, explanations: explanations)
        #expect(plan.entries.count == items.count)
        #expect(plan.entries.allSatisfy { $0.explanation != nil })

        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifestURL = folder.appendingPathComponent("m.json")
        let job = RedactionJob(
            input: .file(gold.pdf), output: folder.appendingPathComponent("o.pdf"), manifest: manifestURL,
            options: RedactionOptions(dpi: 36, workers: 2))
        _ = try RedactionPipeline.run(job, document: try RedactionPipeline.load(.file(gold.pdf), password: nil, workers: 2), provenance: provenance, items: items)
        let manifest = try JSONNode.parse(contentsOf: manifestURL).value
        let written = manifest["redactions"]?.arrayValue ?? []
        let proposed = plan.template["redactions"]?.arrayValue ?? []
        try #require(written.count == proposed.count)
        for (a, b) in zip(written, proposed) {
            // Everything but the boxes is the same; the drawn boxes are the proposed ones grown
            // over the ink the renderer drew past them and snapped to whole pixels.
            #expect(a.removing("boxes") == b.removing("boxes"), "\(a["id"]?.stringValue ?? "?")")
            let drawn = a["boxes"]?.arrayValue ?? []
            let shown = b["boxes"]?.arrayValue ?? []
            try #require(drawn.count == shown.count)
            for (d, s) in zip(drawn, shown) {
                let (dx, dy, dw, dh) = (d["x"]?.doubleValue ?? 0, d["y"]?.doubleValue ?? 0, d["width"]?.doubleValue ?? 0, d["height"]?.doubleValue ?? 0)
                let (sx, sy, sw, sh) = (s["x"]?.doubleValue ?? 0, s["y"]?.doubleValue ?? 0, s["width"]?.doubleValue ?? 0, s["height"]?.doubleValue ?? 0)
                #expect(d["page"] == s["page"])
                #expect(dx <= sx + 0.01 && dy <= sy + 0.01 && dx + dw >= sx + sw - 0.02 && dy + dh >= sy + sh - 0.02, "\(a["id"]?.stringValue ?? "?")")
                // Growth is capped by the snapped box height (40 % up, 30 % sideways); snapping adds up
                // to one pixel (2 pt at 36 dpi) on each side.
                let px = 2.0, cap = sh + 2 * px
                #expect(dy >= sy - 0.4 * cap - px && dx >= sx - 0.3 * cap - px && dx + dw <= sx + sw + 0.3 * cap + px)
            }
        }
        #expect(plan.template["input"] == manifest["input"].map { input -> JSONValue in
            guard case .object(let members) = input else { return input }
            return .object(members.map { $0.0 == "path" ? ("path", .string("dev-01.pdf")) : $0 })
        })
        // The template passes `--decisions` as it is.
        let template = folder.appendingPathComponent("t.json")
        try plan.template.serialized().write(to: template, atomically: true, encoding: .utf8)
        let decisions = try DecisionsFile.load(from: template, displayName: "t.json")
        try decisions.verify(against: document, inputSHA256: sha, displayName: "t.json")
        #expect(decisions.items.count == items.count)
    }

    @Test("page images: gray PNG for black text, RGB when the page has colour")
    func pageImages() throws {
        let gold = try CorpusDocument.load("dev-03")
        let pdf = try PDFDocument.open(.file(gold.pdf))
        let renderer = PageImageRenderer(dpi: 50, grayLevels: 16)
        let image = try renderer.render(try pdf.page(1), state: PageImageRenderer.WorkerState())
        #expect(image.isGray)
        #expect(image.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // IHDR: bit depth 8, colour type 0 (gray).
        #expect(image.png[24] == 8 && image.png[25] == 0)
        #expect(image.pixelWidth == Int((595.28 * 50 / 72).rounded(.up)))

        let colored = try RasterImage(width: 200, height: 200)
        colored.clear()
        #expect(!PageImageRenderer.hasColor(colored))
        colored.fill([TextBox(x: 10, y: 10, width: 30, height: 30)], scale: 1, red: 0.8, green: 0.1, blue: 0.1)
        #expect(PageImageRenderer.hasColor(colored))
        let surface = try PNGSurface(width: 200, height: 200, gray: false)
        surface.copy(from: colored)
        let png = try surface.pngData()
        #expect(png[25] == 2)  // RGB
    }

    @Test("HTML escaping: element text, attributes, JSON in a script element")
    func escaping() {
        #expect(HTMLText.escape("<b>\"Tom\" & 'Jerry'</b>") == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        let json = JSONValue.object([("text", .string("</script><script>alert(1)</script><!--"))]).serialized()
        let safe = HTMLText.scriptJSON(json)
        #expect(!safe.contains("<"))
        #expect(safe.contains("\\u003c/script>"))
    }

    @Test("a text input: the page marks every span, and the text cannot break out of the page")
    func textPage() throws {
        let text = "Oštećena <script>alert('x')</script> Zorana Pavić, tel. 064/321-7788.\n"
        let document = try PlainTextLoader.load(Data(text.utf8), name: "note.txt")
        let scalars = Array(text.unicodeScalars)
        func span(_ needle: String) -> Range<Int> {
            let n = Array(needle.unicodeScalars)
            let start = (0...(scalars.count - n.count)).first { Array(scalars[$0..<$0 + n.count]) == n }!
            return start..<start + n.count
        }
        let name = span("Zorana Pavić")
        let phone = span("064/321-7788")
        let items = [
            RedactionItem(start: name.lowerBound, end: name.upperBound, page: 1, text: "", category: .personName, rule: "r"),
            RedactionItem(start: phone.lowerBound, end: phone.upperBound, page: 1, text: "", category: .phone, rule: "r"),
        ]
        let plan = try ReviewPlan(
            source: .data(Data(text.utf8), name: "note.txt"), password: nil, document: document,
            provenance: Provenance(input: .init(path: "note.txt", sha256: SHA256.hex(of: Data(text.utf8)))), items: items)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("r.html")
        let summary = try ReviewPage.write(plan, to: url)
        let html = try String(contentsOf: url, encoding: .utf8)
        #expect(summary.findings == 2)
        #expect(html.contains("<mark class=\"span\" data-id=\"\(items[0].id)\">Zorana Pavić</mark>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert"))
    }
}

@Suite("Linear JSON")
struct LinearJSONTests {
    @Test("the same text as JSONValue.serialized, compact and pretty")
    func sameText() {
        let value: JSONValue = .object([
            ("a", .array([.integer(1), .number(2.5), .null, .bool(true), .string("x\ny\t\"z\"")])),
            ("empty", .array([])), ("none", .object([])),
            ("nested", .object([("k", .array([.object([("deep", .string("<\u{2028}>"))])]))])),
        ])
        #expect(LinearJSON.serialized(value, pretty: false) == value.serialized())
        #expect(LinearJSON.serialized(value, pretty: true) == value.serialized(pretty: true))
    }
}

extension JSONValue {
    /// The object without member `key` (other values unchanged).
    fileprivate func removing(_ key: String) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members.filter { $0.0 != key })
    }
}
