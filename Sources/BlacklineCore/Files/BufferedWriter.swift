import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer over a POSIX file descriptor: standard output or a file being written.
///
/// Writes are collected in a 64 KiB buffer; `flush()` pushes them out and reports I/O errors as
/// `GeneralError(.io, …)`. Not Sendable: one writer belongs to one thread.
public final class BufferedWriter {
    private let descriptor: Int32
    private let label: String
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// Total bytes accepted so far.
    public private(set) var bytesWritten: Int = 0

    /// Wraps `descriptor`; `label` names it in error messages (a path, or "standard output").
    public init(descriptor: Int32, label: String, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.label = label
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// A writer for standard output.
    public static func standardOutput() -> BufferedWriter {
        BufferedWriter(descriptor: STDOUT_FILENO, label: "standard output")
    }

    deinit { try? flush() }

    /// Appends the UTF-8 bytes of `string`.
    public func write(_ string: String) throws {
        var string = string
        try string.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `data`.
    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    /// Appends a single byte.
    public func write(byte: UInt8) throws {
        buffer.append(byte)
        bytesWritten += 1
        if buffer.count >= capacity { try flush() }
    }

    /// Appends raw bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        bytesWritten += bytes.count
        if bytes.count >= capacity {
            try flush()
            try writeAll(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out everything buffered so far.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        let pending = buffer
        buffer.removeAll(keepingCapacity: true)
        try pending.withUnsafeBytes { try writeAll($0) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw GeneralError(.io, "cannot write to \(label): \(String(cString: strerror(errno)))")
            }
            remaining -= written
            pointer += written
        }
    }
}
