import FixtureKit
import Foundation
import Testing

/// The review page in a real browser: Debian's headless Chromium driven over WebDriver by
/// chromedriver (`scripts/install-deps.sh browser`, which `make test` runs). A browser that cannot
/// start fails the test; it is never skipped.
@Suite("Review page in headless Chromium", .serialized)
struct ReviewBrowserTests {
    /// A finding as the page's embedded data lists it.
    struct PageFinding {
        var id: String
        var page: Int
        var category: String
        var text: String
        var decision: String
        var party: String?
        /// [x, y, width, height] in points.
        var boxes: [(page: Int, rect: [Double])]

        init(_ json: [String: Any]) {
            id = json["id"] as? String ?? ""
            page = json["page"] as? Int ?? 0
            category = json["category"] as? String ?? ""
            text = json["text"] as? String ?? ""
            decision = json["decision"] as? String ?? ""
            party = json["party"] as? String
            boxes = (json["boxes"] as? [[Double]] ?? []).map { (Int($0[0]), Array($0[1...])) }
        }
    }

    @Test("reject a finding, draw an area, export, and `redact --decisions` applies exactly that")
    func reviewRoundTrip() throws {
        let folder = try Fixtures.temporaryFolder("blackline-review-browser")
        let gold = try CorpusDocument.load("dev-01")
        let html = folder.appendingPathComponent("review.html")
        // Run from the package root with relative paths, as a user would (the page shows the path).
        let made = try ProcessRunner.blackline(
            ["review", "Tests/Fixtures/corpus/dev-01.pdf", "--case", "Tests/Fixtures/corpus/dev-01.case.json", "-o", html.path, "--dpi", "72"],
            currentDirectory: Fixtures.packageRoot)
        try #require(made.status == 0, "\(made.stderrText)")

        let browser = try WebDriverSession(downloads: folder.appendingPathComponent("downloads"))
        defer { browser.quit() }
        try browser.navigate(to: html)
        try browser.wait(for: "return document.body !== null && document.body.dataset.ready === '1'", what: "the page's script")
        // Nothing but the page itself was loaded, and the page cannot load anything.
        #expect(try browser.execute("return performance.getEntriesByType('resource').length") as? Int == 0)
        let policy = try browser.execute("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content") as? String
        #expect(policy?.contains("default-src 'none'") == true)
        #expect(try browser.execute("return document.getElementById('confidential').innerText") as? String ?? "" != "")

        let raw = try browser.execute("return JSON.parse(document.getElementById('review-data').textContent).findings") as? [[String: Any]]
        let findings = (raw ?? []).map(PageFinding.init)
        try #require(findings.count > 20)
        #expect(findings.allSatisfy { $0.decision == "redact" })
        // The finding to reject: a victim's name on page 1 that is a line of its own (one box).
        let rejected = try #require(findings.first { $0.page == 1 && $0.category == "person-name" && $0.text.count >= 8 && $0.boxes.count == 1 })

        // Reject it with its checkbox.
        try browser.click(try browser.find("li.finding[data-id=\"\(rejected.id)\"] input[type=checkbox]"))
        let decisionOf = "return window.blacklineReview.decisions().redactions.find(r => r.id === arguments[0]).decision"
        #expect(try browser.execute(decisionOf, [rejected.id]) as? String == "keep")
        #expect(try browser.execute("return document.querySelector('.box[data-id=\"' + arguments[0] + '\"]').classList.contains('rejected')", [rejected.id]) as? Bool == true)

        // Keyboard: j selects the first finding, x rejects it, x again accepts it.
        let firstID = findings[0].id
        try browser.press(["j", "x"])
        #expect(try browser.execute(decisionOf, [firstID]) as? String == "keep")
        try browser.press(["x"])
        #expect(try browser.execute(decisionOf, [firstID]) as? String == "redact")

        // Bulk: reject all of one party, then accept them again.
        let party = try #require(findings.compactMap(\.party).first)
        let partyCount = findings.filter { $0.party == party }.count
        let rowSelector = "#parties .row[data-group=\"\(party)\"]"
        try browser.click(try browser.find("\(rowSelector) button:nth-of-type(2)"))
        let keptOfParty = "return window.blacklineReview.decisions().redactions.filter(r => r.party === arguments[0] && r.decision === 'keep').length"
        #expect(try browser.execute(keptOfParty, [party]) as? Int == partyCount)
        try browser.click(try browser.find("\(rowSelector) button:nth-of-type(1)"))
        #expect(try browser.execute(keptOfParty, [party]) as? Int == 0)
        // (The bulk accept also re-accepted the rejected name if it belongs to that party.)
        if rejected.party == party {
            try browser.click(try browser.find("li.finding[data-id=\"\(rejected.id)\"] input[type=checkbox]"))
        }
        #expect(try browser.execute(decisionOf, [rejected.id]) as? String == "keep")

        // Draw an area by dragging across blank paper near the bottom of page 1 (points 100–300 × 770–790).
        let target: (x0: Double, y0: Double, x1: Double, y1: Double) = (100, 770, 300, 790)
        let points = try browser.execute(
            """
            const s = document.getElementById('page-1');
            const w = Number(s.dataset.width), h = Number(s.dataset.height);
            let r = s.getBoundingClientRect();
            window.scrollBy(0, r.top + r.height * arguments[1] / h - innerHeight / 2);
            r = s.getBoundingClientRect();
            return [r.left + r.width * arguments[0] / w, r.top + r.height * arguments[1] / h,
                    r.left + r.width * arguments[2] / w, r.top + r.height * arguments[3] / h];
            """, [target.x0, target.y0, target.x1, target.y1]) as? [Double]
        let p = try #require(points)
        try browser.drag(from: (Int(p[0].rounded()), Int(p[1].rounded())), to: (Int(p[2].rounded()), Int(p[3].rounded())))
        let areas = try browser.execute("return window.blacklineReview.decisions().areas") as? [[String: Any]] ?? []
        try #require(areas.count == 1, "the drag made no area")
        let area = areas[0]
        #expect(area["page"] as? Int == 1)
        for (key, expected) in [("x", target.x0), ("y", target.y0), ("width", target.x1 - target.x0), ("height", target.y1 - target.y0)] {
            #expect(abs((area[key] as? Double ?? -100) - expected) < 2.5, "area \(key)")
        }

        // A screenshot of the page as the reviewer sees it, from the top: the warning, page 1 with
        // its boxes and the area, the rejected name selected with its explanation open.
        try browser.setWindowSize(width: 1400, height: 1400)
        try browser.execute(
            """
            const item = document.querySelector('li.finding[data-id="' + arguments[0] + '"]');
            item.click();
            item.querySelector('details').open = true;
            item.scrollIntoView({ block: 'center' });
            window.scrollTo(0, 0);
            """, [rejected.id])
        try browser.wait(
            for: "const img = document.querySelector('#page-1 img'); return img.complete && img.naturalWidth > 0",
            what: "the page image")
        let screenshot = try browser.screenshot()
        let shot = folder.appendingPathComponent("review-page.png")
        try screenshot.write(to: shot)
        if let copy = ProcessInfo.processInfo.environment["BLACKLINE_SCREENSHOT"], !copy.isEmpty {
            try screenshot.write(to: URL(fileURLWithPath: copy))
        }
        #expect(screenshot.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        print("review page screenshot: \(shot.path)")

        // Export through the button; the download is the decisions file.
        try browser.click(try browser.find("#export"))
        let decisions = try browser.waitForDownload(named: "dev-01.decisions.json")
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: decisions)) as? [String: Any])
        #expect(exported["format"] as? String == "blackline-redaction-manifest")
        let input = exported["input"] as? [String: Any]
        let sha = try ProcessRunner.tool("sha256sum", [gold.pdf.path]).stdoutText.split(separator: " ").first.map(String.init)
        #expect(input?["sha256"] as? String == sha)
        let redactions = exported["redactions"] as? [[String: Any]] ?? []
        #expect(redactions.count == findings.count)
        #expect(redactions.allSatisfy { ($0["check"] as? String)?.count == 16 })
        #expect(redactions.filter { $0["decision"] as? String == "keep" }.map { $0["id"] as? String } == [rejected.id])
        // No document text in the export.
        let exportedText = try String(contentsOf: decisions, encoding: .utf8)
        for span in gold.protect where span.text.count >= 6 { #expect(!exportedText.contains(span.text)) }

        // Apply it.
        let output = folder.appendingPathComponent("out.pdf")
        let redacted = try ProcessRunner.blackline([
            "redact", gold.pdf.path, "--decisions", decisions.path, "-o", output.path, "--dpi", "72",
        ])
        try #require(redacted.status == 0, "\(redacted.stderrText)")
        #expect(redacted.stdoutText.contains("\(findings.count - 1) redactions, 1 kept, 1 area"))

        let page = try RasterProbe(pdf: output, page: 1, dpi: 72)
        // The rejected name is readable: some ink, mostly paper.
        for (_, r) in rejected.boxes {
            let dark = try #require(page.darkFraction(x: r[0], y: r[1], width: r[2], height: r[3]))
            #expect(dark > 0.03 && dark < 0.5, "rejected name at \(r): dark \(dark)")
        }
        // The area is black.
        let areaDark = try #require(page.darkFraction(x: target.x0, y: target.y0, width: target.x1 - target.x0, height: target.y1 - target.y0))
        #expect(areaDark > 0.95, "area: dark \(areaDark)")
        // Every other finding on page 1 is blacked out.
        for finding in findings where finding.id != rejected.id {
            for (boxPage, r) in finding.boxes where boxPage == 1 {
                guard let dark = page.darkFraction(x: r[0], y: r[1], width: r[2], height: r[3]) else { continue }
                #expect(dark > 0.6, "\(finding.id) (\(finding.category)) at \(r): dark \(dark)")
            }
        }
        // Keep only the screenshot: the page and the outputs hold (test) document text.
        for name in ["downloads", "review.html", "out.pdf"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    }
}
