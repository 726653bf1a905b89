import FixtureKit
import Foundation
import Testing

/// The product's main job end to end: detection with the policy engine, secure redaction, and the
/// verifier's verdict on the result.
@Suite("redact with the policy engine, then verify")
struct RedactThenVerifyTests {
    static let ids = Fixtures.corpusIDs

    @Test("every redacted corpus PDF passes verify with its case registry", arguments: ids)
    func redactedOutputPassesVerify(id: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = Fixtures.corpus.appendingPathComponent("\(id).pdf").path
        let caseFile = Fixtures.corpus.appendingPathComponent("\(id).case.json").path
        let out = folder.appendingPathComponent("\(id).redacted.pdf").path
        var arguments = ["redact", pdf, "--case", caseFile, "-o", out, "--dpi", "50"]
        if id == "dev-10" { arguments.append("--allow-unchecked-pages") }  // a scan without a text layer
        let redact = try ProcessRunner.blackline(arguments)
        #expect(redact.status == 0, "\(redact.stderrText)")

        let verify = try ProcessRunner.blackline(["verify", out, "--case", caseFile, "--format", "json"])
        #expect(verify.status == 0, "\(verify.stdoutText)")
        let report = try #require(try JSONSerialization.jsonObject(with: verify.stdout) as? [String: Any])
        let problems = report["problems"] as? [[String: Any]] ?? []
        #expect(problems.filter { $0["severity"] as? String == "leak" }.isEmpty)
        // The original is not safe: the verifier finds the protected terms in it.
        let original = try ProcessRunner.blackline(["verify", pdf, "--case", caseFile])
        #expect(original.status == (id == "dev-10" ? 0 : 1))
    }
}
