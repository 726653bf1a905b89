import BlacklineCore
import Extraction
import FixtureKit
import Foundation
import PolicyEngine
import Redaction
import Testing

@testable import Review

/// Two redaction passes over one corpus document, written by the real pipeline.
struct TwoPasses {
    let folder: URL
    let document: ExtractedDocument
    let first: RedactionPass
    let second: RedactionPass

    static func make(
        _ input: URL, firstItems: [RedactionItem], secondItems: [RedactionItem], firstAreas: [AreaRedaction] = [],
        secondAreas: [AreaRedaction] = [], includeText: Bool = false
    ) throws -> TwoPasses {
        let folder = try Fixtures.temporaryFolder("blackline-diff")
        let document = try RedactionPipeline.load(.file(input), password: nil, workers: 2)
        let sha = try SHA256.hex(ofFileAt: input)
        var passes: [RedactionPass] = []
        for (n, (items, areas)) in [(firstItems, firstAreas), (secondItems, secondAreas)].enumerated() {
            let ext = input.pathExtension
            let job = RedactionJob(
                input: .file(input), output: folder.appendingPathComponent("out\(n).\(ext)"),
                manifest: folder.appendingPathComponent("m\(n).json"), manifestIncludesText: includeText,
                options: RedactionOptions(dpi: 36, workers: 2))
            _ = try RedactionPipeline.run(
                job, document: document, provenance: Provenance(input: .init(path: input.lastPathComponent, sha256: sha)),
                items: items, areas: areas)
            passes.append(try RedactionPass.load(from: folder.appendingPathComponent("m\(n).json"), displayName: "m\(n).json"))
        }
        return TwoPasses(folder: folder, document: document, first: passes[0], second: passes[1])
    }
}

@Suite("Manifest diff")
struct ManifestDiffTests {
    static func items(_ gold: CorpusDocument) -> [RedactionItem] {
        gold.protect.map {
            RedactionItem(
                start: $0.start, end: $0.end, page: 1, text: $0.text, category: Category($0.category), rule: "gold",
                exemptions: ["(b)(6)"], party: $0.who)
        }
    }

    @Test("added, removed and changed redactions are paired by id and by overlap, with the fields that differ")
    func changes() throws {
        let gold = try CorpusDocument.load("dev-03")
        let first = Self.items(gold)
        #expect(first.count > 10)
        var second = first
        let removed = second.remove(at: 0)
        second[1].decision = .keep
        second[2].category = "phone"
        second[3].action = Action(.mask, keepLast: 2)
        second[4].exemptions = ["(b)(7)(C)"]
        // Extend one span by a character to the left: another id, paired by overlap.
        let extended = second[5]
        second[5] = RedactionItem(
            start: extended.start - 1, end: extended.end, page: 1, text: "", category: extended.category, rule: "gold",
            exemptions: extended.exemptions)
        // A span the first pass did not have: a kept span of the gold file.
        let keep = try #require(gold.keep.first { span in !first.contains { $0.start < span.end && span.start < $0.end } })
        second.append(RedactionItem(start: keep.start, end: keep.end, page: 1, text: keep.text, category: "person-name", rule: "reviewer"))

        let passes = try TwoPasses.make(gold.txt, firstItems: first, secondItems: second)
        defer { try? FileManager.default.removeItem(at: passes.folder) }
        let diff = try ManifestDiff(passes.first, passes.second)
        #expect(diff.count(.added) == 1)
        #expect(diff.count(.removed) == 1)
        #expect(diff.count(.changed) == 5)
        #expect(diff.unchangedRedactions == first.count - 6)
        #expect(!diff.isIdentical)
        let byID = Dictionary(uniqueKeysWithValues: diff.redactions.map { (($0.first ?? $0.second)!.item.id, $0) })
        #expect(byID[removed.id]?.kind == .removed)
        #expect(byID[RedactionItem.stableID(start: keep.start, end: keep.end)]?.kind == .added)
        #expect(byID[first[2].id]?.fields == [.decision])
        #expect(byID[first[3].id]?.fields == [.category])
        #expect(byID[first[4].id]?.fields.contains(.action) == true)
        #expect(byID[first[4].id]?.fields.contains(.replacement) == true)
        #expect(byID[first[5].id]?.fields == [.exemptions])
        let overlap = try #require(byID[first[6].id])
        #expect(overlap.match == .overlap)
        #expect(overlap.fields.contains(.extent))
        #expect(overlap.second?.item.start == first[6].start - 1)
        // Changes come in document order.
        let starts = diff.redactions.map(\.extent.lowerBound)
        #expect(starts == starts.sorted())
    }

    @Test("context is masked unless asked for, and comes from the document or the manifests' texts")
    func context() throws {
        let gold = try CorpusDocument.load("dev-03")
        let first = Self.items(gold)
        let passes = try TwoPasses.make(gold.txt, firstItems: first, secondItems: Array(first.dropFirst()), includeText: true)
        defer { try? FileManager.default.removeItem(at: passes.folder) }
        let diff = try ManifestDiff(passes.first, passes.second)
        let change = try #require(diff.redactions.first)
        let scalars = Array(passes.document.text.unicodeScalars)
        let masked = try #require(diff.context(of: change, document: scalars, width: 12, showText: false))
        let shown = try #require(diff.context(of: change, document: scalars, width: 12, showText: true))
        #expect(shown.span == gold.protect[0].text.replacingOccurrences(of: "\n", with: "⏎"))
        #expect(shown.before.unicodeScalars.count == 12)
        #expect(masked.span.allSatisfy { !$0.isLetter })
        #expect(masked.span.count == shown.span.count)
        // Without the document, the manifests' own texts.
        let fromManifest = try #require(diff.context(of: change, document: nil, width: 12, showText: true))
        #expect(fromManifest.span == shown.span)
        let text = diff.text(document: scalars, contextWidth: 12, showText: false, color: false)
        #expect(text.contains("- removed \(first[0].id)"))
        #expect(!text.contains(gold.protect[0].text))
        #expect(text.contains("0 added, 1 removed, 0 changed, \(first.count - 1) unchanged"))
    }

    @Test("manifests of different inputs are refused")
    func differentInputs() throws {
        let a = try CorpusDocument.load("dev-03")
        let b = try CorpusDocument.load("dev-04")
        let passA = try TwoPasses.make(a.txt, firstItems: Self.items(a), secondItems: [])
        let passB = try TwoPasses.make(b.txt, firstItems: Self.items(b), secondItems: [])
        defer {
            try? FileManager.default.removeItem(at: passA.folder)
            try? FileManager.default.removeItem(at: passB.folder)
        }
        #expect(throws: ReviewError.self) { _ = try ManifestDiff(passA.first, passB.first) }
        do {
            _ = try ManifestDiff(passA.first, passB.first)
        } catch let error as ReviewError {
            #expect(error.kind == .badInput)
            #expect(error.message.contains("different inputs"))
        }
        let same = try ManifestDiff(passA.first, passA.first)
        #expect(same.isIdentical)
    }

    @Test("areas added, removed and moved on a PDF")
    func areas() throws {
        let gold = try CorpusDocument.load("dev-02")
        let box = TextBox(x: 300, y: 700, width: 150, height: 40)
        let firstAreas = [
            AreaRedaction(id: "signature", page: 1, box: box, reason: "signature"),
            AreaRedaction(id: "stamp", page: 1, box: TextBox(x: 50, y: 50, width: 60, height: 60), reason: "stamp"),
        ]
        let secondAreas = [
            AreaRedaction(id: "area-1", page: 1, box: TextBox(x: 310, y: 700, width: 150, height: 40), reason: "signature"),
            AreaRedaction(id: "area-2", page: 2, box: box, reason: "photo"),
        ]
        let passes = try TwoPasses.make(gold.pdf, firstItems: [], secondItems: [], firstAreas: firstAreas, secondAreas: secondAreas)
        defer { try? FileManager.default.removeItem(at: passes.folder) }
        let diff = try ManifestDiff(passes.first, passes.second)
        #expect(diff.areas.map(\.kind) == [.removed, .changed, .added])
        #expect(diff.areas[1].fields == [.extent])
        #expect(diff.areas[2].page == 2)
        let json = diff.json(document: nil, contextWidth: 10, showText: false)
        #expect(json["counts"]?["areasAdded"]?.intValue == 1)
        #expect(json["pages"]?.arrayValue?.count == 2)
    }
}

@Suite("Manifest diff: actions")
struct ManifestDiffActionTests {
    @Test("a label without a template is the default label; another template is a change")
    func labels() {
        var a = RedactionItem(start: 0, end: 5, page: 1, text: "Zorka", category: .personName, rule: "r", action: Action(.label), party: "victim-1")
        var b = a
        b.action = Action(.label, label: "[{PARTY}]")
        #expect(ManifestDiff.sameAction(a, b))
        b.action = Action(.label, label: "(b)(6)")
        #expect(!ManifestDiff.sameAction(a, b))
        a.action = Action(.mask, keepLast: 2)
        b.action = Action(.mask, keepLast: 3)
        #expect(!ManifestDiff.sameAction(a, b))
    }
}
