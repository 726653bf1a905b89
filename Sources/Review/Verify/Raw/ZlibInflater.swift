import CZlib
import Foundation

/// Inflates zlib (Flate) data with a size limit; owns its z_stream for the duration of one call.
enum ZlibInflater {
    /// The inflated bytes (at most `limit`), or nil when the data is not valid zlib data. Data that
    /// ends early (a truncated stream) yields what could be inflated.
    static func inflate(_ input: UnsafeRawBufferPointer, limit: Int) -> [UInt8]? {
        guard let base = input.baseAddress, input.count > 0 else { return nil }
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(min(input.count, Int(UInt32.max)))
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while output.count < limit {
            let status: Int32 = chunk.withUnsafeMutableBytes { buffer in
                stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(buffer.count)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            let produced = chunk.count - Int(stream.avail_out)
            output.append(contentsOf: chunk[0..<min(produced, limit - output.count)])
            if status == Z_STREAM_END { break }
            if status != Z_OK {
                return output.isEmpty ? nil : output
            }
            if produced == 0 && stream.avail_in == 0 { break }
        }
        return output
    }
}
