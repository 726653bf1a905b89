import Extraction

/// One thing a verification found.
///
/// `text` holds the recovered text itself. It is sensitive: output shows it only when the user asks
/// (`--show-text`); otherwise only its length and a masked form are printed.
public struct Problem: Sendable {
    public var kind: ProblemKind
    public var severity: Severity
    /// 1-based page number, when the problem is on a page.
    public var page: Int?
    /// Where on the page, in points from the top-left corner, when known.
    public var box: TextBox?
    /// Which stored revision the problem is in: nil for the document as it opens, 1 for the first
    /// (oldest) revision of an incrementally saved file, and so on.
    public var revision: Int?
    /// Where outside the page text, e.g. "Info Title", "XMP", "bookmark", "attachment 2".
    public var location: String?
    /// The recovered text, when there is text (never printed without --show-text).
    public var text: String?
    /// How to see or fix it, without document text.
    public var hint: String

    public init(
        kind: ProblemKind, severity: Severity, page: Int? = nil, box: TextBox? = nil, revision: Int? = nil,
        location: String? = nil, text: String? = nil, hint: String
    ) {
        self.kind = kind
        self.severity = severity
        self.page = page
        self.box = box
        self.revision = revision
        self.location = location
        self.text = text
        self.hint = hint
    }
}

extension Problem {
    /// "a person-name", "an age": for hints that name a category.
    static func withArticle(_ noun: String) -> String {
        guard let first = noun.lowercased().first else { return noun }
        return ("aeio".contains(first) ? "an " : "a ") + noun
    }
}
