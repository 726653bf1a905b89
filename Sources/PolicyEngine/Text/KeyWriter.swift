/// A lookup key written piece by piece into memory on the stack (`withKey`): discovery's
/// seen-name and generated-word keys, initials without their spaces. No array to clear and grow
/// for every key.
struct KeyWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// Calls `body` with a writer over `capacity` bytes on the stack (the key must fit).
    @inline(__always)
    static func withKey<Result>(capacity: Int, _ body: (inout KeyWriter) throws -> Result) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var writer = KeyWriter(buffer)
            return try body(&writer)
        }
    }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<count]) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        for b in bytes { append(b) }
    }

    /// Bytes from a buffer, copied at once.
    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        (buffer.baseAddress.unsafelyUnwrapped + count).update(from: source, count: bytes.count)
        count &+= bytes.count
    }

    /// The decimal digits of `value` (≥ 0).
    mutating func appendDecimal(_ value: Int) {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var v = value
        for k in stride(from: count + digits - 1, through: count, by: -1) {
            buffer[k] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        }
        count += digits
    }
}
