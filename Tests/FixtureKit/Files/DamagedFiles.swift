import Foundation

/// Inputs that are not (whole) PDFs, for testing how readers fail.
public enum DamagedFiles {
    /// The first `fraction` of `pdf`: the cross-reference table, page tree and trailer at the
    /// end are lost, as in an interrupted download.
    public static func truncated(_ pdf: Data, keeping fraction: Double = 0.5) -> Data {
        pdf.prefix(max(1, Int(Double(pdf.count) * fraction)))
    }

    /// `pdf` with the first 400 bytes of its first stream (the first page's content in cairo's
    /// output) overwritten: the file still opens, but that page's drawing is garbage — the kind
    /// of damage readers pass over silently.
    public static func damagingFirstStream(_ pdf: Data) throws -> Data {
        var bytes = [UInt8](pdf)
        let keyword = Array("stream\n".utf8)
        guard let start = (0...(bytes.count - keyword.count)).first(where: { Array(bytes[$0..<$0 + keyword.count]) == keyword }),
            start + keyword.count + 400 < bytes.count
        else { throw FixtureError("damagingFirstStream: no stream of 400 bytes in the PDF") }
        for index in (start + keyword.count)..<(start + keyword.count + 400) { bytes[index] = UInt8(ascii: "A") }
        return Data(bytes)
    }

    /// Bytes that are neither a PDF nor UTF-8 text: a PNG signature followed by binary data.
    public static let notPDF: Data = {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var state: UInt32 = 0x2545_F491
        for _ in 0..<2_032 {
            state = state &* 1_664_525 &+ 1_013_904_223  // a fixed LCG: the same bytes every time
            bytes.append(UInt8(truncatingIfNeeded: state >> 24) | 0x80)
        }
        return Data(bytes)
    }()
}
