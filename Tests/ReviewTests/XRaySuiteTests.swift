import BlacklineCore
import FixtureKit
import Foundation
import Testing
@testable import Review

/// Free Law Project x-ray's test PDFs: the verdict of the "text under a box" check must match
/// `expected.json` (`unclear` counts neither way).
@Suite("verify on x-ray's test suite")
struct XRaySuiteTests {
    static let expected: [(file: String, verdict: String)] = {
        guard let node = try? JSONNode.parse(contentsOf: Fixtures.xray.appendingPathComponent("expected.json")) else { return [] }
        return node.members.compactMap { member in
            (try? member.value.required("verdict", in: member.key).requireString("verdict")).map { (member.key, $0) }
        }
    }()

    static var files: [String] { expected.map(\.file) }

    @Test("expected.json lists every PDF of the suite")
    func suiteIsComplete() throws {
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: Fixtures.xray.path).filter { $0.hasSuffix(".pdf") }
        #expect(Set(pdfs) == Set(Self.files))
        #expect(Self.expected.contains { $0.verdict == "unsafe" } && Self.expected.contains { $0.verdict == "safe" })
    }

    @Test("the text-under-box verdict matches", arguments: files)
    func verdict(file: String) throws {
        let expected = try #require(Self.expected.first { $0.file == file }?.verdict)
        let report = try VerifyTestSupport.verify(Fixtures.xray.appendingPathComponent(file))
        let underBox = report.problems(.textUnderBox, .leak)
        switch expected {
        case "unsafe":
            #expect(!underBox.isEmpty)
            #expect(underBox.allSatisfy { $0.page != nil && $0.box != nil && ($0.text?.isEmpty == false) })
        case "safe":
            #expect(underBox.isEmpty, "\(underBox.count) false leaks, first: \(underBox.first?.hint ?? "")")
        default:
            break  // unclear: counts neither way
        }
    }

    @Test("the cross-hatched boxes are caught with what they cover")
    func crossHatched() throws {
        let report = try VerifyTestSupport.verify(Fixtures.xray.appendingPathComponent("bad_cross_hatched_redactions.pdf"))
        let text = report.leakedText(.textUnderBox)
        for hidden in ["November 2019", "accounts and devices not belonging to the defendants", "Yuriy Lutsenko"] {
            #expect(text.contains(hidden))
        }
        // Visible text around the boxes is not reported.
        #expect(!text.contains("Rudolph Giuliani"))
    }

    @Test("the three boxes of rectangles_yes.pdf are three findings")
    func rectanglesYes() throws {
        let report = try VerifyTestSupport.verify(Fixtures.xray.appendingPathComponent("rectangles_yes.pdf"))
        #expect(report.problems(.textUnderBox, .leak).count == 3)
    }

    @Test("labels written inside boxes on a scanned page are warnings, not leaks")
    func boxLabelsOnScan() throws {
        let report = try VerifyTestSupport.verify(Fixtures.xray.appendingPathComponent("no_bad_redactions.8.1.pdf"))
        let labels = report.problems(.textUnderBox, .warning)
        #expect(!labels.isEmpty)
        #expect(labels.allSatisfy { $0.text?.contains("3/23/201") == true })
    }
}
