import FixtureKit
import Foundation
import Testing
@testable import PolicyEngine

/// The second, independent evaluation set (Tests/Fixtures/corpus-extra, extra-01 … extra-12; four of
/// them were held back during the quality pass and then measured it): other
/// people, wording and document types than the dev corpus. These tests check that the set is well formed,
/// print the evaluation figures and hold the figures of the quality pass; the baseline and the list of
/// misses are in Tests/Fixtures/corpus-extra/BASELINE.md, the figures after the pass in its README.
@Suite("The extra evaluation set (Tests/Fixtures/corpus-extra)")
struct ExtraCorpusTests {
    static let folder = Fixtures.root.appendingPathComponent("corpus-extra")

    static var ids: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
    }

    /// One gold span as written in the file, with its text.
    struct Span {
        var list: String
        var start: Int
        var end: Int
        var text: String
        var category: String
        var who: String?
    }

    static func spans(of id: String) throws -> (text: [Unicode.Scalar], language: String, spans: [Span]) {
        let gold = folder.appendingPathComponent("\(id).gold.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any])
        let text = try String(contentsOf: folder.appendingPathComponent("\(id).txt"), encoding: .utf8)
        var spans: [Span] = []
        for list in ["protect", "keep", "optional"] {
            for item in json[list] as? [[String: Any]] ?? [] {
                spans.append(Span(
                    list: list, start: item["start"] as? Int ?? -1, end: item["end"] as? Int ?? -1,
                    text: item["text"] as? String ?? "", category: item["category"] as? String ?? "", who: item["who"] as? String))
            }
        }
        return (Array(text.unicodeScalars), json["language"] as? String ?? "", spans)
    }

    /// Documents held back during the quality pass, which then measured it (README "Held-out measurement").
    static let heldBack: Set<Int> = [2, 5, 6, 9]

    @Test("all twelve documents, each with its text, PDF, case file and gold file")
    func files() {
        #expect(Self.ids == (1...12).map { String(format: "extra-%02d", $0) })
        for id in Self.ids {
            for suffix in [".txt", ".pdf", ".case.json"] {
                #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(id + suffix).path), "\(id)\(suffix)")
            }
        }
    }

    @Test("every gold span's text is the .txt at its Unicode scalar offsets; spans never overlap", arguments: ExtraCorpusTests.ids)
    func spansMatchText(id: String) throws {
        let (scalars, language, spans) = try Self.spans(of: id)
        #expect(["en", "sr-Latn", "sr-Cyrl", "bs", "hr", "mixed"].contains(language), "\(id): language \(language)")
        for span in spans {
            #expect(0 <= span.start && span.start < span.end && span.end <= scalars.count, "\(id) \(span.list) \(span.start)-\(span.end)")
            guard 0 <= span.start, span.start < span.end, span.end <= scalars.count else { continue }
            let text = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            #expect(text == span.text, "\(id) \(span.list) \(span.start)-\(span.end) \(span.category)")
            #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == text, "\(id) \(span.start): outer whitespace")
            if span.list == "protect" { #expect(span.who != nil, "\(id) \(span.start): protect span without who") }
        }
        let sorted = spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(a.end <= b.start, "\(id): \(a.list) \(a.start)-\(a.end) overlaps \(b.list) \(b.start)-\(b.end)")
        }
    }

    @Test("every document has protect and keep spans, and every case file loads", arguments: ExtraCorpusTests.ids)
    func protectKeepAndCase(id: String) throws {
        let (_, _, spans) = try Self.spans(of: id)
        #expect(spans.contains { $0.list == "protect" }, "\(id) has no protect span")
        #expect(spans.contains { $0.list == "keep" }, "\(id) has no keep span")
        let registry = try CaseRegistry.load(from: Self.folder.appendingPathComponent("\(id).case.json"), displayName: "\(id).case.json")
        #expect(!registry.parties.isEmpty, "\(id): the case file names no party")
        let gold = try GoldDocument.load(from: Self.folder.appendingPathComponent("\(id).gold.json"), displayName: "\(id).gold.json")
        #expect(gold.id == id)
    }

    /// Runs `blackline eval`'s evaluator with and without the case files and prints the figures. No
    /// recall target is asserted: the set measures how far the engine generalises (see BASELINE.md).
    @Test("the evaluator scores every document, with and without case files (figures printed, no target)")
    func evaluation() throws {
        for useCaseFiles in [true, false] {
            let report = try Evaluator.evaluate(folder: Self.folder, policy: try Policy.default(), useCaseFiles: useCaseFiles)
            #expect(report.documents.map(\.id) == Self.ids)
            #expect(report.overall.protectSpans > 0 && report.overall.keepSpans > 0)
            var lines = ["corpus-extra, \(useCaseFiles ? "with" : "without") case files:"]
            func row(_ name: String, _ t: Evaluator.Tally) -> String {
                "  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) protect \(t.protectSpans) recall "
                    + String(format: "%.3f", t.recall) + " partial " + String(format: "%.3f", t.partialRecall)
                    + " keep \(t.keepSpans) violated \(t.keepViolations) extra \(t.extraCharacters)"
            }
            for (language, tally) in report.byLanguage { lines.append(row(language, tally)) }
            lines.append(row("overall", report.overall))
            print(lines.joined(separator: "\n"))
        }
    }

    /// The figures the quality pass reached on the eight documents present while it was done
    /// (README "After the quality pass"), raised to the second pass's figures (README "Second
    /// pass": 182 of 182 with case files, 178 of 182 without), with a small margin: they must not
    /// fall back. Only those eight count here; the held-back four are measured apart below.
    @Test("the figures of the quality pass hold on the eight documents it was measured on")
    func qualityPassFigures() throws {
        let measured = Set((1...12).filter { !Self.heldBack.contains($0) }.map { String(format: "extra-%02d", $0) })
        for (useCaseFiles, minimumRecall, maximumViolations, maximumExtra) in [(true, 0.995, 0, 5), (false, 0.975, 0, 5)] {
            let report = try Evaluator.evaluate(folder: Self.folder, policy: try Policy.default(), useCaseFiles: useCaseFiles)
            var tally = Evaluator.Tally()
            for document in report.documents where measured.contains(document.id) { tally.add(document.tally) }
            let label = useCaseFiles ? "with case files" : "without case files"
            #expect(tally.protectSpans == 182, "\(label): \(tally.protectSpans) protect spans")
            #expect(tally.recall >= minimumRecall, "\(label): recall \(tally.recall)")
            #expect(tally.keepViolations <= maximumViolations, "\(label): \(tally.keepViolations) keep violations")
            #expect(tally.extraCharacters <= maximumExtra, "\(label): \(tally.extraCharacters) extra characters")
        }
    }

    /// The held-out measurement of the quality pass on the four documents it never saw (README
    /// "Held-out measurement": 64 of 79 with case files, 54 of 79 without), raised to the second
    /// pass's figures (README "Second pass": 79 of 79 and 76 of 79; no longer held-out figures, the
    /// second pass was developed on these documents): later work must not fall below them.
    @Test("the held-out figures of the four held-back documents do not fall back")
    func heldOutFigures() throws {
        let measured = Set(Self.heldBack.map { String(format: "extra-%02d", $0) })
        for (useCaseFiles, minimumFound, maximumViolations, maximumExtra) in [(true, 79, 0, 5), (false, 76, 2, 10)] {
            let report = try Evaluator.evaluate(folder: Self.folder, policy: try Policy.default(), useCaseFiles: useCaseFiles)
            var tally = Evaluator.Tally()
            for document in report.documents where measured.contains(document.id) { tally.add(document.tally) }
            let label = useCaseFiles ? "with case files" : "without case files"
            #expect(tally.protectSpans == 79, "\(label): \(tally.protectSpans) protect spans")
            #expect(Int((tally.recall * Double(tally.protectSpans)).rounded()) >= minimumFound, "\(label): recall \(tally.recall)")
            #expect(tally.keepViolations <= maximumViolations, "\(label): \(tally.keepViolations) keep violations")
            #expect(tally.extraCharacters <= maximumExtra, "\(label): \(tally.extraCharacters) extra characters")
        }
    }
}
