import BlacklineCore
import Foundation

extension FOIStore {
    /// Creates a request and returns its new id (`FOI-<filed year>-NNNN`, numbered per year).
    public func create(_ new: NewRequest, actor: String) throws -> String {
        let jurisdiction = try catalog.jurisdiction(new.jurisdiction)
        let agency = try Validation.text(new.agency, field: "--agency")
        let subject = try Validation.text(new.subject, field: "--subject", limit: 2000)
        let tags = try Array(Set(new.tags.map(Validation.tag))).sorted()
        let received = new.received ?? new.filed
        guard received >= new.filed else {
            throw FOIError(.badInput, "the received date \(received) is before the filed date \(new.filed)")
        }
        let fee = try new.fee.map(Validation.fee)
        let tracking = try new.trackingNumber.map(Validation.trackingNumber)
        let requester = try new.requester.map { try Validation.text($0, field: "--requester") }
        _ = jurisdiction
        return try write { audit, now in
            let year = new.filed.year
            let number = (try database.scalarInt("SELECT MAX(number) FROM requests WHERE year = ?", [year]) ?? 0) + 1
            let id = Self.publicID(year: year, number: number)
            var details: [(String, JSONValue)] = [
                ("jurisdiction", .string(new.jurisdiction)), ("agency", .string(agency)), ("subject", .string(subject)),
                ("filed", .string(new.filed.description)), ("received", .string(received.description)), ("urgent", .bool(new.urgent)),
                ("tags", .array(tags.map { .string($0) })),
            ]
            if let requester { details.append(("requester", .string(requester))) }
            if let channel = new.channel { details.append(("channel", .string(channel.rawValue))) }
            if let fee { details.append(("fee", .string(fee))) }
            if let embargo = new.embargo { details.append(("embargo", .string(embargo.description))) }
            if let tracking { details.append(("tracking", .string(tracking))) }
            let seq = try audit.append(at: now, actor: actor, action: "create", request: id, details: .object(details))
            let record = RequestRecord(
                id: id, subject: subject, agency: agency, jurisdiction: new.jurisdiction, requester: requester, channel: new.channel,
                filed: new.filed, received: received, urgent: new.urgent, status: .submitted, fee: fee, embargo: new.embargo, tags: tags,
                createdAt: now,
                tracking: tracking.map { [TrackingNumber(number: $0, assignedOn: received, actor: actor, recordedAt: now)] } ?? [],
                timeline: [TimelineEvent(date: new.filed, kind: .status, status: .submitted, note: new.note ?? "", actor: actor, recordedAt: now)])
            try insert(record, auditSeq: seq)
            return id
        }
    }

    static func publicID(year: Int, number: Int) -> String {
        var digits = String(number)
        while digits.count < 4 { digits = "0" + digits }
        return "FOI-\(year)-\(digits)"
    }

    /// Parses "FOI-2026-0001" into year and number.
    static func parsePublicID(_ id: String) -> (year: Int, number: Int)? {
        let bytes = Array(id.utf8)
        // "FOI-" + 4 digits + "-" + at least 4 digits.
        guard bytes.count >= 13, bytes.count <= 20, bytes[0...3].elementsEqual("FOI-".utf8), bytes[8] == UInt8(ascii: "-") else { return nil }
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            var value = 0
            for byte in slice {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(bytes[4..<8]), let serial = number(bytes[9...]), serial > 0 else { return nil }
        return (year, serial)
    }

    /// Inserts a complete record (new or imported) under one audit entry.
    func insert(_ record: RequestRecord, auditSeq seq: Int) throws {
        guard let (year, number) = Self.parsePublicID(record.id) else {
            throw FOIError(.badInput, "invalid request id '\(record.id)': expected FOI-YYYY-NNNN")
        }
        try database.execute(
            """
            INSERT INTO requests (public_id, year, number, subject, agency, jurisdiction, requester, channel, filed, received, urgent,
                                  status, fee, embargo, created_at, audit_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [record.id, year, number, record.subject, record.agency, record.jurisdiction, record.requester, record.channel?.rawValue,
             record.filed.description, record.received.description, record.urgent, record.status.rawValue, record.fee,
             record.embargo?.description, record.createdAt, seq])
        let key = database.lastInsertRowID
        for tag in record.tags {
            try database.execute("INSERT OR IGNORE INTO tags (request_id, tag) VALUES (?, ?)", [key, tag])
        }
        for tracking in record.tracking {
            try database.execute(
                "INSERT INTO tracking_numbers (request_id, number, assigned_on, actor, recorded_at, audit_seq) VALUES (?, ?, ?, ?, ?, ?)",
                [key, tracking.number, tracking.assignedOn.description, tracking.actor, tracking.recordedAt, seq])
        }
        for event in record.timeline {
            try insertEvent(event, key: key, auditSeq: seq)
        }
        for document in record.documents {
            try insertDocument(document, key: key, auditSeq: seq)
        }
    }

    func insertEvent(_ event: TimelineEvent, key: Int64, auditSeq: Int) throws {
        try database.execute(
            "INSERT INTO events (request_id, on_date, kind, status, days, note, actor, recorded_at, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [key, event.date.description, event.kind.rawValue, event.status?.rawValue, event.days, event.note, event.actor, event.recordedAt,
             auditSeq])
    }

    func insertDocument(_ document: DocumentRecord, key: Int64, auditSeq: Int) throws {
        try database.execute(
            """
            INSERT INTO documents (request_id, name, kind, sha256, size, stored_path, attached_at, actor, purged_at, audit_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [key, document.name, document.kind, document.sha256, document.size, document.storedPath, document.attachedAt, document.actor,
             document.purgedAt, auditSeq])
    }

    /// Records a status change on `date`. The status model decides whether the change is allowed;
    /// an invalid one is refused with the valid next states.
    @discardableResult
    public func recordStatus(
        _ id: String, status: FOIStatus, on date: CivilDate, note: String?, days: Int?, actor: String
    ) throws -> ClockReport {
        try write { audit, now in
            let row = try requestRow(id)
            guard row.status.canMove(to: status) else {
                let valid = row.status.validNextStates.map(\.rawValue)
                throw FOIError(
                    .badInput,
                    "\(row.id) cannot move from \(row.status.rawValue) to \(status.rawValue); valid next states: "
                        + (valid.isEmpty ? "none (\(row.status.rawValue) is final)" : valid.joined(separator: ", ")))
            }
            let changes = try statusChanges(row.key)
            if date < row.received {
                throw FOIError(.badInput, "--on \(date) is before \(row.id) was received (\(row.received))")
            }
            if let last = changes.last, date < last.date {
                throw FOIError(.badInput, "--on \(date) is before the last status change of \(row.id) (\(last.status.rawValue) on \(last.date))")
            }
            let jurisdiction = try catalog.jurisdiction(row.jurisdiction)
            if let days {
                guard status == .extended else { throw FOIError(.usage, "--days is only for the 'extended' status") }
                guard days >= 1 else { throw FOIError(.badInput, "--days must be at least 1") }
            }
            if status == .extended {
                let before = RequestClock.evaluate(jurisdiction: jurisdiction, received: row.received, urgent: row.urgent, changes: changes)
                let rule = jurisdiction.extensionRule(for: before.stage)
                if rule == nil && days == nil {
                    throw FOIError(.badInput, "\(jurisdiction.id) defines no extension for this stage; give its length with --days N")
                }
                if let rule, let max = rule.maxDays, let days, days > max {
                    throw FOIError(.badInput, "--days \(days) is longer than \(jurisdiction.id) allows (\(max) days; \(rule.fact.source))")
                }
            }
            let noteText = note ?? ""
            var details: [(String, JSONValue)] = [("from", .string(row.status.rawValue)), ("to", .string(status.rawValue)), ("on", .string(date.description))]
            if let days { details.append(("days", .integer(days))) }
            if !noteText.isEmpty { details.append(("note", .string(noteText))) }
            let seq = try audit.append(at: now, actor: actor, action: "status", request: row.id, details: .object(details))
            try insertEvent(
                TimelineEvent(date: date, kind: .status, status: status, days: days, note: noteText, actor: actor, recordedAt: now),
                key: row.key, auditSeq: seq)
            try database.execute("UPDATE requests SET status = ? WHERE id = ?", [status.rawValue, row.key])
            return RequestClock.evaluate(
                jurisdiction: jurisdiction, received: row.received, urgent: row.urgent,
                changes: changes + [StatusChange(status: status, date: date, days: days)])
        }
    }

    /// Adds a private note to the timeline.
    public func addNote(_ id: String, text: String, on date: CivilDate, actor: String) throws {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw FOIError(.badInput, "the note is empty") }
        try write { audit, now in
            let row = try requestRow(id)
            let seq = try audit.append(
                at: now, actor: actor, action: "note", request: row.id, details: .object([("on", .string(date.description)), ("note", .string(text))]))
            try insertEvent(TimelineEvent(date: date, kind: .note, note: text, actor: actor, recordedAt: now), key: row.key, auditSeq: seq)
        }
    }

    /// Changes fields of a request; each change is in the timeline and the audit trail.
    public func update(_ id: String, _ update: RequestUpdate, actor: String) throws {
        guard !update.isEmpty else { throw FOIError(.usage, "nothing to update: give at least one field to change") }
        let subject = try update.subject.map { try Validation.text($0, field: "--subject", limit: 2000) }
        let agency = try update.agency.map { try Validation.text($0, field: "--agency") }
        let requester = try update.requester.map { try Validation.text($0, field: "--requester") }
        let fee = try update.fee.map(Validation.fee)
        let addTags = try update.addTags.map(Validation.tag)
        let removeTags = try update.removeTags.map(Validation.tag)
        let tracking = try update.trackingNumber.map(Validation.trackingNumber)
        try write { audit, now in
            let row = try requestRow(id)
            let date = update.on ?? CivilDate.today(self.now())
            var details: [(String, JSONValue)] = []
            var summary: [String] = []
            func set(_ column: String, _ label: String, _ value: (any SQLBindable)?, _ text: String?) throws {
                guard let value, let text else { return }
                try database.execute("UPDATE requests SET \(column) = ? WHERE id = ?", [value.sqlValue, row.key])
                details.append((label, .string(text)))
                summary.append("\(label) set")
            }
            try set("subject", "subject", subject, subject)
            try set("agency", "agency", agency, agency)
            try set("requester", "requester", requester, requester)
            try set("channel", "channel", update.channel?.rawValue, update.channel?.rawValue)
            try set("fee", "fee", fee, fee)
            try set("embargo", "embargo", update.embargo?.description, update.embargo?.description)
            for tag in addTags {
                try database.execute("INSERT OR IGNORE INTO tags (request_id, tag) VALUES (?, ?)", [row.key, tag])
            }
            for tag in removeTags {
                try database.execute("DELETE FROM tags WHERE request_id = ? AND tag = ?", [row.key, tag])
            }
            if !addTags.isEmpty { details.append(("addTags", .array(addTags.map { .string($0) }))); summary.append("tags added: \(addTags.joined(separator: ", "))") }
            if !removeTags.isEmpty { details.append(("removeTags", .array(removeTags.map { .string($0) }))); summary.append("tags removed: \(removeTags.joined(separator: ", "))") }
            let seq = try audit.append(at: now, actor: actor, action: "update", request: row.id, details: .object(details + (tracking.map { [("tracking", .string($0))] } ?? [])))
            if let tracking {
                try database.execute(
                    "INSERT INTO tracking_numbers (request_id, number, assigned_on, actor, recorded_at, audit_seq) VALUES (?, ?, ?, ?, ?, ?)",
                    [row.key, tracking, date.description, actor, now, seq])
                try insertEvent(
                    TimelineEvent(date: date, kind: .tracking, note: "tracking number \(tracking)", actor: actor, recordedAt: now), key: row.key, auditSeq: seq)
            }
            if !summary.isEmpty {
                try insertEvent(
                    TimelineEvent(date: date, kind: .update, note: summary.joined(separator: "; "), actor: actor, recordedAt: now), key: row.key, auditSeq: seq)
            }
        }
    }
}
