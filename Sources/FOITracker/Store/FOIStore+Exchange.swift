import BlacklineCore
import Foundation

extension FOIStore {
    /// Export formats.
    public enum ExchangeFormat: String, Sendable {
        case json, csv
    }

    /// Writes every request (stored fields, timeline, tracking numbers, documents) to `writer`.
    /// Returns the number of requests written.
    @discardableResult
    public func export(format: ExchangeFormat, to writer: BufferedWriter) throws -> Int {
        var count = 0
        try database.transaction(.deferred) {
            switch format {
            case .json:
                try writer.write("{\"format\":\"blackline-foi\",\"version\":1,\"requests\":[")
                try forEachRecord { record in
                    try writer.write(count == 0 ? "\n" : ",\n")
                    try writer.write(JSONText.serialize(record.jsonValue))
                    count += 1
                }
                try writer.write("\n]}\n")
            case .csv:
                try writer.write(RequestRecord.csvColumns.joined(separator: ",") + "\n")
                var jurisdictions: [String: Jurisdiction] = [:]
                try forEachRecord { record in
                    let jurisdiction = try jurisdictions[record.jurisdiction] ?? catalog.jurisdiction(record.jurisdiction)
                    jurisdictions[record.jurisdiction] = jurisdiction
                    let clock = RequestClock.evaluate(
                        jurisdiction: jurisdiction, received: record.received, urgent: record.urgent, changes: record.statusChanges)
                    try writer.write(record.csvLine(due: clock.due))
                    count += 1
                }
            }
        }
        return count
    }

    /// A request read from an import file, with what is needed to complete it.
    struct ImportItem {
        var record: RequestRecord
        let hasID: Bool
        let hasTimeline: Bool
        let statusOn: CivilDate?
        /// "file:line" or "file: requests[3]", for errors.
        let place: String
    }

    /// Imports requests from a CSV or JSON file in one transaction: all of them or none.
    /// Records with an id keep it (an id already in the database is an error); records without
    /// one get the next id of their filing year. Returns the ids in file order.
    public func importFile(_ url: URL, format: ExchangeFormat?, actor: String) throws -> [String] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw FOIError(.missingInput, "cannot read \(url.path): no such file or not readable")
        }
        let name = url.path
        let format = format ?? (url.pathExtension.lowercased() == "json" ? .json : .csv)
        let now = timestamp
        let decoder = RecordDecoder(defaultActor: actor, now: now)
        var items: [ImportItem] = []
        switch format {
        case .json:
            guard let text = String(data: data, encoding: .utf8) else { throw FOIError(.badInput, "\(name): not valid UTF-8 text") }
            let root = try JSONNode.parse(text, file: name)
            let list: [JSONNode]
            if case .array(let array) = root.kind {
                list = array
            } else {
                try root.rejectUnknownKeys(["format", "version", "requests"], in: "an FOI export")
                list = try root.required("requests", in: "an FOI export").requireArray("\"requests\"")
            }
            for (index, node) in list.enumerated() {
                let (record, hasID, hasTimeline) = try decoder.record(node, "requests[\(index)]")
                items.append(ImportItem(record: record, hasID: hasID, hasTimeline: hasTimeline, statusOn: nil, place: "\(name):\(node.location.line)"))
            }
        case .csv:
            let rows = try CSV.parse([UInt8](data), file: name)
            guard let headerRow = rows.first else { throw FOIError(.badInput, "\(name): the file is empty; expected a header row") }
            let reader = try CSVRecordReader(header: headerRow, file: name, decoder: decoder)
            items.reserveCapacity(rows.count)
            for row in rows.dropFirst() {
                let (record, hasID, hasTimeline, statusOn) = try reader.record(row)
                items.append(ImportItem(record: record, hasID: hasID, hasTimeline: hasTimeline, statusOn: statusOn, place: "\(name):\(row.line)"))
            }
        }
        // Validate everything before writing anything.
        let importNote = "imported from \(url.lastPathComponent)"
        var seen: Set<String> = []
        for index in items.indices {
            var item = items[index]
            let jurisdiction: Jurisdiction
            do {
                jurisdiction = try catalog.jurisdiction(item.record.jurisdiction)
            } catch let error as FOIError {
                throw FOIError(error.kind, "\(item.place): \(error.message)")
            }
            _ = jurisdiction
            if item.record.received < item.record.filed {
                throw FOIError(.badInput, "\(item.place): received \(item.record.received) is before filed \(item.record.filed)")
            }
            if item.hasID {
                item.record.id = item.record.id.uppercased()
                guard seen.insert(item.record.id).inserted else { throw FOIError(.badInput, "\(item.place): id \(item.record.id) appears twice in the file") }
            }
            if !item.hasTimeline {
                let note = importNote
                item.record.timeline = [TimelineEvent(date: item.record.filed, kind: .status, status: .submitted, note: note, actor: actor, recordedAt: now)]
                if item.record.status != .submitted {
                    let on = item.statusOn ?? item.record.received
                    guard on >= item.record.received else {
                        throw FOIError(.badInput, "\(item.place): status_on \(on) is before received \(item.record.received)")
                    }
                    item.record.timeline.append(TimelineEvent(date: on, kind: .status, status: item.record.status, note: note, actor: actor, recordedAt: now))
                }
            }
            items[index] = item
        }
        let fileHash = SHA256.hex(of: data)
        let sourceName = url.lastPathComponent
        // A large import gets a large page cache: index pages stay in memory instead of spilling.
        try database.execute("PRAGMA cache_size = -262144")
        defer { try? database.execute("PRAGMA cache_size = -32768") }
        return try write { audit, now in
            var nextNumber: [Int: Int] = [:]
            let existing = try database.statement("SELECT 1 FROM requests WHERE public_id = ?")
            var ids: [String] = []
            ids.reserveCapacity(items.count)
            // Give every record its id first: the import is one change, recorded as one audit entry
            // that names the file, its SHA-256 and the ids it created; each row refers to it.
            var records: [RequestRecord] = []
            records.reserveCapacity(items.count)
            for item in items {
                var record = item.record
                if item.hasID {
                    if try existing.first([record.id], { _ in true }) == true {
                        throw FOIError(.badInput, "\(item.place): request \(record.id) already exists in \(path)")
                    }
                } else {
                    let year = record.filed.year
                    if nextNumber[year] == nil {
                        nextNumber[year] = (try database.scalarInt("SELECT MAX(number) FROM requests WHERE year = ?", [year]) ?? 0) + 1
                    }
                    // Skip numbers taken by ids given explicitly in this file.
                    while seen.contains(Self.publicID(year: year, number: nextNumber[year]!)) { nextNumber[year]! += 1 }
                    record.id = Self.publicID(year: year, number: nextNumber[year]!)
                    nextNumber[year]! += 1
                }
                ids.append(record.id)
                records.append(record)
            }
            var details: [(String, JSONValue)] = [("source", .string(sourceName)), ("sha256", .string(fileHash)), ("requests", .integer(ids.count))]
            if ids.count <= 20 {
                details.append(("ids", .array(ids.map { .string($0) })))
            } else {
                details += [("first", .string(ids.first!)), ("last", .string(ids.last!))]
            }
            let seq = try audit.append(at: now, actor: actor, action: "import", request: ids.count == 1 ? ids[0] : nil, details: .object(details))
            for record in records {
                try insert(record, auditSeq: seq)
            }
            return ids
        }
    }
}
