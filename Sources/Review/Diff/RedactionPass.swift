import BlacklineCore
import Extraction
import Foundation
import Redaction

/// One redaction pass over a document, read from its manifest (docs/manifest-format.md): the
/// redactions and areas exactly as `blackline redact --decisions` would apply them
/// (`DecisionsFile`), plus what a comparison shows besides — each redaction's page, boxes and
/// replacement, and the input's name, format and page count.
public struct RedactionPass: Sendable {
    /// One redaction of the pass.
    public struct Entry: Equatable, Sendable {
        public var item: RedactionItem
        /// Page where the span starts, as the manifest gives it (1 when it gives none).
        public var page: Int
        /// Boxes drawn for it (PDF only).
        public var boxes: [PageBox]
        /// What the output showed instead, for applied redactions.
        public var replacement: String?
    }

    /// The manifest as the user named it.
    public var name: String
    public var decisions: DecisionsFile
    public var entries: [Entry]
    public var inputPath: String?
    /// `pdf` or `text`.
    public var inputFormat: String?
    public var pageCount: Int?
    public var caseFile: String?
    /// True when the manifest holds the redacted texts (`--manifest-include-text`).
    public var includesText: Bool

    public var inputSHA256: String { decisions.inputSHA256 }
    public var policyName: String? { decisions.policyName }
    public var areas: [AreaRedaction] { decisions.areas }

    /// Reads a manifest; errors name the file, line and column, never the document's text.
    public static func load(from url: URL, displayName: String) throws -> RedactionPass {
        let decisions = try DecisionsFile.load(from: url, displayName: displayName)
        // DecisionsFile read and checked everything it applies; the rest is read leniently here.
        let root = try JSONNode.parse(contentsOf: url, displayName: displayName).value
        let input = root["input"]
        let nodes = root["redactions"]?.arrayValue ?? []
        var entries: [Entry] = []
        for (index, item) in decisions.items.enumerated() {
            let node = index < nodes.count ? nodes[index] : .null
            let boxes: [PageBox] = (node["boxes"]?.arrayValue ?? []).compactMap { box in
                guard let x = box["x"]?.doubleValue, let y = box["y"]?.doubleValue, let w = box["width"]?.doubleValue,
                    let h = box["height"]?.doubleValue
                else { return nil }
                return PageBox(page: box["page"]?.intValue ?? 1, box: TextBox(x: x, y: y, width: w, height: h))
            }
            entries.append(
                Entry(item: item, page: node["page"]?.intValue ?? 1, boxes: boxes, replacement: node["replacement"]?.stringValue))
        }
        return RedactionPass(
            name: displayName, decisions: decisions, entries: entries, inputPath: input?["path"]?.stringValue,
            inputFormat: input?["format"]?.stringValue, pageCount: input?["pages"]?.intValue,
            caseFile: root["case"]?["path"]?.stringValue, includesText: root["options"]?["includesText"]?.boolValue == true && entries.allSatisfy { !$0.item.text.isEmpty })
    }

    /// True when the file looks like a redaction manifest — a JSON object that names the format
    /// near its start, or any JSON object in a `.json` file (which `load` then checks) — so that
    /// `diff` can tell manifests from texts.
    public static func isManifest(at url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4096) else { return false }
        guard let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") else { return false }
        return url.pathExtension.lowercased() == "json" || String(decoding: head, as: UTF8.self).contains(RedactionManifest.formatName)
    }
}
