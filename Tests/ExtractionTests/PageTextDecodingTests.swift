import Extraction
import Testing

@Suite("Page text read from poppler's UTF-8 bytes")
struct PageTextDecodingTests {
    @Test("valid UTF-8 decodes to the scalars String makes of it, 1- to 4-byte sequences alike")
    func validBytes() {
        let samples = [
            "", "plain ASCII\n", "čćšžđ Ђорђе 陈晓梅 Đặng Thị Huyền 🙂",
            "\u{7F}\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFD}\u{FFFF}\u{10000}\u{10FFFF}",
        ]
        for sample in samples {
            let decoded = Array(sample.utf8).withUnsafeBufferPointer { PDFPage.decodeScalars($0) }
            #expect(decoded == Array(sample.unicodeScalars), "\(sample.debugDescription)")
        }
    }

    @Test("invalid UTF-8 is refused (the caller then repairs it as String(cString:) does)")
    func invalidBytes() {
        let invalid: [[UInt8]] = [
            [0x80], [0x61, 0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC3, 0x28], [0x61, 0xC3], [0xE0, 0x80, 0x80],
            [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xE2, 0x28, 0xA1], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF0, 0x9F, 0x99], [0xFE], [0xFF],
        ]
        for bytes in invalid {
            #expect(bytes.withUnsafeBufferPointer { PDFPage.decodeScalars($0) } == nil, "\(bytes)")
            // The same bytes String repairs: they are indeed not valid UTF-8.
            #expect(String(validating: bytes, as: UTF8.self) == nil, "\(bytes)")
        }
    }
}
