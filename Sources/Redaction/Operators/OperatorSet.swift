import PolicyEngine

/// The operators by action kind: the one place that maps an `Action` to its operator.
public struct OperatorSet: Sendable {
    public let labels: PseudonymMap

    public init(labels: PseudonymMap = PseudonymMap()) { self.labels = labels }

    public func apply(to item: RedactionItem, options: RedactionOptions) throws -> OperatorOutcome? {
        guard item.isApplied else { return nil }
        switch item.action.kind {
        case .redact: return try RedactOperator().apply(to: item, options: options)
        case .label: return try LabelOperator(map: labels).apply(to: item, options: options)
        case .mask: return try MaskOperator().apply(to: item, options: options)
        case .generalize: return try GeneralizeOperator().apply(to: item, options: options)
        case .keep: return nil
        }
    }
}
