import BlacklineCore
import Extraction
import Foundation
import PolicyEngine
import Redaction

/// Everything a review page shows and exports: the document (with character boxes), the proposed
/// redactions with their explanations and boxes, the areas, and the manifest that the page's
/// export button writes back with the reviewer's decisions.
public struct ReviewPlan: Sendable {
    /// The input; its pages are rendered again for the page images.
    public let source: DocumentSource
    public let password: String?
    /// The input as the user named it.
    public let inputPath: String
    public let inputSHA256: String
    public let document: ExtractedDocument
    public let entries: [ReviewEntry]
    public let areas: [AreaRedaction]
    public let policyName: String?
    /// The decisions file the page exports, before the reviewer's changes: the manifest format
    /// without any document text (or the manifest the review started from, as it was).
    public let template: JSONValue

    /// Reads the input with one box per character (PDF) or as it is (text).
    public static func loadDocument(_ source: DocumentSource, password: String?, workers: Int) throws -> ExtractedDocument {
        try Extractor.extract(source, options: ExtractionOptions(password: password, includeBoxes: true, workers: workers))
    }

    /// A plan for proposed redactions (from detection or a findings file).
    ///
    /// - Parameters:
    ///   - items: the proposals; their texts are checked against the document.
    ///   - explanations: the engine's explanations by item id, where known.
    ///   - provenance: the input, policy, case file and findings file, for the exported manifest.
    public init(
        source: DocumentSource, password: String?, document: ExtractedDocument, provenance: Provenance, items: [RedactionItem],
        explanations: [String: Explanation] = [:], options: RedactionOptions = RedactionOptions()
    ) throws {
        let plan = try RedactionPlan(document: document, items: items, areas: [], operators: OperatorSet(), options: options)
        let entries = try ReviewPlan.entries(plan, document: document, explanations: explanations, options: options)
        self.source = source
        self.password = password
        inputPath = provenance.input.path
        inputSHA256 = provenance.input.sha256
        self.document = document
        self.entries = entries
        areas = []
        policyName = provenance.policyName
        template = ReviewPlan.template(document: document, provenance: provenance, entries: entries, outcomes: plan.outcomes)
    }

    /// A plan for a manifest made earlier (`blackline redact --manifest`), to review it again: its
    /// decisions and areas are shown as they are, and the export is that manifest with the
    /// reviewer's changes.
    public init(
        source: DocumentSource, password: String?, document: ExtractedDocument, inputPath: String, inputSHA256: String,
        manifest url: URL, manifestName: String, options: RedactionOptions = RedactionOptions()
    ) throws {
        let decisions = try DecisionsFile.load(from: url, displayName: manifestName)
        try decisions.verify(against: document, inputSHA256: inputSHA256, displayName: manifestName)
        if document.format == .plainText, !decisions.areas.isEmpty {
            throw ReviewError(.mismatch, "\(manifestName): areas need a PDF input, but \(inputPath) is a text")
        }
        let plan = try RedactionPlan(
            document: document, items: decisions.items, areas: decisions.areas, operators: OperatorSet(), options: options)
        let entries = try ReviewPlan.entries(plan, document: document, explanations: [:], options: options)
        self.source = source
        self.password = password
        self.inputPath = inputPath
        self.inputSHA256 = inputSHA256
        self.document = document
        self.entries = entries
        areas = decisions.areas
        policyName = decisions.policyName
        template = ReviewPlan.withoutText(try JSONNode.parse(contentsOf: url, displayName: manifestName).value)
    }

    /// The checked items of `plan` with their explanations, boxes, replacements and fingerprints.
    static func entries(
        _ plan: RedactionPlan, document: ExtractedDocument, explanations: [String: Explanation], options: RedactionOptions
    ) throws -> [ReviewEntry] {
        let boxes = document.format == .pdf ? try ProposedBoxes.compute(plan.items, document: document, options: options) : []
        let check = SpanCheck(documentText: document.text)
        return plan.items.enumerated().map { index, item in
            ReviewEntry(
                item: item, explanation: explanations[item.id], boxes: boxes.isEmpty ? [] : boxes[index],
                replacement: plan.outcomes[index]?.replacement, check: check.fingerprint(item.text))
        }
    }

    /// A manifest without the redacted texts (`--manifest-include-text`): the export holds none.
    static func withoutText(_ manifest: JSONValue) -> JSONValue {
        guard case .object(let members) = manifest else { return manifest }
        return .object(
            members.map { key, value in
                switch (key, value) {
                case ("redactions", .array(let list)):
                    return (key, .array(list.map { entry in
                        guard case .object(let fields) = entry else { return entry }
                        return .object(fields.filter { $0.0 != "text" })
                    }))
                case ("options", .object(let fields)):
                    return (key, .object(fields.map { $0.0 == "includesText" ? ($0.0, .bool(false)) : $0 }))
                default:
                    return (key, value)
                }
            })
    }
}
