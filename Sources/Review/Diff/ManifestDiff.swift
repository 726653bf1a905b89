import Extraction
import Foundation
import Redaction

/// What changed between two redaction passes over the same document (a first pass and a
/// reviewer's, policy v1 and v2): redactions added, removed and changed, and areas.
///
/// Redactions are paired by id (`r<start>-<end>`: the same span), then the rest by overlapping
/// extent, largest overlap first, one to one. A pair differs in its extent, category,
/// exemptions, action, decision or replacement.
public struct ManifestDiff: Sendable {
    public enum Kind: String, Sendable {
        case added
        case removed
        case changed
    }

    /// How a changed pair was found.
    public enum Match: String, Sendable {
        case id
        case overlap
    }

    /// A property of a redaction that can differ between passes.
    public enum Field: String, Sendable, CaseIterable {
        case extent
        case category
        case exemptions
        case action
        case decision
        case replacement
    }

    /// A property of an area that can differ between passes.
    public enum AreaField: String, Sendable, CaseIterable {
        case extent
        case exemptions
        case reason
        case decision
    }

    public struct RedactionChange: Sendable {
        public var kind: Kind
        public var match: Match?
        /// The redaction in the first pass (nil when added).
        public var first: RedactionPass.Entry?
        /// The redaction in the second pass (nil when removed).
        public var second: RedactionPass.Entry?
        public var fields: [Field]

        public var page: Int { first?.page ?? second?.page ?? 1 }
        /// The offsets the change covers in either pass.
        public var extent: Range<Int> {
            let spans = [first, second].compactMap { $0 }.map { $0.item.start..<$0.item.end }
            return spans.map(\.lowerBound).min()!..<spans.map(\.upperBound).max()!
        }
    }

    public struct AreaChange: Sendable {
        public var kind: Kind
        public var first: AreaRedaction?
        public var second: AreaRedaction?
        public var fields: [AreaField]

        public var page: Int { first?.page ?? second?.page ?? 1 }
    }

    public let first: RedactionPass
    public let second: RedactionPass
    /// Changes by page, then by position.
    public let redactions: [RedactionChange]
    public let areas: [AreaChange]
    public let unchangedRedactions: Int
    public let unchangedAreas: Int

    /// Compares two passes; refuses passes over different inputs.
    public init(_ first: RedactionPass, _ second: RedactionPass) throws {
        guard first.inputSHA256.lowercased() == second.inputSHA256.lowercased() else {
            func describe(_ pass: RedactionPass) -> String {
                "\(pass.name) is for \(pass.inputPath ?? "an input") (SHA-256 \(pass.inputSHA256.prefix(12))…)"
            }
            throw ReviewError(
                .differentInputs,
                "the manifests were made for different inputs: \(describe(first)), \(describe(second)); diff compares two redaction passes over the same document")
        }
        self.first = first
        self.second = second
        (redactions, unchangedRedactions) = ManifestDiff.compareRedactions(first.entries, second.entries)
        (areas, unchangedAreas) = ManifestDiff.compareAreas(first.areas, second.areas)
    }

    /// True when the passes redact the same way.
    public var isIdentical: Bool { redactions.isEmpty && areas.isEmpty }

    public func count(_ kind: Kind) -> Int { redactions.filter { $0.kind == kind }.count }
    public func areaCount(_ kind: Kind) -> Int { areas.filter { $0.kind == kind }.count }

    // MARK: Pairing

    static func compareRedactions(_ a: [RedactionPass.Entry], _ b: [RedactionPass.Entry]) -> ([RedactionChange], Int) {
        var pairs: [(Int, Int, Match)] = []
        var usedA = [Bool](repeating: false, count: a.count)
        var usedB = [Bool](repeating: false, count: b.count)
        var byID: [String: Int] = [:]
        for (index, entry) in b.enumerated() where byID[entry.item.id] == nil { byID[entry.item.id] = index }
        for (index, entry) in a.enumerated() {
            guard let other = byID[entry.item.id], !usedB[other] else { continue }
            pairs.append((index, other, .id))
            usedA[index] = true
            usedB[other] = true
        }
        let restA = a.indices.filter { !usedA[$0] }.map { ($0, a[$0].item.start..<a[$0].item.end) }
        let restB = b.indices.filter { !usedB[$0] }.map { ($0, b[$0].item.start..<b[$0].item.end) }
        for (i, j) in overlappingPairs(restA, restB) {
            pairs.append((i, j, .overlap))
            usedA[i] = true
            usedB[j] = true
        }
        var changes: [RedactionChange] = []
        var unchanged = 0
        for (i, j, match) in pairs {
            let fields = differences(a[i], b[j])
            if fields.isEmpty {
                unchanged += 1
            } else {
                changes.append(RedactionChange(kind: .changed, match: match, first: a[i], second: b[j], fields: fields))
            }
        }
        for i in a.indices where !usedA[i] { changes.append(RedactionChange(kind: .removed, first: a[i], fields: [])) }
        for j in b.indices where !usedB[j] { changes.append(RedactionChange(kind: .added, second: b[j], fields: [])) }
        changes.sort { ($0.page, $0.extent.lowerBound, $0.extent.upperBound, $0.kind.rawValue) < ($1.page, $1.extent.lowerBound, $1.extent.upperBound, $1.kind.rawValue) }
        return (changes, unchanged)
    }

    /// One-to-one pairs of overlapping ranges, the largest overlaps first.
    static func overlappingPairs(_ a: [(Int, Range<Int>)], _ b: [(Int, Range<Int>)]) -> [(Int, Int)] {
        let sortedB = b.sorted { $0.1.lowerBound < $1.1.lowerBound }
        var candidates: [(overlap: Int, i: Int, j: Int)] = []
        for (i, range) in a {
            // Ranges of b that start before this one ends; those that also end after it starts overlap.
            var low = 0, high = sortedB.count
            while low < high {
                let mid = (low + high) / 2
                if sortedB[mid].1.lowerBound < range.upperBound { low = mid + 1 } else { high = mid }
            }
            for (j, other) in sortedB[..<low] where other.upperBound > range.lowerBound {
                candidates.append((min(range.upperBound, other.upperBound) - max(range.lowerBound, other.lowerBound), i, j))
            }
        }
        candidates.sort { ($1.overlap, $0.i, $0.j) < ($0.overlap, $1.i, $1.j) }
        var takenA = Set<Int>(), takenB = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !takenA.contains(candidate.i) && !takenB.contains(candidate.j) {
            takenA.insert(candidate.i)
            takenB.insert(candidate.j)
            pairs.append((candidate.i, candidate.j))
        }
        return pairs
    }

    static func differences(_ a: RedactionPass.Entry, _ b: RedactionPass.Entry) -> [Field] {
        var fields: [Field] = []
        if a.item.start != b.item.start || a.item.end != b.item.end { fields.append(.extent) }
        if a.item.category != b.item.category { fields.append(.category) }
        if a.item.exemptions.sorted() != b.item.exemptions.sorted() { fields.append(.exemptions) }
        if !sameAction(a.item, b.item) { fields.append(.action) }
        if a.item.decision != b.item.decision { fields.append(.decision) }
        if let x = a.replacement, let y = b.replacement, x != y { fields.append(.replacement) }
        return fields
    }

    /// Actions that do the same: equal, or labels whose templates give the same label (a findings
    /// file names only `"label"`, which means the operator's default template).
    static func sameAction(_ a: RedactionItem, _ b: RedactionItem) -> Bool {
        if a.action == b.action { return true }
        guard a.action.kind == .label, b.action.kind == .label, a.action.keepLast == b.action.keepLast else { return false }
        return PseudonymMap().label(for: a, template: a.action.label) == PseudonymMap().label(for: a, template: b.action.label)
    }

    static func compareAreas(_ a: [AreaRedaction], _ b: [AreaRedaction]) -> ([AreaChange], Int) {
        func same(_ x: TextBox, _ y: TextBox) -> Bool {
            abs(x.x - y.x) < 0.01 && abs(x.y - y.y) < 0.01 && abs(x.width - y.width) < 0.01 && abs(x.height - y.height) < 0.01
        }
        var usedA = [Bool](repeating: false, count: a.count)
        var usedB = [Bool](repeating: false, count: b.count)
        var pairs: [(Int, Int)] = []
        for i in a.indices {
            guard let j = b.indices.first(where: { !usedB[$0] && b[$0].page == a[i].page && same(b[$0].box, a[i].box) }) else { continue }
            usedA[i] = true
            usedB[j] = true
            pairs.append((i, j))
        }
        // Then areas that overlap on the same page, the largest overlap first.
        var candidates: [(overlap: Double, i: Int, j: Int)] = []
        for i in a.indices where !usedA[i] {
            for j in b.indices where !usedB[j] && b[j].page == a[i].page {
                guard let common = a[i].box.intersection(b[j].box), !common.isEmpty else { continue }
                candidates.append((common.width * common.height, i, j))
            }
        }
        candidates.sort { ($1.overlap, $0.i, $0.j) < ($0.overlap, $1.i, $1.j) }
        for candidate in candidates where !usedA[candidate.i] && !usedB[candidate.j] {
            usedA[candidate.i] = true
            usedB[candidate.j] = true
            pairs.append((candidate.i, candidate.j))
        }
        var changes: [AreaChange] = []
        var unchanged = 0
        for (i, j) in pairs {
            var fields: [AreaField] = []
            if !same(a[i].box, b[j].box) { fields.append(.extent) }
            if a[i].exemptions.sorted() != b[j].exemptions.sorted() { fields.append(.exemptions) }
            if a[i].reason != b[j].reason { fields.append(.reason) }
            if a[i].decision != b[j].decision { fields.append(.decision) }
            if fields.isEmpty {
                unchanged += 1
            } else {
                changes.append(AreaChange(kind: .changed, first: a[i], second: b[j], fields: fields))
            }
        }
        for i in a.indices where !usedA[i] { changes.append(AreaChange(kind: .removed, first: a[i], fields: [])) }
        for j in b.indices where !usedB[j] { changes.append(AreaChange(kind: .added, second: b[j], fields: [])) }
        changes.sort {
            let x = $0.first ?? $0.second!, y = $1.first ?? $1.second!
            return (x.page, x.box.y, x.box.x, $0.kind.rawValue) < (y.page, y.box.y, y.box.x, $1.kind.rawValue)
        }
        return (changes, unchanged)
    }
}
