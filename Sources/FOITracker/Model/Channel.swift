/// How a request was sent.
public enum Channel: String, CaseIterable, Sendable {
    case email
    case portal
    case post
    case inPerson = "in_person"
    case fax
    case other

    /// Parses a channel name, accepting `in-person`.
    public init?(name: String) {
        self.init(rawValue: name.replacingOccurrences(of: "-", with: "_").lowercased())
    }
}
