import CPoppler

/// A GError copied into Swift and freed.
struct GLibError {
    let domain: String
    let code: Int32
    let message: String

    /// Takes ownership of `error` (frees it) and returns its contents, or nil when there was none.
    static func take(_ error: UnsafeMutablePointer<GError>?) -> GLibError? {
        guard let error else { return nil }
        defer { g_error_free(error) }
        let domain = g_quark_to_string(error.pointee.domain).map { String(cString: $0) } ?? "unknown"
        let message = error.pointee.message.map { String(cString: $0) } ?? ""
        return GLibError(domain: domain, code: error.pointee.code, message: message)
    }

    var isEncrypted: Bool { domain == "poppler-quark" && code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) }
    var isDamaged: Bool { domain == "poppler-quark" && code == Int32(POPPLER_ERROR_BAD_CATALOG.rawValue) || domain == "poppler-quark" && code == Int32(POPPLER_ERROR_DAMAGED.rawValue) }
    var isFileError: Bool { domain == "g-file-error-quark" || domain == "g-io-error-quark" }
}

/// Copies a g_malloc'd C string into Swift and frees it.
func takeGString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { g_free(pointer) }
    return String(cString: pointer)
}
