import CPoppler

/// poppler's own diagnostics ("Unsupported Annot Type", syntax warnings about damaged objects),
/// which poppler-glib sends to GLib's log under the domain "Poppler".
public enum PopplerDiagnostics {
    /// Drops poppler's warnings and messages for the rest of the process, so that a command's
    /// standard error carries only its own messages. Errors that stop a document from opening still
    /// surface as `ExtractionError`s.
    public static func silence() {
        let levels = GLogLevelFlags(
            rawValue: G_LOG_LEVEL_WARNING.rawValue | G_LOG_LEVEL_MESSAGE.rawValue | G_LOG_LEVEL_INFO.rawValue
                | G_LOG_LEVEL_DEBUG.rawValue | G_LOG_LEVEL_CRITICAL.rawValue)
        g_log_set_handler("Poppler", levels, { _, _, _, _ in }, nil)
    }
}
