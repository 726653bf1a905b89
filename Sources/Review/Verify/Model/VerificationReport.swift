/// Everything a verification of one PDF found.
public struct VerificationReport: Sendable {
    /// The input as the user named it.
    public var source: String
    public var pageCount: Int
    /// Revisions stored in the file (1 when it was never updated incrementally).
    public var revisionCount: Int
    /// Pages without a text layer, which the hidden-text checks cannot examine.
    public var pagesWithoutText: [Int]
    /// How many protected terms were searched for (0 without --case/--terms).
    public var termCount: Int
    /// Problems in a stable order: by revision (current first), page, position, kind.
    public var problems: [Problem]

    public init(source: String, pageCount: Int, revisionCount: Int, pagesWithoutText: [Int], termCount: Int, problems: [Problem]) {
        self.source = source
        self.pageCount = pageCount
        self.revisionCount = revisionCount
        self.pagesWithoutText = pagesWithoutText
        self.termCount = termCount
        self.problems = problems
    }

    public var verdict: Verdict {
        if problems.contains(where: { $0.severity == .leak }) { return .unsafe }
        if problems.contains(where: { $0.severity == .warning }) { return .review }
        if !pagesWithoutText.isEmpty { return .incomplete }
        return .clean
    }

    /// Number of problems of each severity.
    public func count(_ severity: Severity) -> Int {
        problems.filter { $0.severity == severity }.count
    }
}
