/// Why a fixture could not be made. Fixtures fail loudly rather than produce a PDF that tests
/// would misread (a missing font drawn as empty boxes, a tool that silently did nothing).
public struct FixtureError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
