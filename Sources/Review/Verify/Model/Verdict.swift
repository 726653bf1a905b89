/// The outcome of verifying one document.
public enum Verdict: String, Sendable, Comparable {
    /// Nothing found and every page checked.
    case clean
    /// Nothing found, but some pages have no text layer and could not be checked for hidden text
    /// (scans, image-only pages). Normal for rasterised redactions.
    case incomplete
    /// Warnings only: things a reviewer must look at (e.g. metadata), no recoverable hidden text.
    case review
    /// At least one leak: text meant to be hidden can be recovered.
    case unsafe

    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .clean: return 0
        case .incomplete: return 1
        case .review: return 2
        case .unsafe: return 3
        }
    }

    /// Whether this verdict fails the check: only `unsafe` does, unless `strict`, where anything
    /// but `clean` does.
    public func fails(strict: Bool) -> Bool {
        strict ? self != .clean : self == .unsafe
    }
}
