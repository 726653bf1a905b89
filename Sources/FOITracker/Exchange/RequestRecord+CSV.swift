import BlacklineCore

extension RequestRecord {
    /// The CSV columns of an export, in order. `due` is derived (ignored on import); `tracking`,
    /// `timeline` and `documents` hold JSON arrays so the round trip loses nothing.
    public static let csvColumns = [
        "id", "jurisdiction", "agency", "subject", "requester", "channel", "filed", "received", "urgent", "status", "status_on", "fee",
        "embargo", "tags", "tracking", "due", "created_at", "timeline", "documents",
    ]

    /// One CSV line (with its line break) for this record; `due` from its clock.
    public func csvLine(due: CivilDate?) -> String {
        let values: [String] = [
            id, jurisdiction, agency, subject, requester ?? "", channel?.rawValue ?? "", filed.description, received.description,
            urgent ? "true" : "false", status.rawValue, statusChanges.last?.date.description ?? "", fee ?? "", embargo?.description ?? "",
            tags.joined(separator: ";"), JSONText.serialize(Self.trackingJSON(tracking)), due?.description ?? "", createdAt,
            JSONText.serialize(Self.timelineJSON(timeline)), JSONText.serialize(Self.documentsJSON(documents)),
        ]
        var line = ""
        for (index, value) in values.enumerated() {
            if index > 0 { line += "," }
            CSV.appendField(value, to: &line)
        }
        return line + "\n"
    }
}

/// Reads request records from CSV rows: an export, or a spreadsheet with at least
/// jurisdiction, agency, subject and filed columns.
struct CSVRecordReader {
    let file: String
    let header: [String: Int]
    let decoder: RecordDecoder

    static let required = ["jurisdiction", "agency", "subject", "filed"]

    init(header record: CSV.Record, file: String, decoder: RecordDecoder) throws {
        self.file = file
        self.decoder = decoder
        var columns: [String: Int] = [:]
        for (index, name) in record.fields.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard RequestRecord.csvColumns.contains(key) else {
                throw FOIError(.badInput, "\(file):\(record.line): unknown column '\(name)'; valid columns: \(RequestRecord.csvColumns.joined(separator: ", "))")
            }
            guard columns[key] == nil else { throw FOIError(.badInput, "\(file):\(record.line): column '\(key)' appears twice") }
            columns[key] = index
        }
        for name in Self.required where columns[name] == nil {
            throw FOIError(.badInput, "\(file):\(record.line): missing column '\(name)' (required: \(Self.required.joined(separator: ", ")))")
        }
        self.header = columns
    }

    /// A row's record, whether it had an id, and whether it carried its timeline.
    func record(_ row: CSV.Record) throws -> (record: RequestRecord, hasID: Bool, hasTimeline: Bool, statusOn: CivilDate?) {
        func fail(_ column: String, _ reason: String) -> FOIError {
            FOIError(.badInput, "\(file):\(row.line): column '\(column)': \(reason)")
        }
        func value(_ column: String) -> String? {
            guard let index = header[column], index < row.fields.count else { return nil }
            let text = row.fields[index]
            return text.isEmpty ? nil : text
        }
        func date(_ column: String) throws -> CivilDate? {
            guard let text = value(column) else { return nil }
            guard let date = CivilDate(iso: text) else { throw fail(column, FOIError.invalidDate(text, field: column).message) }
            return date
        }
        func checked<T>(_ column: String, _ body: () throws -> T) throws -> T {
            do { return try body() } catch let error as FOIError { throw fail(column, error.message) }
        }
        func json<T>(_ column: String, _ body: (JSONNode, String) throws -> T) throws -> T? {
            guard let text = value(column) else { return nil }
            let node = try JSONNode.parse(text, file: "\(file):\(row.line) column '\(column)'")
            return try body(node, column)
        }
        if row.fields.count > header.count {
            throw FOIError(.badInput, "\(file):\(row.line): \(row.fields.count) fields but the header has \(header.count)")
        }
        let id = value("id")
        if let id, FOIStore.parsePublicID(id) == nil { throw fail("id", "expected FOI-YYYY-NNNN, found '\(id)'") }
        guard let filed = try date("filed") else { throw fail("filed", "missing") }
        let received = try date("received") ?? filed
        var status = FOIStatus.submitted
        if let name = value("status") {
            guard let parsed = FOIStatus(name: name) else { throw fail("status", "unknown status '\(name)'; valid: \(FOIStatus.allNames)") }
            status = parsed
        }
        var channel: Channel?
        if let name = value("channel") {
            guard let parsed = Channel(name: name) else {
                throw fail("channel", "unknown channel '\(name)'; valid: \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            channel = parsed
        }
        var urgent = false
        if let text = value("urgent") {
            switch text.lowercased() {
            case "true", "yes", "1": urgent = true
            case "false", "no", "0": urgent = false
            default: throw fail("urgent", "expected true or false, found '\(text)'")
            }
        }
        var record = RequestRecord(
            id: id ?? "", subject: try checked("subject") { try Validation.text(value("subject") ?? "", field: "subject", limit: 2000) },
            agency: try checked("agency") { try Validation.text(value("agency") ?? "", field: "agency") },
            jurisdiction: value("jurisdiction") ?? "", requester: try checked("requester") { try value("requester").map { try Validation.text($0, field: "requester") } },
            channel: channel, filed: filed, received: received, urgent: urgent, status: status,
            fee: try checked("fee") { try value("fee").map(Validation.fee) }, embargo: try date("embargo"),
            tags: try checked("tags") { try (value("tags") ?? "").split(separator: ";").map { try Validation.tag(Validation.trimmingSpaces(String($0))) } },
            createdAt: value("created_at") ?? decoder.now)
        record.tracking = try json("tracking") { try decoder.tracking($0, $1, received: received) } ?? []
        let timeline = try json("timeline") { try decoder.timeline($0, $1) }
        record.timeline = timeline ?? []
        record.documents = try json("documents") { try decoder.documents($0, $1) } ?? []
        if timeline != nil, let last = record.statusChanges.last, last.status != record.status {
            throw fail("status", "is \(record.status.rawValue) but the timeline's last status is \(last.status.rawValue)")
        }
        return (record, id != nil, timeline != nil, try date("status_on"))
    }
}
