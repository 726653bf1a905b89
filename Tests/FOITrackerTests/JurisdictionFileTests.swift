import BlacklineCore
import FOITracker
import FixtureKit
import Foundation
import Testing

@Suite("Jurisdiction files")
struct JurisdictionFileTests {
    static let ids = ["us-foia", "uk-foia", "eu-1049", "rs-zspi", "hr-zppi", "ba-zspi", "ba-fbih"]

    @Test("every shipped jurisdiction loads, and every fact has a source", arguments: ids)
    func loads(id: String) throws {
        let jurisdiction = try jurisdiction(id)
        #expect(jurisdiction.id == id)
        #expect(!jurisdiction.response.fact.source.isEmpty)
        #expect(jurisdiction.knownUntil >= 2026)
        // Every year up to knownUntil has holidays (an empty year means a missing list).
        for year in 2025...jurisdiction.knownUntil {
            #expect(!jurisdiction.calendar.holidays(in: year).isEmpty, "\(id) \(year)")
        }
    }

    @Test("the built-in copies are exactly the files in policies/foi")
    func embeddedMatchFiles() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("policies/foi")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var files: [String: String] = [:]
        for name in names { files[String(name.dropLast(5))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        if ProcessInfo.processInfo.environment["BLACKLINE_UPDATE_EMBEDDED"] == "1" {
            try AtomicFile.write(Self.generate(files), to: Fixtures.packageRoot.appendingPathComponent("Sources/FOITracker/Jurisdiction/EmbeddedJurisdictions.swift"))
            return
        }
        #expect(EmbeddedJurisdictions.files == files, "run BLACKLINE_UPDATE_EMBEDDED=1 swift test --filter embeddedMatchFiles, then rebuild")
    }

    static func generate(_ files: [String: String]) -> String {
        var lines = [
            "// Generated from policies/foi/*.json by Tests/FOITrackerTests/JurisdictionFileTests.swift:",
            "// run `BLACKLINE_UPDATE_EMBEDDED=1 swift test --filter embeddedMatchFiles` after editing a file. Do not edit.", "",
            "/// The shipped jurisdiction files, built into the binary so an installed `blackline` works",
            "/// without a policies/ folder. Files found on the search path take precedence.",
            "public enum EmbeddedJurisdictions {", "    public static let files: [String: String] = [",
        ]
        for (id, text) in files.sorted(by: { $0.key < $1.key }) {
            lines.append("        \"\(id)\": ##\"\"\"")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                lines.append(line.isEmpty ? "" : "            " + line)
            }
            lines += ["", "            \"\"\"##,"]
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("a user adds a jurisdiction by adding a file, which takes precedence over the built-in one")
    func userFile() throws {
        let folder = try Fixtures.temporaryFolder("foi-policies")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            {"id": "me-zsp", "name": "Montenegro", "law": "Law on Free Access to Information", "knownUntil": 2027,
             "response": {"days": 15, "dayType": "calendar", "source": "unchecked", "confirmed": false},
             "holidays": {"source": "test", "rules": [{"name": "New Year", "date": "01-01", "through": "01-02"}]}}
            """
        try text.write(to: folder.appendingPathComponent("me-zsp.json"), atomically: true, encoding: .utf8)
        let catalog = JurisdictionCatalog(folders: [folder])
        #expect(catalog.availableIDs().contains("me-zsp"))
        #expect(catalog.availableIDs().contains("us-foia"))  // built in
        let montenegro = try catalog.jurisdiction("me-zsp")
        // 20 Dec 2025 + 15 = 4 Jan 2026, a Sunday → Monday 5 Jan.
        let report = RequestClock.evaluate(
            jurisdiction: montenegro, received: day("2025-12-20"), urgent: false, changes: [StatusChange(status: .submitted, date: day("2025-12-20"))])
        #expect(report.due == day("2026-01-05"))
        #expect(report.unconfirmed.contains("response period"))
    }

    @Test("malformed files give file:line:col errors", arguments: [
        ("{\"id\": \"x-y\",\n \"name\": 3}", "1:1", "missing the field \"knownUntil\""),
        ("{\"id\": \"x-y\", \"knownUntil\": 2027,\n \"response\": {\"days\": 15, \"dayType\": \"working\", \"source\": \"s\"},\n \"holidays\": {\"source\": \"s\"}, \"name\": 3}", "3:39", "\"name\" must be a string"),
        ("{\"id\": \"x-y\", \"name\": \"n\", \"law\": \"l\", \"knownUntil\": 2027,\n \"response\": {\"days\": 15, \"dayType\": \"weekly\", \"source\": \"s\"},\n \"holidays\": {\"source\": \"s\"}}", "2:38", "dayType must be \"working\" or \"calendar\""),
        ("{\"id\": \"x-y\", \"name\": \"n\", \"law\": \"l\", \"knownUntil\": 2027,\n \"response\": {\"days\": 15, \"dayType\": \"working\"},\n \"holidays\": {\"source\": \"s\"}}", "2:14", "needs a \"source\""),
        ("{\"id\": \"x-y\", \"name\": \"n\", \"law\": \"l\", \"knownUntil\": 2027,\n \"response\": {\"days\": 15, \"dayType\": \"working\", \"source\": \"s\"},\n \"holidays\": {\"source\": \"s\", \"rules\": [{\"name\": \"x\", \"date\": \"02-30\"}]}}", "3:62", "\"MM-DD\""),
        ("{\"id\": \"x-y\", \"name\": \"n\", \"law\": \"l\", \"knownUntil\": 2027, \"respons\": {}}", "1:60", "unknown field \"respons\""),
        ("{\"id\": \"x-z\"}", "1:8", "file is named x-y.json"),
        ("{\"id\": \"x-y\",", "1:14", "unexpected end of file inside an object"),
    ])
    func malformed(text: String, location: String, reason: String) throws {
        let error = #expect(throws: LocatedError.self) { try Jurisdiction(json: text, file: "x-y.json", expectedID: "x-y") }
        #expect(error?.message.hasPrefix("x-y.json:\(location):") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
    }

    @Test("an unknown jurisdiction names the known ones")
    func unknown() {
        let error = #expect(throws: FOIError.self) { try shippedCatalog.jurisdiction("xx-foia") }
        #expect(error?.message.contains("rs-zspi") == true)
    }
}
