/// How recovered text appears in output when the user did not ask to see it: every letter and digit
/// replaced by "•", spaces and punctuation kept, at most 60 characters.
public enum SensitiveText {
    public static let maskedLength = 60

    public static func masked(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        var count = 0
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if count >= maskedLength {
                view.append("…")
                break
            }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { view.append(" ") }
                lastWasSpace = true
            } else {
                view.append(NormalizedText.isWordScalar(scalar) || TextFolding.isCombiningMark(scalar) ? "•" : scalar)
                lastWasSpace = false
            }
            count += 1
        }
        return String(view)
    }

    /// The text with line breaks shown as spaces, for one-line output.
    public static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
    }
}
