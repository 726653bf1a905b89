import BlacklineCore
import Extraction
import Foundation

/// Scores the engine against a gold corpus folder (`ID.txt`, `ID.case.json`, `ID.gold.json`).
///
/// A protect span counts as found only when every non-space character of it is covered by a
/// finding (full cover); partial recall counts spans with any covered character. A keep span
/// with any covered character is a violation. Extra characters are covered characters outside
/// every protect and optional span.
public enum Evaluator {
    /// Counts for one group (a document, a language, a category or everything).
    public struct Tally: Sendable, Equatable {
        public var protectSpans = 0
        public var fullyCovered = 0
        public var partiallyCovered = 0
        public var keepSpans = 0
        public var keepViolations = 0
        public var extraCharacters = 0

        public var recall: Double { protectSpans == 0 ? 1 : Double(fullyCovered) / Double(protectSpans) }
        public var partialRecall: Double { protectSpans == 0 ? 1 : Double(partiallyCovered) / Double(protectSpans) }

        mutating func add(_ other: Tally) {
            protectSpans += other.protectSpans
            fullyCovered += other.fullyCovered
            partiallyCovered += other.partiallyCovered
            keepSpans += other.keepSpans
            keepViolations += other.keepViolations
            extraCharacters += other.extraCharacters
        }
    }

    /// A gold span the engine got wrong (a miss or a keep violation).
    public struct Problem: Sendable {
        public var document: String
        public var start: Int
        public var end: Int
        public var category: String
        public var kind: String  // "missed", "partial", "keep-violation"
        /// The span's text (only printed on request: it is document text).
        public var text: String
    }

    public struct DocumentResult: Sendable {
        public var id: String
        public var language: String
        public var tally: Tally
        public var byCategory: [String: Tally]
    }

    public struct Report: Sendable {
        public var policy: String
        public var usedCaseFiles: Bool
        public var documents: [DocumentResult]
        public var problems: [Problem]

        public var overall: Tally { documents.reduce(into: Tally()) { $0.add($1.tally) } }

        public var byLanguage: [(String, Tally)] {
            Dictionary(grouping: documents, by: \.language).map { ($0.key, $0.value.reduce(into: Tally()) { $0.add($1.tally) }) }
                .sorted { $0.0 < $1.0 }
        }

        public var byCategory: [(String, Tally)] {
            var merged: [String: Tally] = [:]
            for d in documents { for (c, t) in d.byCategory { merged[c, default: Tally()].add(t) } }
            return merged.sorted { $0.key < $1.key }
        }
    }

    /// Runs the engine on every `ID.txt` of `folder` that has an `ID.gold.json`.
    public static func evaluate(folder: URL, policy: Policy, useCaseFiles: Bool) throws -> Report {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let ids = names.filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }
            .filter { names.contains($0 + ".txt") }.sorted()
        guard !ids.isEmpty else {
            throw GeneralError(.missingInput, "no ID.txt with ID.gold.json in \(folder.path)")
        }
        let plain = try PolicyEngine(policy: policy, registry: nil)
        var documents: [DocumentResult] = []
        var problems: [Problem] = []
        for id in ids {
            let gold = try GoldDocument.load(from: folder.appendingPathComponent(id + ".gold.json"), displayName: id + ".gold.json")
            let textURL = folder.appendingPathComponent(id + ".txt")
            let document = try PlainTextLoader.load(.file(textURL, displayName: id + ".txt"))
            let caseURL = folder.appendingPathComponent(id + ".case.json")
            var engine = plain
            if useCaseFiles, FileManager.default.fileExists(atPath: caseURL.path) {
                engine = try PolicyEngine(policy: policy, registry: try CaseRegistry.load(from: caseURL, displayName: id + ".case.json"))
            }
            let findings = try engine.scan(document)
            let (result, docProblems) = score(id: id, gold: gold, text: document.text, findings: findings)
            documents.append(result)
            problems += docProblems
        }
        return Report(policy: policy.name, usedCaseFiles: useCaseFiles, documents: documents, problems: problems)
    }

    /// Scores findings on one text against its gold spans.
    public static func score(id: String, gold: GoldDocument, text: String, findings: [Finding]) -> (DocumentResult, [Problem]) {
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        for f in findings where f.action.kind != .keep {
            for i in max(0, f.start)..<min(scalars.count, f.end) { covered[i] = true }
        }
        var tally = Tally()
        var byCategory: [String: Tally] = [:]
        var problems: [Problem] = []
        func spanText(_ s: GoldDocument.Span) -> String {
            String(String.UnicodeScalarView(scalars[min(s.start, scalars.count)..<min(s.end, scalars.count)]))
        }
        var inside = [Bool](repeating: false, count: scalars.count)
        for span in gold.protect + gold.optional {
            for i in span.start..<min(span.end, scalars.count) { inside[i] = true }
        }
        for span in gold.protect {
            let indices = (span.start..<min(span.end, scalars.count)).filter { !scalars[$0].properties.isWhitespace }
            let full = indices.allSatisfy { covered[$0] }
            let partial = indices.contains { covered[$0] }
            var t = Tally()
            t.protectSpans = 1
            t.fullyCovered = full ? 1 : 0
            t.partiallyCovered = partial ? 1 : 0
            tally.add(t)
            byCategory[span.category, default: Tally()].add(t)
            if !full {
                problems.append(Problem(document: id, start: span.start, end: span.end, category: span.category, kind: partial ? "partial" : "missed", text: spanText(span)))
            }
        }
        for span in gold.keep {
            var t = Tally()
            t.keepSpans = 1
            if (span.start..<min(span.end, scalars.count)).contains(where: { covered[$0] }) {
                t.keepViolations = 1
                problems.append(Problem(document: id, start: span.start, end: span.end, category: span.category, kind: "keep-violation", text: spanText(span)))
            }
            tally.add(t)
            byCategory[span.category, default: Tally()].add(t)
        }
        tally.extraCharacters = (0..<scalars.count).filter { covered[$0] && !inside[$0] && !scalars[$0].properties.isWhitespace }.count
        return (DocumentResult(id: id, language: gold.language, tally: tally, byCategory: byCategory), problems)
    }
}
