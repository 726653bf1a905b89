/// `mask`: hides a span except its last N letters or digits (e.g. the last 4 digits of a phone or
/// an account), which stay readable. Separators before them keep their place; every hidden letter
/// or digit becomes `•`. In a PDF only the hidden part is blacked out.
public struct MaskOperator: RedactionOperator {
    /// Characters kept when the action does not say.
    public static let defaultKeepLast = 4
    public static let maskCharacter: Unicode.Scalar = "•"

    public init() {}

    public func apply(to item: RedactionItem, options: RedactionOptions) throws -> OperatorOutcome {
        let scalars = Array(item.text.unicodeScalars)
        let keep = max(0, item.action.keepLast ?? MaskOperator.defaultKeepLast)
        // Where the kept tail starts: the keep-th letter or digit from the end.
        var visibleFrom = scalars.count
        var counted = 0
        while visibleFrom > 0, counted < keep {
            visibleFrom -= 1
            if scalars[visibleFrom].properties.isAlphabetic || scalars[visibleFrom].properties.numericType != nil {
                counted += 1
            }
        }
        // Never leave a span fully readable: a span with no more than `keep` letters is hidden whole.
        if counted < keep || visibleFrom == 0 { visibleFrom = scalars.count }
        var replacement = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            replacement.append(index < visibleFrom && isWord ? MaskOperator.maskCharacter : scalar)
        }
        return OperatorOutcome(replacement: String(replacement), hidden: 0..<visibleFrom)
    }
}
