import BlacklineCore

/// Writes an image-only PDF, streaming one page at a time.
///
/// Every page is one Flate-compressed image drawn over the whole page; there is nothing else: no
/// text, fonts, annotations, forms, outlines, attachments, metadata, Info dictionary, dates or
/// document IDs. The bytes depend only on the page sizes and pixels, so identical input gives
/// identical output. Objects: 1 catalog, 2 page tree, then three per page (page, content stream,
/// image), so the page tree can be written before the pages and nothing has to wait in memory.
public final class ImagePDFWriter {
    /// A page serialised as its three objects, with each object's offset inside `bytes`.
    public struct PageObjects: Sendable {
        public var bytes: [UInt8]
        public var objectOffsets: [Int]
    }

    private let output: HashingOutput
    private let pageCount: Int
    private var offsets: [Int] = []
    private var pagesWritten = 0

    /// Starts a PDF of `pageCount` pages on `output`.
    public init(output: HashingOutput, pageCount: Int) throws {
        precondition(pageCount > 0)
        self.output = output
        self.pageCount = pageCount
        // The binary comment marks the file as binary for transfer programs.
        try output.write(Array("%PDF-1.5\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8))
        offsets.append(output.count)
        try output.write(Array("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".utf8))
        offsets.append(output.count)
        var kids = "2 0 obj\n<< /Type /Pages /Count \(pageCount) /Kids ["
        for index in 0..<pageCount { kids += (index == 0 ? "" : " ") + "\(ImagePDFWriter.firstObject(ofPage: index)) 0 R" }
        kids += "] >>\nendobj\n"
        try output.write(Array(kids.utf8))
    }

    /// Object number of the page object of the page at `index` (0-based).
    static func firstObject(ofPage index: Int) -> Int { 3 + 3 * index }

    /// Serialises page `index` (0-based) of size `width` × `height` points showing `image`.
    public static func pageObjects(index: Int, width: Double, height: Double, image: PageImageEncoder.Encoded) -> PageObjects {
        let pageObject = firstObject(ofPage: index)
        let w = NumberFormatting.fixed(width, decimals: 3)
        let h = NumberFormatting.fixed(height, decimals: 3)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(image.data.count + 600)
        var objectOffsets: [Int] = []

        objectOffsets.append(bytes.count)
        bytes += Array(
            """
            \(pageObject) 0 obj
            << /Type /Page /Parent 2 0 R /MediaBox [0 0 \(w) \(h)] /Resources << /XObject << /Im0 \(pageObject + 2) 0 R >> >> /Contents \(pageObject + 1) 0 R >>
            endobj

            """.utf8)
        let content = "q \(w) 0 0 \(h) 0 0 cm /Im0 Do Q"
        objectOffsets.append(bytes.count)
        bytes += Array("\(pageObject + 1) 0 obj\n<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream\nendobj\n".utf8)
        let (colorSpace, bits) = image.model.pdf
        objectOffsets.append(bytes.count)
        bytes += Array(
            """
            \(pageObject + 2) 0 obj
            << /Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) /ColorSpace \(colorSpace) /BitsPerComponent \(bits) /Filter /FlateDecode /Length \(image.data.count) >>
            stream

            """.utf8)
        bytes += image.data
        bytes += Array("\nendstream\nendobj\n".utf8)
        return PageObjects(bytes: bytes, objectOffsets: objectOffsets)
    }

    /// Appends the next page (pages must come in order).
    public func append(_ page: PageObjects) throws {
        precondition(pagesWritten < pageCount, "more pages than announced")
        let base = output.count
        offsets += page.objectOffsets.map { base + $0 }
        try output.write(page.bytes)
        pagesWritten += 1
    }

    /// Writes the cross-reference table and trailer. Throws when pages are missing.
    public func finish() throws {
        guard pagesWritten == pageCount else {
            throw RedactionError(.renderFailure, source: "PDF writer", detail: "\(pagesWritten) of \(pageCount) pages written")
        }
        let xref = output.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        try output.write(Array(table.utf8))
    }
}

/// A `BufferedWriter` that also counts the bytes and computes their SHA-256 as they pass.
public final class HashingOutput {
    private let writer: BufferedWriter
    private let hasher = SHA256()
    /// Bytes written so far.
    public private(set) var count = 0

    public init(_ writer: BufferedWriter) { self.writer = writer }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            hasher.update(raw)
            try writer.write(raw)
        }
        count += bytes.count
    }

    public func write(_ string: String) throws { try write(Array(string.utf8)) }

    /// The SHA-256 of everything written; ends hashing.
    public func finishHash() -> String { hasher.finalizeHex() }
}
