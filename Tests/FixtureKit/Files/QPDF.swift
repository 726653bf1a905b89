import Foundation

/// qpdf (Debian package `qpdf`) for fixtures cairo cannot make: encrypted, rotated and
/// concatenated PDFs. Every call throws `FixtureError` with qpdf's message when it fails.
public enum QPDF {
    /// Encrypts `input` into `output` (AES-256 by default). An empty `userPassword` makes an
    /// owner-password-only file, which opens without a password.
    public static func encrypt(_ input: URL, to output: URL, userPassword: String, ownerPassword: String, bits: Int = 256) throws {
        try run(["--encrypt", userPassword, ownerPassword, String(bits), "--", input.path, output.path])
    }

    /// Sets `/Rotate` on `pages` (qpdf syntax: "1-z" for all, "2", "1,3") by `degrees` (a multiple of 90).
    public static func rotate(_ input: URL, to output: URL, degrees: Int, pages: String = "1-z") throws {
        try run([input.path, "--rotate=\(degrees >= 0 ? "+" : "")\(degrees):\(pages)", output.path])
    }

    /// Writes the pages of `inputs`, in order, into one PDF.
    public static func concatenate(_ inputs: [URL], to output: URL) throws {
        try run(["--empty", "--pages"] + inputs.map(\.path) + ["--", output.path])
    }

    /// Runs qpdf; exit 0 is success, 3 is success with warnings (qpdf's convention).
    public static func run(_ arguments: [String]) throws {
        let result: ProcessResult
        do {
            result = try ProcessRunner.tool("qpdf", arguments)
        } catch {
            throw FixtureError("cannot run qpdf (install the qpdf package): \(error)")
        }
        guard result.status == 0 || result.status == 3 else {
            throw FixtureError("qpdf \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderrText)")
        }
    }
}
