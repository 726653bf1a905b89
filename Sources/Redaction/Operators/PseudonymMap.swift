import BlacklineCore
import Foundation
import PolicyEngine

/// Assigns labels such as `[VICTIM-1]` consistently: the same party gets the same label everywhere
/// in a document and, when the map is loaded from and saved to a file, across a batch.
///
/// A finding with a party key (`victim-1`) is identified by that key, so a batch redacted with one
/// case file labels each person the same in every document. A finding without a party is identified
/// by its category and its text folded for case, diacritics and spacing; the file stores only a
/// SHA-256 of that text, but it can still confirm a guessed name, so **keep label-map files as
/// confidential as the documents**.
///
/// Safe to share between threads.
public final class PseudonymMap: @unchecked Sendable {
    // `labels`, `counters` and `order` are guarded by `lock`.
    private let lock = NSLock()
    private var labels: [String: String] = [:]
    private var order: [String] = []
    private var counters: [String: Int] = [:]

    public init() {}

    /// The number of identities labelled so far.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return order.count
    }

    /// The label of `item` under `template`, assigning a new one on first sight.
    ///
    /// Template placeholders: `{PARTY}` (the party key in capitals, e.g. `VICTIM-1`, or the
    /// category and a number when there is no party), `{CATEGORY}` (e.g. `PERSON-NAME`), `{N}`
    /// (a number per category, counted from 1 in order of first appearance), `{EXEMPTIONS}`.
    /// A template without placeholders, such as `(b)(6)`, is used as it is.
    public func label(for item: RedactionItem, template: String?) -> String {
        let template = template ?? "[{PARTY}]"
        let key = PseudonymMap.identityKey(for: item) + "|" + template
        lock.lock()
        defer { lock.unlock() }
        if let known = labels[key] { return known }
        let category = item.category.rawValue.uppercased()
        var number = 0
        if template.contains("{N}") || (template.contains("{PARTY}") && item.party == nil) {
            number = (counters[category] ?? 0) + 1
            counters[category] = number
        }
        let party = item.party.map { $0.uppercased() } ?? "\(category)-\(number)"
        let label = template
            .replacingOccurrences(of: "{PARTY}", with: party)
            .replacingOccurrences(of: "{CATEGORY}", with: category)
            .replacingOccurrences(of: "{N}", with: String(number))
            .replacingOccurrences(of: "{EXEMPTIONS}", with: item.exemptions.joined(separator: ", "))
        labels[key] = label
        order.append(key)
        return label
    }

    /// What identifies the person or thing a span names.
    static func identityKey(for item: RedactionItem) -> String {
        if let party = item.party, !party.isEmpty { return "party:\(party)" }
        let folded = item.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace || $0 == "-" }).joined(separator: " ")
        return "text:\(item.category.rawValue):\(SHA256.hex(of: folded))"
    }

    // MARK: File

    static let formatName = "blackline-label-map"

    /// Loads a map written by `write(to:)`; a missing file is an empty map (the first document of a batch).
    public static func load(from url: URL, displayName: String) throws -> PseudonymMap {
        let map = PseudonymMap()
        guard FileManager.default.fileExists(atPath: url.path) else { return map }
        guard let data = try? Data(contentsOf: url) else {
            throw GeneralError(.missingInput, "\(displayName): cannot read the label map")
        }
        let root = try JSONNode.parse(String(decoding: data, as: UTF8.self), file: displayName)
        try root.rejectUnknownKeys(["format", "version", "labels", "counters"], in: "the label map")
        guard try root.required("format", in: "the label map").requireString("format") == formatName else {
            throw root.error("not a Blackline label map (\"format\" must be \"\(formatName)\")")
        }
        for entry in try root.required("labels", in: "the label map").requireArray("labels") {
            try entry.rejectUnknownKeys(["key", "label"], in: "a label entry")
            let key = try entry.required("key", in: "a label entry").requireString("key")
            let label = try entry.required("label", in: "a label entry").requireString("label")
            if map.labels[key] == nil { map.order.append(key) }
            map.labels[key] = label
        }
        if let counters = root["counters"] {
            for member in try counters.requireObject("counters") {
                map.counters[member.key] = try member.value.requireInt("counters.\(member.key)")
            }
        }
        return map
    }

    /// The map as JSON, entries in order of first appearance.
    public func json() -> JSONValue {
        lock.lock()
        defer { lock.unlock() }
        return .object([
            ("format", .string(PseudonymMap.formatName)), ("version", 1),
            ("labels", .array(order.map { .object([("key", .string($0)), ("label", .string(labels[$0] ?? ""))]) })),
            ("counters", .object(counters.keys.sorted().map { ($0, .integer(counters[$0] ?? 0)) })),
        ])
    }

    /// Writes the map atomically.
    public func write(to url: URL) throws {
        try AtomicFile.write(json().serialized(pretty: true) + "\n", to: url)
    }
}
