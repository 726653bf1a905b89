/// Words that redaction tools and clerks put *inside* a redaction box on purpose, and fillers such
/// as "XXXX" or "****": text under a box that consists only of these is a label, not a leak.
enum PlaceholderText {
    /// Labels, folded (lower case, no diacritics, Serbian Cyrillic in Latin letters).
    static let labels: Set<String> = [
        // English
        "redacted", "redaction", "redact", "confidential", "privileged", "privilege", "withheld", "sealed", "seal",
        "under", "filed", "exempt", "exemption", "classified", "restricted", "removed", "omitted", "protected",
        "anonymized", "anonymised", "deleted",
        // Serbian / Bosnian / Croatian (Latin; Cyrillic folds to the same)
        "zasticeno", "zastiten", "zasticen", "zasticena", "anonimizovano", "anonimizirano", "izostavljeno", "uklonjeno",
        "tajno", "poverljivo", "povjerljivo", "izbrisano", "zatamnjeno",
    ]

    /// Characters that fill a box as placeholders when repeated ("XXXX", "****", "■■■").
    static let fillers: Set<Unicode.Scalar> = [
        "x", "X", "*", "#", "_", "-", ".", "•", "·", "█", "■", "▇", "▉", "▆", "▮", "●", "?", "/", "\u{2013}", "\u{2014}",
    ]

    /// True when `word` (one whitespace-delimited word) is a label, a filler, a FOIA exemption code
    /// such as "(b)(6)", or has no letters or digits.
    static func isPlaceholder<S: Collection>(_ word: S) -> Bool where S.Element == Unicode.Scalar {
        let letters = word.filter { NormalizedText.isWordScalar($0) }
        if letters.isEmpty { return true }
        // One filler character repeated (letters such as x count only when the whole word is them).
        if let first = word.first, fillers.contains(first), word.allSatisfy({ $0 == first || !NormalizedText.isWordScalar($0) && fillers.contains($0) }) {
            return true
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: letters)
        let folded = TextFolding.fold(String(view))
        if labels.contains(folded) { return true }
        // FOIA / privacy-act exemption codes: (b)(6), b6, (b)(7)(C), b(3).
        if isExemptionCode(word) { return true }
        return false
    }

    private static func isExemptionCode<S: Collection>(_ word: S) -> Bool where S.Element == Unicode.Scalar {
        let compact = word.filter { $0 != "(" && $0 != ")" && $0 != "," && $0 != ";" }.map { Character($0) }
        guard let first = compact.first, first == "b" || first == "B", compact.count >= 2, compact.count <= 4 else { return false }
        let rest = compact.dropFirst()
        guard let digit = rest.first, digit.isNumber else { return false }
        return rest.dropFirst().allSatisfy { $0.isLetter && $0.lowercased().count == 1 && "abcdef".contains($0.lowercased()) }
    }
}
