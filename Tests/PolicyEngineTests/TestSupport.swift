import Foundation
@testable import PolicyEngine

/// Shared helpers: scan invented text with the default policy and ask what got covered.
enum TestScan {
    static let policy: Policy = try! Policy.default()

    static func findings(_ text: String, parties: [Party] = [], policy: Policy = TestScan.policy) throws -> [Finding] {
        let registry = parties.isEmpty ? nil : CaseRegistry(caseNumber: "K 1/24", language: nil, parties: parties)
        return try PolicyEngine(policy: policy, registry: registry).scan(text: text)
    }

    /// Scalar range of the `occurrence`-th appearance of `needle` in `text`.
    static func range(of needle: String, in text: String, occurrence: Int = 0) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        var seen = 0
        guard pattern.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - pattern.count) where Array(scalars[start..<(start + pattern.count)]) == pattern {
            if seen == occurrence { return start..<(start + pattern.count) }
            seen += 1
        }
        return nil
    }

    /// Whether every scalar of `needle` (its `occurrence`-th appearance) is inside redacting findings.
    static func covered(_ needle: String, in text: String, by findings: [Finding], occurrence: Int = 0) -> Bool {
        guard let r = range(of: needle, in: text, occurrence: occurrence) else { return false }
        return r.allSatisfy { i in findings.contains { $0.action.kind != .keep && $0.start <= i && i < $0.end } }
    }

    /// Whether any scalar of `needle` is inside a redacting finding.
    static func touched(_ needle: String, in text: String, by findings: [Finding], occurrence: Int = 0) -> Bool {
        guard let r = range(of: needle, in: text, occurrence: occurrence) else { return false }
        return r.contains { i in findings.contains { $0.action.kind != .keep && $0.start <= i && i < $0.end } }
    }

    /// The finding that covers `needle`.
    static func finding(for needle: String, in text: String, _ findings: [Finding]) -> Finding? {
        guard let r = range(of: needle, in: text) else { return nil }
        return findings.first { $0.start <= r.lowerBound && r.upperBound <= $0.end }
    }
}
