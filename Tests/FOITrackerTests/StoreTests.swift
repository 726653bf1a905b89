import BlacklineCore
import FOITracker
import FixtureKit
import Foundation
import Testing

@Suite("The request store")
struct StoreTests {
    func new(_ jurisdiction: String = "rs-zspi", filed: String = "2026-01-30", tags: [String] = []) -> NewRequest {
        NewRequest(jurisdiction: jurisdiction, agency: "Ministry of Interior", subject: "Overtime records", filed: day(filed), tags: tags)
    }

    /// Every row of every table, to prove a failed command changed nothing.
    func snapshot(_ store: FOIStore) throws -> [String] {
        var rows: [String] = []
        for table in ["requests", "tags", "tracking_numbers", "events", "documents", "audit"] {
            rows += try store.database.statement("SELECT * FROM \(table)").map { s in
                (0..<8).map { s.text(Int32($0)) }.joined(separator: "|")
            }.map { "\(table): \($0)" }
        }
        return rows
    }

    @Test("ids are numbered per filing year")
    func ids() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try store.create(new(), actor: "a") == "FOI-2026-0001")
        #expect(try store.create(new(), actor: "a") == "FOI-2026-0002")
        #expect(try store.create(new(filed: "2025-12-19"), actor: "a") == "FOI-2025-0001")
        #expect(try store.count() == 3)
    }

    @Test("a status change updates the status and the clock; an invalid one is refused and changes nothing")
    func transitions() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try store.create(new(), actor: "alice")
        try store.recordStatus(id, status: .acknowledged, on: day("2026-02-02"), note: nil, days: nil, actor: "bob")
        let before = try snapshot(store)
        let invalid = #expect(throws: FOIError.self) {
            try store.recordStatus(id, status: .submitted, on: day("2026-02-03"), note: nil, days: nil, actor: "bob")
        }
        #expect(invalid?.message.contains("valid next states: extended, clarification_requested") == true)
        #expect(throws: FOIError.self) { try store.recordStatus(id, status: .granted, on: day("2026-01-29"), note: nil, days: nil, actor: "bob") }
        #expect(throws: FOIError.self) { try store.recordStatus(id, status: .extended, on: day("2026-02-03"), note: nil, days: 26, actor: "bob") }
        #expect(throws: FOIError.self) { try store.recordStatus("FOI-2026-0099", status: .granted, on: day("2026-02-03"), note: nil, days: nil, actor: "bob") }
        #expect(try snapshot(store) == before)
        let clock = try store.recordStatus(id, status: .extended, on: day("2026-02-10"), note: "more time", days: nil, actor: "bob")
        #expect(clock.due == day("2026-03-11"))
        let record = try store.record(id)
        #expect(record.status == .extended)
        #expect(record.timeline.map(\.actor) == ["alice", "bob", "bob"])
    }

    @Test("the audit chain detects an edited, deleted or reordered entry and names it")
    func tamper() throws {
        for attack in ["edit", "delete", "reorder", "rehash", "truncate"] {
            let (store, folder) = try temporaryStore()
            defer { try? FileManager.default.removeItem(at: folder) }
            let id = try store.create(new(), actor: "alice")
            try store.addNote(id, text: "one", on: day("2026-02-01"), actor: "alice")
            try store.addNote(id, text: "two", on: day("2026-02-02"), actor: "alice")
            try store.recordStatus(id, status: .granted, on: day("2026-02-05"), note: nil, days: nil, actor: "bob")
            #expect(try store.verifyAudit().isIntact)
            let db = store.database
            let expected: Int
            switch attack {
            case "edit":
                try db.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
                expected = 2
            case "delete":
                try db.execute("DELETE FROM audit WHERE seq = 3")
                expected = 3
            case "reorder":
                try db.execute("UPDATE audit SET seq = -1 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = -1")
                expected = 2
            case "rehash":
                // A careful forger rewrites entry 2 and recomputes its own hash: entry 3 still remembers the old one.
                let entry = try #require(try store.auditEntries().first { $0.seq == 2 })
                let details = entry.details.replacingOccurrences(of: "one", with: "nothing")
                let hash = AuditTrail.hash(seq: 2, at: entry.at, actor: entry.actor, action: entry.action, request: entry.request, details: details, previousHash: entry.previousHash)
                try db.execute("UPDATE audit SET details = ?, hash = ? WHERE seq = 2", [details, hash])
                expected = 2
            default:
                // Removing the newest entry: the status change still refers to it.
                try db.execute("DELETE FROM audit WHERE seq = 4")
                expected = 4
            }
            let result = try store.verifyAudit()
            #expect(!result.isIntact, "\(attack)")
            #expect(result.firstBadEntry == expected, "\(attack): \(result.problem ?? "")")
        }
    }

    @Test("attach copies the file under its SHA-256; purge removes old copies, keeps metadata, and is audited")
    func attachAndPurge() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try store.create(new(), actor: "alice")
        let file = folder.appendingPathComponent("answer.txt")
        try Data("the ministry's answer\n".utf8).write(to: file)
        var clock = Date(timeIntervalSince1970: 1_780_000_000)
        store.now = { clock }
        let document = try store.attach(id, file: file, kind: "response", on: day("2026-02-10"), actor: "alice")
        #expect(document.sha256 == (try SHA256.hex(ofFileAt: file)))
        let copy = store.documentsFolder.appendingPathComponent(document.storedPath!)
        #expect(try Data(contentsOf: copy) == Data(contentsOf: file))
        #expect(throws: FOIError.self) { try store.attach(id, file: folder.appendingPathComponent("missing.pdf"), kind: "document", on: day("2026-02-10"), actor: "a") }
        #expect(throws: (any Error).self) { try store.attach(id, file: file, kind: "manifest", on: day("2026-02-10"), actor: "a") }  // not JSON

        clock = clock.addingTimeInterval(10 * 86_400)
        #expect(try store.purge(olderThan: 30, dryRun: false, actor: "alice").documents.isEmpty)
        clock = clock.addingTimeInterval(25 * 86_400)
        let dry = try store.purge(olderThan: 30, dryRun: true, actor: "alice")
        #expect(dry.documents.count == 1)
        #expect(FileManager.default.fileExists(atPath: copy.path))
        let purged = try store.purge(olderThan: 30, dryRun: false, actor: "alice")
        #expect(purged.documents.count == 1 && purged.bytes == document.size)
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        let record = try store.record(id)
        #expect(record.documents.first?.purgedAt != nil)
        #expect(record.documents.first?.sha256 == document.sha256)
        #expect(record.timeline.last?.kind == .purge)
        #expect(try store.auditEntries().last?.action == "purge")
        #expect(try store.verifyAudit().isIntact)
    }

    @Test("export then import into a fresh database loses nothing (JSON and CSV)", arguments: [FOIStore.ExchangeFormat.json, .csv])
    func roundTrip(format: FOIStore.ExchangeFormat) throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rich = NewRequest(
            jurisdiction: "uk-foia", agency: "Home Office, \"Visas\"", subject: "Line one, with commas; and \"quotes\"", filed: day("2025-12-19"),
            received: day("2025-12-22"), urgent: true, tags: ["visas", "priority"], requester: "Ana Novak", channel: .portal,
            trackingNumber: "FOI 123/25", fee: "25.00 GBP", embargo: day("2026-06-01"), note: "sent via WhatDoTheyKnow")
        let first = try store.create(rich, actor: "alice")
        rich.tags = []
        _ = try store.create(new(), actor: "bob")
        try store.recordStatus(first, status: .feeRequired, on: day("2026-01-05"), note: "fee notice\nsecond line", days: nil, actor: "bob")
        try store.recordStatus(first, status: .acknowledged, on: day("2026-01-12"), note: nil, days: nil, actor: "bob")
        try store.recordStatus(first, status: .extended, on: day("2026-01-20"), note: nil, days: 5, actor: "bob")
        try store.update(first, RequestUpdate(trackingNumber: "HO-2026-77", on: day("2026-01-13")), actor: "carol")
        let file = folder.appendingPathComponent("letter.pdf")
        try Data("%PDF-1.4 letter".utf8).write(to: file)
        try store.attach(first, file: file, kind: "letter", on: day("2026-01-06"), actor: "bob")

        let exportFile = folder.appendingPathComponent("export.\(format.rawValue)")
        try AtomicFile.write(to: exportFile) { try store.export(format: format, to: $0) }
        let copy = try FOIStore(path: folder.appendingPathComponent("copy.sqlite").path, catalog: shippedCatalog)
        let ids = try copy.importFile(exportFile, format: format, actor: "importer")
        #expect(ids == ["FOI-2025-0001", "FOI-2026-0001"])
        var original: [RequestRecord] = []
        var imported: [RequestRecord] = []
        try store.forEachRecord { original.append($0) }
        try copy.forEachRecord { imported.append($0) }
        #expect(original == imported)
        // Importing the same ids again is refused and changes nothing.
        let count = try copy.auditEntries().count
        #expect(throws: FOIError.self) { try copy.importFile(exportFile, format: format, actor: "importer") }
        #expect(try copy.auditEntries().count == count)
        #expect(try copy.verifyAudit().isIntact)
    }

    @Test("a spreadsheet CSV imports with new ids; one bad row rejects the whole file", arguments: [
        ("jurisdiction,agency,subject,filed,status,status_on,tags\nrs-zspi,Police,\"Overtime, 2025\",2026-01-30,granted,2026-02-10,a;b\nuk-foia,Home Office,Visas,2025-12-19,,,\n", nil as String?),
        ("jurisdiction,agency,subject,filed\nrs-zspi,Police,Overtime,2026-01-30\nrs-zspi,Police,Overtime,2026-02-30\n", "sheet.csv:3: column 'filed'"),
        ("jurisdiction,agency,subject,filed\nrs-zspi,Police,Overtime,2026-01-30\nxx-law,Police,Overtime,2026-01-30\n", "sheet.csv:3: unknown jurisdiction 'xx-law'"),
        ("jurisdiction,agency,subject,filed,status\nrs-zspi,Police,Overtime,2026-01-30,approved\n", "sheet.csv:2: column 'status'"),
        ("jurisdiction,agency,subject\nrs-zspi,Police,Overtime\n", "missing column 'filed'"),
        ("jurisdiction,agency,subject,filed,colour\nrs-zspi,Police,Overtime,2026-01-30,red\n", "unknown column 'colour'"),
        ("jurisdiction,agency,subject,filed\nrs-zspi,Police,\"Overtime,2026-01-30\n", "sheet.csv:2: a quoted field is never closed"),
    ])
    func spreadsheetImport(csv: String, error: String?) throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.create(new(), actor: "alice")
        let file = folder.appendingPathComponent("sheet.csv")
        try Data(csv.utf8).write(to: file)
        let before = try snapshot(store)
        guard let error else {
            let ids = try store.importFile(file, format: nil, actor: "importer")
            #expect(ids == ["FOI-2026-0002", "FOI-2025-0001"])
            let granted = try store.record("FOI-2026-0002")
            #expect(granted.status == .granted && granted.tags == ["a", "b"] && granted.subject == "Overtime, 2025")
            #expect(try store.clock(for: granted).firstAnswer == day("2026-02-10"))
            return
        }
        let thrown = #expect(throws: FOIError.self) { try store.importFile(file, format: nil, actor: "importer") }
        #expect(thrown?.message.contains(error) == true, "\(thrown?.message ?? "")")
        #expect(try snapshot(store) == before)
    }

    @Test("statistics count partial grants as their own outcome and judge on-time answers against the deadline")
    func statistics() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        // rs-zspi received 2026-01-30: due 2026-02-18.
        let outcomes: [(FOIStatus, String)] = [(.granted, "2026-02-05"), (.partiallyGranted, "2026-02-18"), (.partiallyGranted, "2026-02-25"), (.refused, "2026-03-01")]
        for (status, date) in outcomes {
            let id = try store.create(new(), actor: "a")
            try store.recordStatus(id, status: status, on: day(date), note: nil, days: nil, actor: "a")
        }
        _ = try store.create(new(), actor: "a")  // unanswered, overdue as of March
        _ = try store.create(new("uk-foia", filed: "2026-02-27"), actor: "a")  // unanswered, not yet due
        let stats = FOIStatistics(try store.summaries(RequestFilter(asOf: day("2026-03-02"))), by: .jurisdiction, asOf: day("2026-03-02"))
        let total = stats.total
        #expect(total.requests == 6 && total.answered == 4 && total.overdue == 1)
        #expect(total.medianDaysToFirstAnswer == 22.5)  // 6, 19, 26, 30 days
        #expect(total.answeredOnTime == 2 && total.onTimeDenominator == 5)
        #expect(total.share(.partiallyGranted) == 0.5)
        #expect(total.share(.granted) == 0.25)
        #expect(total.grantedInFullOrPartShare == 0.75)
        #expect(stats.groups.map(\.name) == ["rs-zspi", "uk-foia"])
    }

    @Test("list filters: overdue, due within, status, agency, tag")
    func listing() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let late = try store.create(new(tags: ["police"]), actor: "a")  // due 2026-02-18
        let soon = try store.create(new(filed: "2026-02-10"), actor: "a")  // due 2026-02-25
        let done = try store.create(new(), actor: "a")
        try store.recordStatus(done, status: .granted, on: day("2026-02-01"), note: nil, days: nil, actor: "a")
        var filter = RequestFilter(asOf: day("2026-02-20"))
        filter.overdue = true
        #expect(try store.summaries(filter).map(\.id) == [late])
        filter = RequestFilter(asOf: day("2026-02-20"))
        filter.dueWithin = 7
        #expect(try store.summaries(filter).map(\.id) == [soon])
        filter = RequestFilter(asOf: day("2026-02-20"))
        filter.statuses = [.granted]
        #expect(try store.summaries(filter).map(\.id) == [done])
        filter = RequestFilter(asOf: day("2026-02-20"))
        filter.tag = "police"
        #expect(try store.summaries(filter).map(\.id) == [late])
        filter = RequestFilter(asOf: day("2026-02-20"))
        filter.agency = "ministry of interior"
        #expect(try store.summaries(filter).count == 3)
    }

    @Test("reading in two halves on two threads gives the same requests, in the same order, as one thread")
    func parallelScan() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        var csv = "jurisdiction,agency,subject,filed,status,status_on\n"
        let statuses = ["", "granted", "acknowledged", "refused", "fee_required"]
        for i in 0..<301 {
            csv += "\(["rs-zspi", "uk-foia", "us-foia"][i % 3]),Agency \(i % 7),Subject \(i),2025-\(10 + i % 3)-\(10 + i % 15),\(statuses[i % 5]),\(i % 5 == 0 ? "" : "2025-12-30")\n"
        }
        let file = folder.appendingPathComponent("many.csv")
        try Data(csv.utf8).write(to: file)
        _ = try store.importFile(file, format: .csv, actor: "a")
        for configure in [{ (filter: inout RequestFilter) in }, { $0.overdue = true }, { $0.agency = "agency 3" }, { $0.statuses = [.granted] }] {
            var filter = RequestFilter(asOf: day("2026-01-15"))
            configure(&filter)
            store.parallelScanThreshold = .max
            let single = try store.summaries(filter).map { "\($0.id) \($0.clock.due?.description ?? "-")" }
            store.parallelScanThreshold = 10
            let parallel = try store.summaries(filter).map { "\($0.id) \($0.clock.due?.description ?? "-")" }
            #expect(!single.isEmpty)
            #expect(parallel == single)
        }
    }

    @Test("a database from a newer schema is refused")
    func newerSchema() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.database.execute("PRAGMA user_version = 99")
        #expect(throws: GeneralError.self) { try FOIStore(path: store.path, catalog: shippedCatalog) }
    }
}
