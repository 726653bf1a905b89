import Extraction
import Foundation

/// A rendered PDF page as luminance, for asserting what a redacted output shows: how much of a
/// rectangle is black.
public struct RasterProbe: Sendable {
    public let width: Int
    public let height: Int
    /// Pixels per point.
    public let scale: Double
    public let luminance: [UInt8]

    public init(pdf: URL, page: Int, dpi: Int) throws {
        let document = try PDFDocument.open(.file(pdf))
        let image = try document.page(page).rasterize(dpi: Double(dpi))
        width = image.width
        height = image.height
        scale = Double(dpi) / 72
        var values = [UInt8](repeating: 255, count: image.width * image.height)
        image.withPixels { raw in
            for y in 0..<image.height {
                for x in 0..<image.width {
                    let p = y * image.stride + x * 4
                    values[y * image.width + x] = UInt8((Int(raw[p]) * 29 + Int(raw[p + 1]) * 150 + Int(raw[p + 2]) * 77) >> 8)
                }
            }
        }
        luminance = values
    }

    /// The share of dark pixels (luminance below 96) inside a rectangle in points, shrunk by
    /// `inset` points on every side; nil when nothing is left of it.
    public func darkFraction(x: Double, y: Double, width w: Double, height h: Double, inset: Double = 1.5) -> Double? {
        let x0 = max(0, Int(((x + inset) * scale).rounded(.up)))
        let x1 = min(width, Int(((x + w - inset) * scale).rounded(.down)))
        let y0 = max(0, Int(((y + inset) * scale).rounded(.up)))
        let y1 = min(height, Int(((y + h - inset) * scale).rounded(.down)))
        guard x1 > x0, y1 > y0 else { return nil }
        var dark = 0
        for row in y0..<y1 {
            for column in x0..<x1 where luminance[row * width + column] < 96 { dark += 1 }
        }
        return Double(dark) / Double((x1 - x0) * (y1 - y0))
    }
}
