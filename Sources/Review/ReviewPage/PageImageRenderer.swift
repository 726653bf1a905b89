import Extraction
import Foundation

/// Renders PDF pages into small PNG images for the review page: gray unless the page has colour
/// (a stamp, a photo), at a modest resolution, so that a 100-page document stays a few megabytes.
struct PageImageRenderer {
    /// One page's image.
    struct PageImage: Sendable {
        var number: Int
        var png: Data
        var pixelWidth: Int
        var pixelHeight: Int
        var isGray: Bool
    }

    /// Reusable buffers of one worker thread.
    final class WorkerState {
        var image: RasterImage?
        var gray: PNGSurface?
        var color: PNGSurface?
    }

    var dpi: Double
    /// Gray levels kept (see `PNGSurface.copy`).
    var grayLevels: Int = 16

    func render(_ page: PDFPage, state: WorkerState) throws -> PageImage {
        let (width, height) = page.pixelSize(dpi: dpi)
        let image: RasterImage
        if let reusable = state.image, reusable.width == width, reusable.height == height {
            image = reusable
        } else {
            image = try RasterImage(width: width, height: height)
            state.image = image
        }
        page.render(into: image, dpi: dpi)
        let gray = !PageImageRenderer.hasColor(image)
        let surface: PNGSurface
        if let reusable = gray ? state.gray : state.color, reusable.width == width, reusable.height == height {
            surface = reusable
        } else {
            surface = try PNGSurface(width: width, height: height, gray: gray)
            if gray { state.gray = surface } else { state.color = surface }
        }
        surface.copy(from: image, grayLevels: grayLevels)
        return PageImage(number: page.number, png: try surface.pngData(), pixelWidth: width, pixelHeight: height, isGray: gray)
    }

    /// True when more than a few pixels are clearly coloured (not gray).
    static func hasColor(_ image: RasterImage) -> Bool {
        let threshold = 40
        let enough = max(16, image.width * image.height / 20_000)
        var colored = 0
        return image.withPixels { pixels in
            for y in 0..<image.height {
                let row = pixels.baseAddress! + y * image.stride
                for x in 0..<image.width {
                    let p = row + x * 4
                    let b = Int(p.load(fromByteOffset: 0, as: UInt8.self))
                    let g = Int(p.load(fromByteOffset: 1, as: UInt8.self))
                    let r = Int(p.load(fromByteOffset: 2, as: UInt8.self))
                    if max(r, g, b) - min(r, g, b) > threshold {
                        colored += 1
                        if colored >= enough { return true }
                    }
                }
            }
            return false
        }
    }
}
