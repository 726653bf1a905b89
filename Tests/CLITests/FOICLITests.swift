import FixtureKit
import Foundation
import Testing

/// End-to-end tests of `blackline foi …` through the built binary.
@Suite("blackline foi (end to end)", .serialized)
struct FOICLITests {
    let folder: URL
    let db: String

    init() throws {
        folder = try Fixtures.temporaryFolder("foi-cli")
        db = folder.appendingPathComponent("tracker/foi.sqlite").path
    }

    /// Runs `blackline foi …` on this test's database.
    @discardableResult
    func foi(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        var env = ["BLACKLINE_DB": db, "BLACKLINE_ACTOR": "tester"]
        for (key, value) in environment { env[key] = value }
        return try ProcessRunner.blackline(["foi"] + arguments, environment: env)
    }

    func sqlite(_ sql: String) throws -> String {
        let result = try ProcessRunner.tool("sqlite3", [db, sql])
        #expect(result.status == 0, "sqlite3: \(result.stderrText)")
        return result.stdoutText
    }

    func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    func newRequest(_ jurisdiction: String = "rs-zspi", filed: String = "2026-01-30", extra: [String] = []) throws -> String {
        let result = try foi(["new", "--jurisdiction", jurisdiction, "--agency", "Ministry of Interior", "--subject", "Overtime", "--filed", filed] + extra)
        #expect(result.status == 0, "\(result.stderrText)")
        return result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("new prints the id; show --format json has the derived deadline fields, timeline and documents")
    func newAndShow() throws {
        #expect(try newRequest() == "FOI-2026-0001")
        #expect(FileManager.default.fileExists(atPath: db))  // created on first use, folder included
        let show = try foi(["show", "FOI-2026-0001", "--format", "json", "--as-of", "2026-02-19"])
        #expect(show.status == 0)
        let object = try json(show)
        #expect(object["id"] as? String == "FOI-2026-0001")
        #expect(object["status"] as? String == "submitted")
        #expect(object["jurisdiction"] as? String == "rs-zspi")
        #expect(object["filed"] as? String == "2026-01-30" && object["received"] as? String == "2026-01-30")
        #expect(object["due"] as? String == "2026-02-18")
        #expect(object["overdue"] as? Bool == true)
        #expect(object["daysRemaining"] as? Int == -1)
        #expect((object["timeline"] as? [Any])?.count == 1)
        #expect((object["documents"] as? [Any])?.isEmpty == true)
        let early = try json(try foi(["show", "FOI-2026-0001", "--format", "json", "--as-of", "2026-02-10"]))
        #expect(early["overdue"] as? Bool == false && early["daysRemaining"] as? Int == 8)
        let text = try foi(["show", "FOI-2026-0001", "--as-of", "2026-02-10"])
        #expect(text.stdoutText.contains("Due:           2026-02-18 (Wed) — 8 days left"))
    }

    @Test("events move the clock: extension, fee pause, decision and appeal deadline")
    func events() throws {
        let id = try newRequest("uk-foia", filed: "2025-12-19")
        #expect(try foi(["event", id, "fee_required", "--on", "2026-01-05", "--note", "fee notice"]).status == 0)
        let paused = try json(try foi(["show", id, "--format", "json", "--as-of", "2026-03-01"]))
        #expect(paused["overdue"] as? Bool == false)
        #expect((paused["paused"] as? [String: Any])?["remainingDays"] as? Int == 14)
        let resumed = try foi(["event", id, "acknowledged", "--on", "2026-01-12"])
        #expect(resumed.stdoutText.contains("due 2026-01-30"))
        let refused = try foi(["event", id, "refused", "--on", "2026-01-29"])
        #expect(refused.stdoutText.contains("internal review by 2026-03-27"), "\(refused.stdoutText)")
        let list = try foi(["list", "--status", "refused", "--format", "csv"])
        #expect(list.stdoutText.split(separator: "\n").count == 2)
    }

    @Test("bad input gives a clear error, a non-zero exit and changes nothing", arguments: [
        (["new", "--jurisdiction", "rs-zspi", "--agency", "A", "--subject", "S", "--filed", "2026-02-30"], 65, "invalid date '2026-02-30' for --filed: no such day"),
        (["new", "--jurisdiction", "rs-zspi", "--agency", "A", "--subject", "S", "--filed", "30.01.2026"], 65, "expected YYYY-MM-DD"),
        (["new", "--jurisdiction", "xx-foia", "--agency", "A", "--subject", "S", "--filed", "2026-01-30"], 65, "unknown jurisdiction 'xx-foia'; known: ba-fbih"),
        (["new", "--jurisdiction", "rs-zspi", "--agency", "A", "--filed", "2026-01-30"], 64, "missing --subject"),
        (["new", "--jurisdiction", "rs-zspi", "--agency", "A", "--subject", "S", "--filed", "2026-01-30", "--received", "2026-01-29"], 65, "before the filed date"),
        (["event", "FOI-2026-0042", "granted", "--on", "2026-02-01"], 65, "unknown request id 'FOI-2026-0042'"),
        (["event", "FOI-2026-0001", "submitted", "--on", "2026-02-01"], 65, "cannot move from acknowledged to submitted; valid next states: extended, clarification_requested"),
        (["event", "FOI-2026-0001", "approved", "--on", "2026-02-01"], 64, "unknown status 'approved'"),
        (["event", "FOI-2026-0001", "granted", "--on", "2026-01-31"], 65, "before the last status change"),
        (["event", "FOI-2026-0001", "extended", "--on", "2026-02-03", "--days", "30"], 65, "longer than rs-zspi allows (25 days"),
        (["event", "FOI-2026-0001", "granted", "--on", "2026-02-03", "--days", "3"], 64, "--days goes with the 'extended' status"),
        (["attach", "FOI-2026-0001", "/nonexistent/answer.pdf"], 66, "cannot read /nonexistent/answer.pdf"),
        (["note", "FOI-2026-0001", "  "], 65, "the note is empty"),
        (["list", "--due-within", "soon"], 64, "--due-within expects a number of days"),
        (["list", "--as-of", "2026-13-01"], 65, "invalid date '2026-13-01' for --as-of"),
    ] as [([String], Int32, String)])
    func badInput(arguments: [String], status: Int32, message: String) throws {
        _ = try newRequest()
        #expect(try foi(["event", "FOI-2026-0001", "acknowledged", "--on", "2026-02-01"]).status == 0)
        let before = try sqlite(".dump")
        let result = try foi(arguments)
        #expect(result.status == status, "\(result.stderrText)")
        #expect(result.stderrText.contains(message), "\(result.stderrText)")
        #expect(result.stdout.isEmpty)
        #expect(try sqlite(".dump") == before)
    }

    @Test("8 processes × 100 changes at once: nothing lost, ids unique, audit chain intact")
    func concurrentWriters() throws {
        let shared = try newRequest()
        let script = """
            for p in 1 2 3 4 5 6 7 8; do
              ( for i in $(seq 1 50); do
                  "$BIN" foi new --jurisdiction uk-foia --agency "Agency $p" --subject "Request $p-$i" --filed 2026-03-02 || echo FAIL >&2
                  "$BIN" foi note \(shared) "note $p-$i" --actor "writer-$p" || echo FAIL >&2
                done ) > "$OUT/ids-$p.txt" &
            done
            wait
            """
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/bin/bash"), ["-c", script],
            environment: ["BIN": Fixtures.binary.path, "OUT": folder.path, "BLACKLINE_DB": db, "BLACKLINE_ACTOR": "tester"])
        #expect(result.status == 0)
        #expect(!result.stderrText.contains("FAIL"), "\(result.stderrText)")
        var ids: [String] = []
        for p in 1...8 {
            ids += try String(contentsOf: folder.appendingPathComponent("ids-\(p).txt"), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        #expect(ids.count == 400)
        #expect(Set(ids).count == 400)
        #expect(Set(ids) == Set((1...400).map { String(format: "FOI-2026-%04d", $0 + 1) }))
        #expect(try sqlite("SELECT COUNT(*) FROM events WHERE kind = 'note'") == "400\n")
        #expect(try sqlite("SELECT COUNT(*) FROM audit") == "801\n")
        let verify = try foi(["audit", "--verify"])
        #expect(verify.status == 0 && verify.stdoutText.contains("intact: 801 entries"))
    }

    @Test("kill -9 in the middle of a large import leaves a consistent database")
    func killDuringImport() throws {
        _ = try newRequest()
        var csv = "jurisdiction,agency,subject,filed,status,status_on,tags\n"
        let months = (1...12).map { $0 < 10 ? "0\($0)" : "\($0)" }
        for i in 0..<60_000 { csv += "rs-zspi,Agency \(i % 97),Subject \(i),2025-\(months[i % 12])-10,granted,2025-12-20,t\(i % 5)\n" }
        let file = folder.appendingPathComponent("big.csv")
        try Data(csv.utf8).write(to: file)
        let process = Process()
        process.executableURL = Fixtures.binary
        process.arguments = ["foi", "import", file.path, "--db", db]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the import holds the write lock (it is inside its transaction, inserting), then
        // give it a moment more and kill it.
        let deadline = Date().addingTimeInterval(120)
        var locked = false
        while Date() < deadline, process.isRunning, !locked {
            let probe = try ProcessRunner.tool("sqlite3", ["-cmd", ".timeout 0", db, "BEGIN IMMEDIATE; ROLLBACK;"])
            locked = probe.status != 0 && probe.stderrText.contains("locked")
            if !locked { usleep(20_000) }
        }
        usleep(300_000)
        #expect(locked, "never saw the import inside its write transaction")
        #expect(process.isRunning, "the import finished before it could be killed; make the file larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try sqlite("PRAGMA integrity_check") == "ok\n")
        #expect(try sqlite("PRAGMA foreign_key_check") == "")
        #expect(try sqlite("SELECT COUNT(*) FROM requests") == "1\n")  // all or nothing: nothing
        #expect(try sqlite("SELECT COUNT(*) FROM events") == "1\n")
        #expect(try foi(["audit", "--verify"]).status == 0)
        // The database still works.
        #expect(try newRequest() == "FOI-2026-0002")
    }

    @Test("an audit entry edited, deleted or reordered with sqlite3 is named by audit --verify", arguments: [
        ("UPDATE audit SET details = replace(details, 'Overtime', 'Nothing') WHERE seq = 1", "#1"),
        ("DELETE FROM audit WHERE seq = 2", "#2"),
        ("UPDATE audit SET seq = 100 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 100", "#2"),
    ])
    func tamper(sql: String, entry: String) throws {
        let id = try newRequest()
        try foi(["note", id, "first"])
        try foi(["note", id, "second"])
        #expect(try foi(["audit", "--verify"]).status == 0)
        _ = try sqlite(sql)
        let result = try foi(["audit", "--verify"])
        #expect(result.status == 1)
        #expect(result.stdoutText.contains("first bad entry \(entry)"), "\(result.stdoutText)")
    }

    @Test("export, import into a new database, export again: identical (CSV and JSON)", arguments: ["csv", "json"])
    func exportImport(format: String) throws {
        let id = try newRequest("uk-foia", filed: "2025-12-19", extra: ["--tag", "visas", "--tracking", "HO/1", "--channel", "email", "--fee", "10 GBP"])
        _ = try newRequest(extra: ["--urgent", "--embargo", "2026-06-01"])
        try foi(["event", id, "clarification_requested", "--on", "2026-01-05", "--note", "which years?\nall of them"])
        try foi(["event", id, "submitted", "--on", "2026-01-08"])
        try foi(["update", id, "--tracking", "HO/2", "--untag", "visas", "--tag", "home-office", "--on", "2026-01-09"])
        let attachment = folder.appendingPathComponent("reply, \"final\".pdf")
        try Data("%PDF reply".utf8).write(to: attachment)
        #expect(try foi(["attach", id, attachment.path, "--kind", "response", "--on", "2026-01-20"]).status == 0)
        let first = try foi(["export", "--format", format])
        #expect(first.status == 0)
        let file = folder.appendingPathComponent("export.\(format)")
        try first.stdout.write(to: file)
        let copyDB = folder.appendingPathComponent("copy.sqlite").path
        let imported = try foi(["import", file.path, "--db", copyDB])
        #expect(imported.status == 0, "\(imported.stderrText)")
        let second = try foi(["export", "--format", format, "--db", copyDB])
        #expect(second.stdoutText == first.stdoutText)
        // The same ids again: refused as a whole, nothing changes.
        let again = try foi(["import", file.path, "--db", copyDB])
        #expect(again.status == 65 && again.stderrText.contains("already exists"))
        #expect(try foi(["export", "--format", format, "--db", copyDB]).stdoutText == first.stdoutText)
    }

    @Test("attach keeps a hashed copy; purge removes it, keeps the metadata and audits the purge")
    func attachAndPurge() throws {
        let id = try newRequest()
        let file = folder.appendingPathComponent("footage-index.txt")
        try Data("camera 7, 02:14\n".utf8).write(to: file)
        let attached = try foi(["attach", id, file.path])
        #expect(attached.status == 0)
        let sha = String(attached.stdoutText.prefix(64))
        let copy = URL(fileURLWithPath: db + ".documents/\(sha.prefix(2))/\(sha)")
        #expect(FileManager.default.fileExists(atPath: copy.path))
        #expect(try foi(["purge", "--older-than", "30d"]).stdoutText.contains("removed 0 copies"))
        let dry = try foi(["purge", "--older-than", "0d", "--dry-run"])
        #expect(dry.stdoutText.contains("would remove 1 copy"))
        #expect(FileManager.default.fileExists(atPath: copy.path))
        #expect(try foi(["purge", "--older-than", "0d"]).stdoutText.contains("removed 1 copy"))
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        let document = try #require((try json(try foi(["show", id, "--format", "json"]))["documents"] as? [[String: Any]])?.first)
        #expect(document["sha256"] as? String == sha)
        #expect(document["purgedAt"] is String)
        #expect(try foi(["audit"]).stdoutText.contains("purge"))
        #expect(try foi(["audit", "--verify"]).status == 0)
    }

    @Test("the database defaults to $XDG_DATA_HOME/blackline/foi.sqlite, created on first use")
    func defaultLocation() throws {
        let home = folder.appendingPathComponent("xdg")
        let result = try ProcessRunner.blackline(
            ["foi", "new", "--jurisdiction", "hr-zppi", "--agency", "A", "--subject", "S", "--filed", "2026-03-21"],
            environment: ["BLACKLINE_DB": "", "XDG_DATA_HOME": home.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("blackline/foi.sqlite").path))
    }

    @Test("a jurisdiction added as a file in $BLACKLINE_POLICIES/foi is used; a malformed one is a located error")
    func userJurisdiction() throws {
        let policies = folder.appendingPathComponent("policies/foi")
        try FileManager.default.createDirectory(at: policies, withIntermediateDirectories: true)
        try Data("""
            {"id": "me-zsp", "name": "Montenegro", "law": "ZSPI", "knownUntil": 2027,
             "response": {"days": 15, "dayType": "calendar", "source": "not checked", "confirmed": false},
             "holidays": {"source": "not checked", "rules": [{"name": "New Year", "date": "01-01", "through": "01-02"}]}}
            """.utf8).write(to: policies.appendingPathComponent("me-zsp.json"))
        try Data("{\"id\": \"me-bad\",\n \"knownUntil\": \"soon\"}".utf8).write(to: policies.appendingPathComponent("me-bad.json"))
        let env = ["BLACKLINE_POLICIES": folder.appendingPathComponent("policies").path]
        let created = try foi(["new", "--jurisdiction", "me-zsp", "--agency", "A", "--subject", "S", "--filed", "2025-12-20"], environment: env)
        #expect(created.status == 0)
        let shown = try json(try foi(["show", "FOI-2025-0001", "--format", "json"], environment: env))
        #expect(shown["due"] as? String == "2026-01-05")
        #expect((shown["unconfirmed"] as? [String])?.contains("response period") == true)
        let bad = try foi(["new", "--jurisdiction", "me-bad", "--agency", "A", "--subject", "S", "--filed", "2025-12-20"], environment: env)
        #expect(bad.status == 65)
        #expect(bad.stderrText.contains("me-bad.json:2:16: \"knownUntil\" must be an integer"), "\(bad.stderrText)")
        let list = try foi(["jurisdictions"], environment: env)
        #expect(list.stdoutText.contains("me-zsp") && list.stdoutText.contains("us-foia"))
        #expect(list.status == 65 && list.stderrText.contains("me-bad.json:2:16"))
    }

    @Test("due, list and stats views")
    func views() throws {
        let late = try newRequest()  // due 2026-02-18
        let soon = try newRequest(filed: "2026-02-12")  // due 2026-02-27
        let answered = try newRequest(filed: "2026-01-05")
        try foi(["event", answered, "partially_granted", "--on", "2026-01-15"])
        let due = try foi(["due", "--as-of", "2026-02-20", "--format", "json"])
        let object = try json(due)
        #expect((object["overdue"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [late])
        #expect((object["dueSoon"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [soon])
        #expect((object["appealDeadlines"] as? [[String: Any]])?.isEmpty == true)  // complaint window ended 30 Jan
        let overdue = try foi(["list", "--overdue", "--as-of", "2026-02-20"])
        #expect(overdue.stdoutText.contains(late) && !overdue.stdoutText.contains(soon))
        let stats = try json(try foi(["stats", "--format", "json", "--as-of", "2026-02-20"]))
        let total = try #require((stats["groups"] as? [[String: Any]])?.first)
        #expect(total["requests"] as? Int == 3)
        #expect(total["medianDaysToFirstAnswer"] as? Double == 10)
        #expect((total["outcomeShares"] as? [String: Any])?["partially_granted"] as? Double == 1)
        #expect(total["onTimeShare"] as? Double == 0.5)
    }
}
