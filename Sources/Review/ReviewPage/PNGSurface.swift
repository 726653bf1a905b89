import CPoppler
import Extraction
import Foundation

/// A cairo image surface that a rendered page is copied into and written out as PNG: 8-bit gray
/// (cairo writes an A8 surface as a gray PNG) or 24-bit RGB.
///
/// Owns its `cairo_surface_t` and destroys it in `deinit`. Not Sendable: a cairo surface belongs
/// to one thread (each page worker keeps its own).
final class PNGSurface {
    private let surface: OpaquePointer
    let width: Int
    let height: Int
    let isGray: Bool

    init(width: Int, height: Int, gray: Bool) throws {
        guard let surface = cairo_image_surface_create(gray ? CAIRO_FORMAT_A8 : CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
        else {
            throw ReviewError(.renderFailure, "cannot allocate a \(width)×\(height) image")
        }
        self.surface = surface
        self.width = width
        self.height = height
        self.isGray = gray
    }

    deinit { cairo_surface_destroy(surface) }

    /// Copies `image` (same size): RGB as it is, or gray as luminance, rounded to `grayLevels`
    /// evenly spaced levels (fewer levels compress better; 16 keep text smooth).
    func copy(from image: RasterImage, grayLevels: Int = 256) {
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let target = cairo_image_surface_get_data(surface)!
        let levels = max(2, min(256, grayLevels))
        // Lookup from luminance to the nearest level.
        let table: [UInt8] = (0..<256).map { value in
            let step = 255.0 / Double(levels - 1)
            return UInt8(((Double(value) / step).rounded() * step).rounded())
        }
        image.withPixels { pixels in
            for y in 0..<height {
                let source = pixels.baseAddress! + y * image.stride
                let row = target + y * stride
                if isGray {
                    for x in 0..<width {
                        let p = source + x * 4
                        let b = Int(p.load(fromByteOffset: 0, as: UInt8.self))
                        let g = Int(p.load(fromByteOffset: 1, as: UInt8.self))
                        let r = Int(p.load(fromByteOffset: 2, as: UInt8.self))
                        row[x] = table[(r * 77 + g * 150 + b * 29) >> 8]
                    }
                } else {
                    UnsafeMutableRawPointer(row).copyMemory(from: source, byteCount: width * 4)
                }
            }
        }
        cairo_surface_mark_dirty(surface)
    }

    /// The surface as a PNG file.
    func pngData() throws -> Data {
        let sink = Sink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(
                surface,
                { closure, bytes, length in
                    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                    Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                    return CAIRO_STATUS_SUCCESS
                }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ReviewError(.renderFailure, "cannot encode a page image as PNG (cairo status \(status.rawValue))")
        }
        return sink.data
    }

    /// Collects the bytes cairo writes.
    private final class Sink {
        var data = Data()
    }
}
