import Extraction
import FixtureKit
import Foundation
@testable import Review

/// Shared helpers: verification at test speed (72 dpi), problem filters.
enum VerifyTestSupport {
    static func options(terms: [String] = []) -> VerifyOptions {
        VerifyOptions(terms: ProtectedTermList.prepare(terms), dpi: 72, workers: 2)
    }

    static func verify(_ data: Data, terms: [String] = []) throws -> VerificationReport {
        try Verifier(options: options(terms: terms)).verify(.data(data, name: "generated.pdf"))
    }

    static func verify(_ url: URL, terms: [String] = []) throws -> VerificationReport {
        try Verifier(options: options(terms: terms)).verify(.file(url))
    }
}

extension VerificationReport {
    func problems(_ kind: ProblemKind, _ severity: Severity? = nil) -> [Problem] {
        problems.filter { $0.kind == kind && (severity == nil || $0.severity == severity) }
    }

    /// All recovered text of the given kind at leak severity, joined, with whitespace collapsed.
    func leakedText(_ kind: ProblemKind) -> String {
        problems(kind, .leak).compactMap(\.text).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    var collapsingWhitespace: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
