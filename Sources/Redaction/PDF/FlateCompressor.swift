import CZlib

/// zlib deflate (the PDF `FlateDecode` filter), reusing one zlib stream and one output buffer.
///
/// Not Sendable: one per worker thread.
public final class FlateCompressor {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8] = []
    public let level: Int32
    public let strategy: Int32

    /// - Parameters:
    ///   - level: 1 (fastest) … 9 (smallest).
    ///   - strategy: `Z_DEFAULT_STRATEGY`, `Z_FILTERED`, `Z_RLE`…
    public init(level: Int = 6, strategy: Int32 = Z_DEFAULT_STRATEGY) throws {
        self.level = Int32(min(9, max(1, level)))
        self.strategy = strategy
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, self.level, Z_DEFLATED, MAX_WBITS, 8, strategy, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw RedactionError(.renderFailure, source: "zlib", detail: "deflateInit failed (\(status))")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `input` into a zlib stream and calls `body` with the compressed bytes (valid only
    /// during the call).
    public func compress<T>(_ input: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        guard deflateReset(stream) == Z_OK else {
            throw RedactionError(.renderFailure, source: "zlib", detail: "deflateReset failed")
        }
        let bound = Int(deflateBound(stream, uLong(input.count))) + 64
        if output.count < bound { output = [UInt8](repeating: 0, count: bound) }
        let produced: Int = try output.withUnsafeMutableBufferPointer { out in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(input.count)
            stream.pointee.next_out = out.baseAddress
            stream.pointee.avail_out = uInt(out.count)
            let status = deflate(stream, Z_FINISH)
            guard status == Z_STREAM_END else {
                throw RedactionError(.renderFailure, source: "zlib", detail: "deflate failed (\(status))")
            }
            return out.count - Int(stream.pointee.avail_out)
        }
        return try output.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) }
    }
}
