import CZlib
import Extraction

/// Turns a rendered page into PDF image data: picks the smallest faithful colour model, packs the
/// pixels and deflates them.
///
/// In `auto` mode a page with colour becomes RGB; a page with flat grey areas (photos, shading,
/// grey table cells) becomes 8-bit gray; anything else (black text, black boxes, the anti-aliased
/// edges of both) becomes 1 bit per pixel, about a tenth of the size of gray. Not Sendable: it
/// keeps its buffers between pages, one encoder per worker thread.
public final class PageImageEncoder {
    public enum ColorModel: String, Sendable {
        case bilevel, gray, rgb

        /// The PDF colour space and bits per component.
        var pdf: (colorSpace: String, bits: Int) {
            switch self {
            case .bilevel: return ("/DeviceGray", 1)
            case .gray: return ("/DeviceGray", 8)
            case .rgb: return ("/DeviceRGB", 8)
            }
        }
    }

    /// A page image ready for the PDF writer.
    public struct Encoded: Sendable {
        public var width: Int
        public var height: Int
        public var model: ColorModel
        /// zlib-compressed samples.
        public var data: [UInt8]
    }

    /// A pixel is "coloured" when its channels differ by more than this.
    static let colourTolerance: Int32 = 40
    /// Share of coloured pixels (per 100,000) above which a page is stored in RGB.
    static let colourShare = 10
    /// Share of flat mid-grey pixels (per 100,000) above which a page is stored in 8-bit gray.
    static let greyShare = 300

    private let compressor: FlateCompressor
    private var gray: [UInt8] = []
    private var packed: [UInt8] = []

    public init(compressionLevel: Int) throws {
        compressor = try FlateCompressor(level: compressionLevel)
    }

    /// Encodes `image` in `mode`.
    public func encode(_ image: RasterImage, mode: RedactionOptions.ColorMode) throws -> Encoded {
        let width = image.width
        let height = image.height
        let pixels = width * height
        if gray.count < pixels { gray = [UInt8](repeating: 0, count: pixels) }
        let colourPixels = image.withPixels { raw in toGray(raw, stride: image.stride, width: width, height: height) }
        let model: ColorModel
        switch mode {
        case .bilevel: model = .bilevel
        case .gray: model = .gray
        case .rgb: model = .rgb
        case .auto:
            if colourPixels * 100_000 > pixels * PageImageEncoder.colourShare {
                model = .rgb
            } else if flatGreyExceeds(pixels * PageImageEncoder.greyShare / 100_000, width: width, height: height) {
                model = .gray
            } else {
                model = .bilevel
            }
        }
        let data: [UInt8]
        switch model {
        case .bilevel:
            let count = packBilevel(width: width, height: height)
            data = try packed.withUnsafeBytes { raw in
                try compressor.compress(UnsafeRawBufferPointer(rebasing: raw[0..<count])) { Array($0) }
            }
        case .gray:
            data = try gray.withUnsafeBytes { raw in
                try compressor.compress(UnsafeRawBufferPointer(rebasing: raw[0..<pixels])) { Array($0) }
            }
        case .rgb:
            let count = image.withPixels { raw in packRGB(raw, stride: image.stride, width: width, height: height) }
            data = try packed.withUnsafeBytes { raw in
                try compressor.compress(UnsafeRawBufferPointer(rebasing: raw[0..<count])) { Array($0) }
            }
        }
        return Encoded(width: width, height: height, model: model, data: data)
    }

    /// Fills `gray` with luminance and counts coloured pixels.
    ///
    /// Hot: every pixel of every page passes here. White pixels (most of a text page) take one
    /// comparison; the others compute luminance and the colour test on the channel bytes.
    private func toGray(_ raw: UnsafeMutableRawBufferPointer, stride: Int, width: Int, height: Int) -> Int {
        let tolerance = PageImageEncoder.colourTolerance
        var coloured = 0
        gray.withUnsafeMutableBufferPointer { out in
            let base = raw.baseAddress!
            let target = out.baseAddress!
            for y in 0..<height {
                // Cairo RGB24 pixels are native-endian 32-bit words 0x00RRGGBB.
                let row = (base + y * stride).assumingMemoryBound(to: UInt32.self)
                let grayRow = target + y * width
                var x = 0
                while x < width {
                    // Two white pixels at a time (the unused top bytes masked off).
                    if x + 1 < width,
                        UnsafeRawPointer(row + x).loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_00FF_FFFF == 0x00FF_FFFF_00FF_FFFF
                    {
                        grayRow[x] = 255
                        grayRow[x + 1] = 255
                        x += 2
                        continue
                    }
                    let v = row[x]
                    defer { x += 1 }
                    if v & 0x00FF_FFFF == 0x00FF_FFFF {
                        grayRow[x] = 255
                        continue
                    }
                    let r = Int32(truncatingIfNeeded: (v >> 16) & 0xFF)
                    let g = Int32(truncatingIfNeeded: (v >> 8) & 0xFF)
                    let b = Int32(truncatingIfNeeded: v & 0xFF)
                    grayRow[x] = UInt8(truncatingIfNeeded: (r &* 77 &+ g &* 150 &+ b &* 29) >> 8)
                    if abs(r &- g) > tolerance || abs(g &- b) > tolerance || abs(r &- b) > tolerance { coloured &+= 1 }
                }
            }
        }
        return coloured
    }

    /// Whether more than `limit` mid-grey pixels have right and lower neighbours of nearly the
    /// same value: areas of grey, not the one- or two-pixel anti-aliased edges of text. Stops
    /// counting as soon as the answer is known.
    private func flatGreyExceeds(_ limit: Int, width: Int, height: Int) -> Bool {
        guard width > 1, height > 1 else { return false }
        var count = 0
        return gray.withUnsafeBufferPointer { buffer in
            let g = buffer.baseAddress!
            for y in 0..<(height - 1) {
                let row = g + y * width
                let below = row + width
                var x = 0
                while x < width - 1 {
                    // Eight white pixels at a time: nothing to count there.
                    if x + 8 <= width - 1, UnsafeRawPointer(row + x).loadUnaligned(as: UInt64.self) == UInt64.max {
                        x += 8
                        continue
                    }
                    let v = row[x]
                    defer { x += 1 }
                    // 48 ... 208, with one unsigned comparison.
                    guard v &- 48 <= 160 else { continue }
                    let value = Int(v)
                    if abs(Int(row[x + 1]) - value) <= 8 && abs(Int(below[x]) - value) <= 8 {
                        count += 1
                        if count > limit { return true }
                    }
                }
            }
            return false
        }
    }

    /// Packs `gray` into 1 bit per pixel (1 = white, threshold at half grey), rows padded to bytes.
    private func packBilevel(width: Int, height: Int) -> Int {
        let rowBytes = (width + 7) / 8
        let count = rowBytes * height
        if packed.count < count { packed = [UInt8](repeating: 0, count: count) }
        let fullBytes = width / 8
        gray.withUnsafeBufferPointer { buffer in
            packed.withUnsafeMutableBufferPointer { outBuffer in
                let g = buffer.baseAddress!
                let out = outBuffer.baseAddress!
                for y in 0..<height {
                    var p = g + y * width
                    let outRow = out + y * rowBytes
                    // The top bit of a gray byte is 1 exactly when it is >= 128.
                    for byteIndex in 0..<fullBytes {
                        var byte = p[0] & 0x80
                        byte |= (p[1] & 0x80) >> 1
                        byte |= (p[2] & 0x80) >> 2
                        byte |= (p[3] & 0x80) >> 3
                        byte |= (p[4] & 0x80) >> 4
                        byte |= (p[5] & 0x80) >> 5
                        byte |= (p[6] & 0x80) >> 6
                        byte |= (p[7] & 0x80) >> 7
                        outRow[byteIndex] = byte
                        p += 8
                    }
                    if fullBytes < rowBytes {
                        var byte: UInt8 = 0
                        for bit in 0..<(width - fullBytes * 8) { byte |= (p[bit] & 0x80) >> UInt8(bit) }
                        outRow[fullBytes] = byte
                    }
                }
            }
        }
        return count
    }

    /// Packs the image as R, G, B bytes.
    private func packRGB(_ raw: UnsafeMutableRawBufferPointer, stride: Int, width: Int, height: Int) -> Int {
        let count = width * height * 3
        if packed.count < count { packed = [UInt8](repeating: 0, count: count) }
        packed.withUnsafeMutableBufferPointer { out in
            let source = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var o = 0
            for y in 0..<height {
                var p = source + y * stride
                for _ in 0..<width {
                    out[o] = p[2]
                    out[o + 1] = p[1]
                    out[o + 2] = p[0]
                    o += 3
                    p += 4
                }
            }
        }
        return count
    }
}
