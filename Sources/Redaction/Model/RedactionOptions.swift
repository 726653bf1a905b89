/// How redacted output is produced. The same options and input give byte-identical output.
public struct RedactionOptions: Equatable, Sendable {
    /// How page images are stored.
    public enum ColorMode: String, Sendable, CaseIterable {
        /// 1-bit where the page is black and white text, 8-bit gray where it has grey areas, RGB
        /// where it has colour.
        case auto
        /// Always 1-bit black and white.
        case bilevel
        /// Always 8-bit gray.
        case gray
        /// Always 24-bit RGB.
        case rgb
    }

    /// Resolution of the page images.
    public var dpi: Int
    /// Print each rule's exemption codes (e.g. `(b)(6)`) inside its boxes, white on black.
    public var exemptionsInBoxes: Bool
    /// Accept pages without a text layer (listed as unchecked) instead of failing.
    public var allowUncheckedPages: Bool
    /// Black out every form field's area.
    public var redactFormFields: Bool
    public var colorMode: ColorMode
    /// Page-rendering worker threads (each opens its own copy of the PDF).
    public var workers: Int
    /// zlib level for page images (1–9).
    public var compressionLevel: Int

    public init(
        dpi: Int = 150, exemptionsInBoxes: Bool = false, allowUncheckedPages: Bool = false, redactFormFields: Bool = false,
        colorMode: ColorMode = .auto, workers: Int = 1, compressionLevel: Int = 6
    ) {
        self.dpi = dpi
        self.exemptionsInBoxes = exemptionsInBoxes
        self.allowUncheckedPages = allowUncheckedPages
        self.redactFormFields = redactFormFields
        self.colorMode = colorMode
        self.workers = workers
        self.compressionLevel = compressionLevel
    }
}
