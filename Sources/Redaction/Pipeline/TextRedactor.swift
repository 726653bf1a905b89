import Extraction

/// Redacts plain text: each applied item's span is replaced by its operator's replacement.
public enum TextRedactor {
    /// The redacted text of `document` under `plan`.
    public static func redact(_ document: ExtractedDocument, plan: RedactionPlan) -> String {
        let scalars = Array(document.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var position = 0
        for (index, item) in plan.items.enumerated() {
            guard let outcome = plan.outcomes[index] else { continue }
            out.append(contentsOf: scalars[position..<item.start])
            out.append(contentsOf: outcome.replacement.unicodeScalars)
            position = item.end
        }
        out.append(contentsOf: scalars[position..<scalars.count])
        return String(out)
    }
}
