/// Document text as diff output shows it: masked (every letter and digit as `•`, the rest kept,
/// so the shape stays readable) unless the user asked for the text, and on one line.
enum MaskedText {
    /// `scalars` masked or shown; line breaks become `⏎` when `oneLine`.
    static func render<S: Sequence>(_ scalars: S, show: Bool, oneLine: Bool = true) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            if oneLine, TextTokenizer.Kind(scalar) == .lineBreak {
                view.append("⏎")
            } else if oneLine, scalar == "\t" || scalar == "\r" {
                view.append(" ")
            } else if !show, NormalizedText.isWordScalar(scalar) || TextFolding.isCombiningMark(scalar) {
                view.append("•")
            } else {
                view.append(scalar)
            }
        }
        return String(view)
    }
}

/// ANSI styles for terminal output (used only when colour is wanted: a terminal and no NO_COLOR).
enum TerminalStyle: String {
    case removed = "\u{1B}[9;31m"
    case inserted = "\u{1B}[1;32m"
    case changed = "\u{1B}[1;33m"
    case dim = "\u{1B}[2m"
    case heading = "\u{1B}[1m"

    static let reset = "\u{1B}[0m"

    /// `text` in this style when `color`, else as it is.
    func paint(_ text: String, _ color: Bool) -> String {
        color && !text.isEmpty ? rawValue + text + TerminalStyle.reset : text
    }
}
