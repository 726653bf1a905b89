import BlacklineCore
import Extraction

extension VerificationReport {
    /// The report as JSON. Recovered text appears only when `showText` is true; otherwise each
    /// problem with text has its length (in Unicode scalars) and a masked form.
    public func json(showText: Bool) -> JSONValue {
        .object([
            ("source", .string(source)),
            ("verdict", .string(verdict.rawValue)),
            ("pages", .integer(pageCount)),
            ("revisions", .integer(revisionCount)),
            ("pagesWithoutText", .array(pagesWithoutText.map { .integer($0) })),
            ("terms", .integer(termCount)),
            ("counts", .object(Severity.allCases.reversed().map { ($0.description, .integer(count($0))) })),
            ("problems", .array(problems.map { $0.json(showText: showText) })),
        ])
    }
}

extension Problem {
    /// One problem as JSON: type, severity, page, box [x, y, w, h] in points from the top-left
    /// corner, revision, location, text length, masked text (or the text with `showText`), hint.
    public func json(showText: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("type", .string(kind.rawValue)),
            ("severity", .string(severity.description)),
            ("page", page.map { .integer($0) } ?? .null),
            ("box", box.map { b in .array([b.x, b.y, b.width, b.height].map { .number(($0 * 100).rounded() / 100) }) } ?? .null),
            ("revision", revision.map { .integer($0) } ?? .null),
            ("location", location.map { .string($0) } ?? .null),
        ]
        if let text {
            members.append(("length", .integer(text.unicodeScalars.count)))
            members.append(("masked", .string(SensitiveText.masked(text))))
            if showText { members.append(("text", .string(text))) }
        }
        members.append(("hint", .string(hint)))
        return .object(members)
    }
}
