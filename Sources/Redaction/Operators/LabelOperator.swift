/// `label`: replaces a span with a label such as `[VICTIM-1]` or `(b)(6)`; the same party gets the
/// same label (see `PseudonymMap`). In a PDF the span is blacked out and the label printed in it.
public struct LabelOperator: RedactionOperator {
    public let map: PseudonymMap

    public init(map: PseudonymMap) { self.map = map }

    public func apply(to item: RedactionItem, options: RedactionOptions) throws -> OperatorOutcome {
        let label = map.label(for: item, template: item.action.label)
        return OperatorOutcome(replacement: label, hidden: 0..<item.text.unicodeScalars.count, boxText: label)
    }
}
