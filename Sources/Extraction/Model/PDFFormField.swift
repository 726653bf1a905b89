/// A form field on a page: its name, kind, value and area. Field values are drawn when the page
/// is rendered but are not part of the page's text.
public struct PDFFormField: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case text, button, choice, signature, unknown
    }

    /// The fully qualified field name (e.g. "victim.name").
    public var name: String
    /// The field's tooltip / alternate name, when set.
    public var alternateName: String?
    public var kind: Kind
    /// The value: typed text, the selected choices joined by "; ", "on"/"off" for check boxes.
    public var value: String?
    /// Points, top-left origin.
    public var area: TextBox
    /// A script the field runs (format, validate, calculate or activation action), when it has one.
    public var scripts: [String]

    public init(name: String, alternateName: String?, kind: Kind, value: String?, area: TextBox, scripts: [String] = []) {
        self.name = name
        self.alternateName = alternateName
        self.kind = kind
        self.value = value
        self.area = area
        self.scripts = scripts
    }
}
