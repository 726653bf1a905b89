/// `redact`: a solid black box in a PDF, a fixed run of █ in text.
///
/// The text mark has a fixed length, whatever the length of the span, so the output does not tell
/// how long the removed text was.
public struct RedactOperator: RedactionOperator {
    /// What replaces a redacted span in text output.
    public static let textMark = "█████"

    public init() {}

    public func apply(to item: RedactionItem, options: RedactionOptions) throws -> OperatorOutcome {
        let codes = item.exemptions.joined(separator: ", ")
        return OperatorOutcome(
            replacement: RedactOperator.textMark, hidden: 0..<item.text.unicodeScalars.count,
            boxText: options.exemptionsInBoxes && !codes.isEmpty ? codes : nil)
    }
}
