import CGLib
import Foundation

/// SHA-256 digests, computed by GLib's `GChecksum`.
///
/// Use `SHA256.hex(of:)` for data in memory, `SHA256.hex(ofFileAt:)` for files of any size, or an
/// instance to hash a stream of chunks.
public final class SHA256 {
    // The GChecksum is owned by this object and freed in deinit. Not Sendable: GChecksum is not
    // safe to update from several threads at once.
    private let checksum: OpaquePointer
    private var finished = false

    public init() {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else {
            fatalError("GLib could not allocate a SHA-256 checksum")
        }
        self.checksum = checksum
    }

    deinit { g_checksum_free(checksum) }

    /// Adds bytes to the digest.
    public func update(_ data: Data) {
        precondition(!finished, "SHA256.update after finalize")
        data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress, raw.count > 0 else { return }
            g_checksum_update(checksum, base, gssize(raw.count))
        }
    }

    /// Adds the UTF-8 bytes of a string to the digest.
    public func update(_ string: String) {
        update(Data(string.utf8))
    }

    /// Adds raw bytes to the digest.
    public func update(_ bytes: UnsafeRawBufferPointer) {
        precondition(!finished, "SHA256.update after finalize")
        guard let base = bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count > 0 else { return }
        g_checksum_update(checksum, base, gssize(bytes.count))
    }

    /// The digest as 64 lowercase hexadecimal characters. Ends the computation.
    public func finalizeHex() -> String {
        finished = true
        return String(cString: g_checksum_get_string(checksum))
    }

    /// The SHA-256 of `data` as lowercase hex.
    public static func hex(of data: Data) -> String {
        let hasher = SHA256()
        hasher.update(data)
        return hasher.finalizeHex()
    }

    /// The SHA-256 of a string's UTF-8 bytes as lowercase hex.
    public static func hex(of string: String) -> String {
        hex(of: Data(string.utf8))
    }

    /// The SHA-256 of a file's content, read in chunks, as lowercase hex.
    public static func hex(ofFileAt url: URL) throws -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw GeneralError(.missingInput, "cannot open \(url.path) for reading")
        }
        defer { try? handle.close() }
        let hasher = SHA256()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw GeneralError(.io, "cannot read \(url.path): \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            hasher.update(chunk)
        }
        return hasher.finalizeHex()
    }
}

/// HMAC-SHA-256, computed by GLib's `GHmac`; used for keyed pseudonyms and tamper-evident chains.
public enum HMACSHA256 {
    /// The HMAC-SHA-256 of `message` under `key`, as lowercase hex.
    public static func hex(key: Data, message: Data) -> String {
        key.withUnsafeBytes { keyRaw in
            let keyBase = keyRaw.bindMemory(to: UInt8.self).baseAddress
            guard let hmac = g_hmac_new(G_CHECKSUM_SHA256, keyBase, gsize(keyRaw.count)) else {
                fatalError("GLib could not allocate an HMAC")
            }
            defer { g_hmac_unref(hmac) }
            message.withUnsafeBytes { messageRaw in
                if let base = messageRaw.bindMemory(to: UInt8.self).baseAddress, messageRaw.count > 0 {
                    g_hmac_update(hmac, base, gssize(messageRaw.count))
                }
            }
            return String(cString: g_hmac_get_string(hmac))
        }
    }
}
