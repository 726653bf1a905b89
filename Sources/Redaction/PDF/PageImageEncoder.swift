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
            } else if flatGreyCount(width: width, height: height) * 100_000 > pixels * PageImageEncoder.greyShare {
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
    private func toGray(_ raw: UnsafeMutableRawBufferPointer, stride: Int, width: Int, height: Int) -> Int {
        let tolerance = PageImageEncoder.colourTolerance
        var coloured = 0
        gray.withUnsafeMutableBufferPointer { out in
            let source = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var o = 0
            for y in 0..<height {
                var p = source + y * stride
                for _ in 0..<width {
                    // Cairo RGB24 on little-endian: B, G, R, unused.
                    let b = Int32(p[0])
                    let g = Int32(p[1])
                    let r = Int32(p[2])
                    out[o] = UInt8(truncatingIfNeeded: (r &* 77 &+ g &* 150 &+ b &* 29) >> 8)
                    if abs(r - g) > tolerance || abs(g - b) > tolerance || abs(r - b) > tolerance { coloured += 1 }
                    o += 1
                    p += 4
                }
            }
        }
        return coloured
    }

    /// Mid-grey pixels whose right and lower neighbours have nearly the same value: areas of grey,
    /// not the one- or two-pixel anti-aliased edges of text.
    private func flatGreyCount(width: Int, height: Int) -> Int {
        guard width > 1, height > 1 else { return 0 }
        var count = 0
        gray.withUnsafeBufferPointer { g in
            for y in 0..<(height - 1) {
                let row = y * width
                for x in 0..<(width - 1) {
                    let v = Int(g[row + x])
                    guard v >= 48, v <= 208 else { continue }
                    if abs(Int(g[row + x + 1]) - v) <= 8 && abs(Int(g[row + width + x]) - v) <= 8 { count += 1 }
                }
            }
        }
        return count
    }

    /// Packs `gray` into 1 bit per pixel (1 = white, threshold at half grey), rows padded to bytes.
    private func packBilevel(width: Int, height: Int) -> Int {
        let rowBytes = (width + 7) / 8
        let count = rowBytes * height
        if packed.count < count { packed = [UInt8](repeating: 0, count: count) }
        gray.withUnsafeBufferPointer { g in
            packed.withUnsafeMutableBufferPointer { out in
                for y in 0..<height {
                    let row = y * width
                    let outRow = y * rowBytes
                    var x = 0
                    for byteIndex in 0..<rowBytes {
                        var byte: UInt8 = 0
                        let limit = min(8, width - x)
                        for bit in 0..<limit where g[row + x + bit] >= 128 {
                            byte |= 0x80 >> UInt8(bit)
                        }
                        out[outRow + byteIndex] = byte
                        x += 8
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
