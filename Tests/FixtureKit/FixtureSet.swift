import Foundation

/// The standard fixture files every module's tests can use, generated once per test process into
/// a temporary folder (about 0.3 s; nothing is committed).
///
/// ```swift
/// let fixtures = try FixtureSet.shared()
/// let document = try Extractor.extract(.file(fixtures.multiScript))
/// #expect(document.pages[0].text == FixtureSet.multiScriptLines.joined(separator: "\n"))
/// ```
///
/// Every PDF is made with `PDFComposer`, `FormFieldPDF` or qpdf from a composed PDF, so its
/// content is known exactly: the constants below are what the pages say.
public struct FixtureSet: Sendable {
    /// The folder holding the files.
    public let folder: URL

    // MARK: What the fixtures contain

    /// The lines of `multiScript`, top to bottom: Serbian Latin with č ć š ž đ, Serbian
    /// Cyrillic, Chinese (set in WenQuanYi Micro Hei), Vietnamese with tone marks, English.
    public static let multiScriptLines = [
        "Srpski: čćšžđ ČĆŠŽĐ, Đurđica Šćepanović i Žarko Ćeklić.",
        "Ћирилица: Љиљана Ђокић, Џемал Њежић, улица Јужни булевар.",
        "中文：受害人陈晓梅（CHEN Xiaomei），护照号码。",
        "Tiếng Việt: Đặng Thị Huyền, Võ Minh Tuấn, Hồ Chí Minh.",
        "English: the injured party, born 3 May 2001, lives abroad.",
    ]

    /// The two lines of `ligatures`: the first set with "fi"/"fl"/"ffi" ligature glyphs mapped
    /// back to their letters; the second contains the presentation forms U+FB01 and U+FB02
    /// themselves (as some broken PDFs do).
    public static let ligatureLines = ["The office filed a financial profile of the fleet.", "\u{FB01}nal \u{FB02}ow"]

    /// Page count of `multiPage` (each page starts with "Page N of 4").
    public static let multiPageCount = 4
    /// The text drawn on the page that `rotated` turns by 90°, and its place before rotation.
    public static let rotatedText = "Rotated page: Marija Đukić"
    public static let rotatedTextOrigin = (x: 72.0, baseline: 100.0, size: 14.0)
    /// Passwords of `encrypted` (user and owner) and of `ownerOnlyEncrypted` (owner).
    public static let userPassword = "user-pass-1"
    public static let ownerPassword = "owner-pass-1"
    /// The form page's layout (field and note rectangles, texts).
    public static let form = FormFieldPDF()
    /// The lines drawn into the image of `imageOnly`'s second page.
    public static let scannedLines = ["SLUŽBENA BELEŠKA (scanned)", "Lice: Nevena Perić, 12.03.1990."]
    /// The exact content of `plainText`: CRLF line ends, no final newline, several scripts.
    public static let plainTextContent = "Bilješka: Ђорђе\r\n陈晓梅 — Đặng Thị Huyền\r\n\tindented\u{0C}after a form feed"

    // MARK: The files

    /// One A4 page with `multiScriptLines`.
    public var multiScript: URL { url("multi-script.pdf") }
    /// One page with `ligatureLines`.
    public var ligatures: URL { url("ligatures.pdf") }
    /// Four pages of flowing text, each starting with "Page N of 4"; the third page is landscape.
    public var multiPage: URL { url("multi-page.pdf") }
    /// A one-page A4 portrait page with `rotatedText`, shown turned by 90° (`/Rotate 90`).
    public var rotated: URL { url("rotated-90.pdf") }
    /// `multiPage`, AES-256 encrypted with `userPassword` / `ownerPassword`.
    public var encrypted: URL { url("encrypted.pdf") }
    /// `multiScript` with only an owner password (opens without a password).
    public var ownerOnlyEncrypted: URL { url("owner-only.pdf") }
    /// `FormFieldPDF()`: page text, one filled text field, one note annotation.
    public var formFields: URL { url("form-fields.pdf") }
    /// `formFields` turned by 90° and by 270°.
    public var formFieldsRotated90: URL { url("form-fields-90.pdf") }
    public var formFieldsRotated270: URL { url("form-fields-270.pdf") }
    /// Two pages: page 1 has text, page 2 only an image of `scannedLines` (no text layer).
    public var imageOnly: URL { url("image-only.pdf") }
    /// The first half of `multiPage`.
    public var truncated: URL { url("truncated.pdf") }
    /// `multiPage` with page 1's content stream overwritten: opens, page 1 has no readable text.
    public var damagedStream: URL { url("damaged-stream.pdf") }
    /// Zero bytes, named `.pdf`.
    public var empty: URL { url("empty.pdf") }
    /// Binary bytes that are not a PDF (`DamagedFiles.notPDF`), named `.pdf`.
    public var notPDF: URL { url("not-a-pdf.pdf") }
    /// `plainTextContent` as UTF-8, named `.txt`.
    public var plainText: URL { url("notes.txt") }

    private func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    // MARK: Building

    /// The fixtures of this test process, built on first use.
    public static func shared() throws -> FixtureSet {
        try cache.value()
    }

    private static let cache = SharedFixtures()

    /// Builds every fixture into `folder` (which must exist).
    public init(buildingIn folder: URL) throws {
        self.folder = folder
        try PDFComposer.make { page in
            for (index, line) in Self.multiScriptLines.enumerated() {
                try page.text(line, x: 60, baseline: 90 + Double(index) * 24, style: .body)
            }
        }.write(to: multiScript)

        try PDFComposer.make(pageSize: .a4) { page in
            try page.textWithLigatures(Self.ligatureLines[0], x: 60, baseline: 90, style: TextStyle(family: .sans, size: 14))
            try page.text(Self.ligatureLines[1], x: 60, baseline: 130, style: TextStyle(family: .sans, size: 14))
        }.write(to: ligatures)

        try PDFComposer.make(footer: { "– \($0) –" }) { page in
            for number in 1...Self.multiPageCount {
                if number > 1 { try page.newPage(size: number == 3 ? .a4Landscape : .a4) }
                try page.heading("Page \(number) of \(Self.multiPageCount)", level: 2)
                for paragraph in 0..<3 {
                    try page.paragraph(
                        "Paragraph \(paragraph + 1) of page \(number). The court received the file on 12 March 2024; "
                            + "the clerk Ivana Lukić registered it as K. \(40 + number)/2024 and sent it to the panel.")
                }
                try page.table([["Name", "Role", "Town"], ["Ognjen Vasić", "witness", "Kraljevo"], ["Lê Văn Hùng", "interpreter", "Niš"]])
            }
        }.write(to: multiPage)

        let upright = url("rotated-source.pdf")
        try PDFComposer.make { page in
            let origin = Self.rotatedTextOrigin
            try page.text(Self.rotatedText, x: origin.x, baseline: origin.baseline, style: TextStyle(family: .serif, size: origin.size))
        }.write(to: upright)
        try QPDF.rotate(upright, to: rotated, degrees: 90)

        try QPDF.encrypt(multiPage, to: encrypted, userPassword: Self.userPassword, ownerPassword: Self.ownerPassword)
        try QPDF.encrypt(multiScript, to: ownerOnlyEncrypted, userPassword: "", ownerPassword: Self.ownerPassword)

        try Self.form.data().write(to: formFields)
        try QPDF.rotate(formFields, to: formFieldsRotated90, degrees: 90)
        try QPDF.rotate(formFields, to: formFieldsRotated270, degrees: 270)

        try PDFComposer.make { page in
            try page.paragraph("Page 1 has a text layer; page 2 is a scan.")
            try page.newPage()
            try page.scannedImage(lines: Self.scannedLines, style: TextStyle(family: .sans, size: 14), dpi: 72)
        }.write(to: imageOnly)

        try DamagedFiles.truncated(try Data(contentsOf: multiPage)).write(to: truncated)
        try DamagedFiles.damagingFirstStream(try Data(contentsOf: multiPage)).write(to: damagedStream)
        try Data().write(to: empty)
        try DamagedFiles.notPDF.write(to: notPDF)
        try Data(Self.plainTextContent.utf8).write(to: plainText)
    }
}

/// Builds the shared fixture set once per process, under a lock (Swift Testing runs tests in parallel).
private final class SharedFixtures: @unchecked Sendable {
    // `built` is guarded by `lock`.
    private let lock = NSLock()
    private var built: Result<FixtureSet, any Error>?

    func value() throws -> FixtureSet {
        lock.lock()
        defer { lock.unlock() }
        if built == nil {
            built = Result { try FixtureSet(buildingIn: try Fixtures.temporaryFolder("blackline-fixtures")) }
        }
        return try built!.get()
    }
}
