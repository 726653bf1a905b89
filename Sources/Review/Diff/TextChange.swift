/// One change between two texts: the scalars `original` of the first text were replaced by the
/// scalars `redacted` of the second (either range may be empty: a pure deletion or insertion).
/// Offsets are Unicode scalar offsets, end exclusive.
public struct TextChange: Equatable, Hashable, Sendable {
    public var original: Range<Int>
    public var redacted: Range<Int>

    public init(original: Range<Int>, redacted: Range<Int>) {
        self.original = original
        self.redacted = redacted
    }
}
