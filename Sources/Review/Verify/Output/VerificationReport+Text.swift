import Extraction
import Foundation

extension VerificationReport {
    /// A human-readable report: a verdict line, then one entry per problem (notices included).
    /// Recovered text is masked unless `showText`; `color` adds ANSI colours for a terminal.
    public func text(showText: Bool, color: Bool) -> String {
        var out = ""
        let counts = [Severity.leak, .warning, .notice].map { severity -> String in
            let n = count(severity)
            return "\(n) \(severity)\(n == 1 ? "" : "s")"
        }.joined(separator: ", ")
        let verdictWord = VerificationReport.paint(verdict.rawValue.uppercased(), verdict: verdict, color: color)
        out += "\(source): \(verdictWord) — \(counts); \(pageCount) page\(pageCount == 1 ? "" : "s")"
        out += ", \(revisionCount) revision\(revisionCount == 1 ? "" : "s")"
        if termCount > 0 { out += ", \(termCount) protected term\(termCount == 1 ? "" : "s") searched" }
        out += "\n"
        var previousHint: String?
        for problem in problems {
            out += problem.textLine(showText: showText, color: color, withHint: problem.hint != previousHint)
            previousHint = problem.hint
        }
        return out
    }

    static func paint(_ word: String, verdict: Verdict, color: Bool) -> String {
        guard color else { return word }
        switch verdict {
        case .unsafe: return "\u{1B}[1;31m\(word)\u{1B}[0m"
        case .review: return "\u{1B}[1;33m\(word)\u{1B}[0m"
        case .incomplete: return "\u{1B}[1;36m\(word)\u{1B}[0m"
        case .clean: return "\u{1B}[1;32m\(word)\u{1B}[0m"
        }
    }
}

extension Problem {
    /// What and where (with the text, masked unless `showText`), then the hint on a second line
    /// unless it repeats the previous problem's.
    func textLine(showText: Bool, color: Bool, withHint: Bool) -> String {
        var head = "  " + severity.description.padding(toLength: 8, withPad: " ", startingAt: 0)
        if color {
            let code = severity == .leak ? "31" : severity == .warning ? "33" : "2"
            head = "  \u{1B}[\(code)m" + severity.description.padding(toLength: 8, withPad: " ", startingAt: 0) + "\u{1B}[0m"
        }
        var parts = [kind.rawValue]
        if let revision { parts.append("revision \(revision)") }
        if let page { parts.append("p.\(page)") }
        if let box {
            parts.append(
                "[" + [box.x, box.y, box.width, box.height].map { String(format: "%.1f", $0) }.joined(separator: " ") + "]")
        }
        if let location { parts.append(location) }
        if let text {
            let n = text.unicodeScalars.count
            let shown = showText ? SensitiveText.oneLine(text) : SensitiveText.masked(text)
            parts.append("\(n) char\(n == 1 ? "" : "s") \"\(shown)\"")
        }
        let line = head + " " + parts.joined(separator: "  ") + "\n"
        return withHint ? line + String(repeating: " ", count: 11) + hint + "\n" : line
    }
}
