import Foundation

/// poppler-glib creates its global parameters with the first open document and deletes them when
/// the last one is closed. `PageWorkerPool` workers drop their own document copies on their threads
/// slightly *after* the pool returns, so the last close — and the deletion of the global state —
/// can race with the calling thread opening another document, or with the process exiting (seen as
/// a segfault in `GlobalParams::~GlobalParams` at exit, about one run in 30 with two workers).
///
/// `pin()` keeps one tiny document open for the rest of the process, so the global state is created
/// once and never deleted while anything else runs.
public enum PopplerGlobalState {
    /// The smallest valid one-page PDF, opened once.
    nonisolated(unsafe) private static let pinned: PDFDocument? = {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for body in ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] {
            offsets.append(pdf.utf8.count)
            pdf += "\(offsets.count) 0 obj\n\(body)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 4\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return try? PDFDocument.open(.data(Data(pdf.utf8), name: "poppler-global-state.pdf"))
    }()

    /// Keeps poppler's global state alive until the process ends. Cheap after the first call.
    public static func pin() {
        _ = pinned
    }
}
