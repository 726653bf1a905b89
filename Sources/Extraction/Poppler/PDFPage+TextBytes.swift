import CPoppler

extension PDFPage {
    /// Calls `body` with poppler's page text as valid UTF-8 bytes and its Unicode scalars.
    ///
    /// poppler writes valid UTF-8; should it ever not, the text is repaired exactly as
    /// `String(cString:)` repairs it (U+FFFD for each invalid sequence).
    static func withTextBytes<Result>(
        _ pointer: UnsafeMutablePointer<gchar>?, _ body: (UnsafeBufferPointer<UInt8>, [Unicode.Scalar]) throws -> Result
    ) throws -> Result {
        guard let pointer else { return try body(UnsafeBufferPointer(start: nil, count: 0), []) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
        if let scalars = decodeScalars(bytes) { return try body(bytes, scalars) }
        var repaired = String(cString: pointer)
        let scalars = Array(repaired.unicodeScalars)
        return try repaired.withUTF8 { try body($0, scalars) }
    }

    /// Decodes strictly valid UTF-8 into Unicode scalars; nil when any sequence is invalid.
    package static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var valid = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, initialized in
            let count = bytes.count
            var n = 0
            var i = 0
            decoding: while i < count {
                let lead = bytes[i]
                if lead < 0x80 {
                    out[n] = Unicode.Scalar(lead)
                    n += 1
                    i += 1
                    continue
                }
                // The lead byte gives the length and the allowed range of the second byte
                // (which excludes overlong forms, surrogates and values above U+10FFFF).
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                let length: Int
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default:
                    valid = false
                    break decoding
                }
                guard i + length <= count, bytes[i + 1] >= low, bytes[i + 1] <= high else {
                    valid = false
                    break decoding
                }
                var value = UInt32(lead & (0x7F >> length))
                for k in 1..<length {
                    let byte = bytes[i + k]
                    guard byte & 0xC0 == 0x80 else {
                        valid = false
                        break decoding
                    }
                    value = value << 6 | UInt32(byte & 0x3F)
                }
                guard let scalar = Unicode.Scalar(value) else {
                    valid = false
                    break decoding
                }
                out[n] = scalar
                n += 1
                i += length
            }
            initialized = n
        }
        return valid ? scalars : nil
    }
}
