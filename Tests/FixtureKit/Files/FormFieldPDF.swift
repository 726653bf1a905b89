import Extraction
import Foundation

/// A one-page PDF written byte by byte (cairo cannot make forms): a line of page text, an
/// AcroForm text field whose value is drawn only by its appearance stream (so it is not in the
/// text layer), and a sticky-note annotation. The places of the field and the note are known
/// exactly, so tests can check the coordinates extraction reports for them.
public struct FormFieldPDF: Sendable {
    /// Page size (US Letter).
    public var pageSize = PageSize.letter
    /// The page's ordinary text (ASCII, set in Helvetica).
    public var pageText = "Application form: the applicant's name is entered in the field below."
    /// The field's value, drawn by the widget (ASCII).
    public var fieldValue = "Applicant Fieldvalue"
    /// The widget rectangle in PDF space: x1, y1, x2, y2 (origin bottom-left).
    public var fieldRectangle: (x1: Double, y1: Double, x2: Double, y2: Double) = (100, 600, 320, 630)
    /// The note annotation's rectangle in PDF space.
    public var noteRectangle: (x1: Double, y1: Double, x2: Double, y2: Double) = (450, 700, 474, 724)

    public init() {}

    /// The field's area with a top-left origin on the unrotated page.
    public var fieldArea: TextBox { Self.topLeft(fieldRectangle, pageHeight: pageSize.height) }
    /// The note's area with a top-left origin on the unrotated page.
    public var noteArea: TextBox { Self.topLeft(noteRectangle, pageHeight: pageSize.height) }

    /// Where `area` (top-left origin, unrotated page) appears once the page is shown turned
    /// clockwise by `degrees` (a PDF `/Rotate` value: 0, 90, 180, 270).
    public func rotated(_ area: TextBox, degrees: Int) -> TextBox {
        let (w, h) = (pageSize.width, pageSize.height)
        switch ((degrees % 360) + 360) % 360 {
        case 90: return TextBox(x: h - area.y - area.height, y: area.x, width: area.height, height: area.width)
        case 180: return TextBox(x: w - area.x - area.width, y: h - area.y - area.height, width: area.width, height: area.height)
        case 270: return TextBox(x: area.y, y: w - area.x - area.width, width: area.height, height: area.width)
        default: return area
        }
    }

    /// Where an annotation that does not turn with the page (the NoRotate flag, which poppler
    /// assumes for sticky notes as the PDF specification advises) appears on a page turned by
    /// `degrees`: its upper-left corner turns with the page, its size stays upright.
    public func rotatedKeepingUpright(_ area: TextBox, degrees: Int) -> TextBox {
        let corner = rotated(TextBox(x: area.x, y: area.y, width: 0, height: 0), degrees: degrees)
        return TextBox(x: corner.x, y: corner.y, width: area.width, height: area.height)
    }

    /// The PDF's bytes.
    public func data() -> Data {
        let f = fieldRectangle
        let n = noteRectangle
        let (fieldWidth, fieldHeight) = (f.x2 - f.x1, f.y2 - f.y1)
        let content = "BT /F1 12 Tf 72 \(Self.number(pageSize.height - 72)) Td (\(Self.escaped(pageText))) Tj ET\n"
        let appearance = "/Tx BMC q BT /F1 12 Tf 0 g 4 \(Self.number((fieldHeight - 12) / 2 + 3)) Td (\(Self.escaped(fieldValue))) Tj ET Q EMC\n"
        var writer = RawPDFWriter()
        writer.add("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /DR << /Font << /F1 4 0 R >> >> /DA (/F1 12 Tf 0 g) >> >>")
        writer.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        writer.add(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(Self.number(pageSize.width)) \(Self.number(pageSize.height))] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R /Annots [5 0 R 8 0 R] >>"
        )
        writer.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        writer.add(
            "<< /Type /Annot /Subtype /Widget /FT /Tx /T (applicant) /V (\(Self.escaped(fieldValue))) /F 4 /P 3 0 R /Rect [\(Self.rect(f))] /DA (/F1 12 Tf 0 g) /MK << /BC [0 0 0] >> /AP << /N 7 0 R >> >>"
        )
        writer.addStream(content, dictionary: "")
        writer.addStream(
            appearance,
            dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 \(Self.number(fieldWidth)) \(Self.number(fieldHeight))] /Resources << /Font << /F1 4 0 R >> >>"
        )
        writer.add("<< /Type /Annot /Subtype /Text /Rect [\(Self.rect(n))] /Contents (Reviewer note) /Open false /P 3 0 R >>")
        return writer.finish(root: 1)
    }

    static func topLeft(_ r: (x1: Double, y1: Double, x2: Double, y2: Double), pageHeight: Double) -> TextBox {
        TextBox(x: r.x1, y: pageHeight - r.y2, width: r.x2 - r.x1, height: r.y2 - r.y1)
    }

    private static func rect(_ r: (x1: Double, y1: Double, x2: Double, y2: Double)) -> String {
        [r.x1, r.y1, r.x2, r.y2].map(number).joined(separator: " ")
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.3f", value)
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            precondition(scalar.isASCII, "FormFieldPDF writes ASCII text only")
            if scalar == "(" || scalar == ")" || scalar == "\\" { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

/// Numbers objects 1, 2, 3… in the order they are added and writes the cross-reference table.
struct RawPDFWriter {
    private var bytes = Data("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
    private var offsets: [Int] = []

    mutating func add(_ object: String) {
        offsets.append(bytes.count)
        bytes.append(Data("\(offsets.count) 0 obj\n\(object)\nendobj\n".utf8))
    }

    mutating func addStream(_ content: String, dictionary: String) {
        let body = Data(content.utf8)
        offsets.append(bytes.count)
        bytes.append(Data("\(offsets.count) 0 obj\n<< \(dictionary) /Length \(body.count) >>\nstream\n".utf8))
        bytes.append(body)
        bytes.append(Data("\nendstream\nendobj\n".utf8))
    }

    func finish(root: Int) -> Data {
        var out = bytes
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root \(root) 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }
}
