import BlacklineCore

extension FOIStore {
    /// The full record of one request.
    public func record(_ id: String) throws -> RequestRecord {
        // One read transaction, so the record's tables are read at one moment even while others write.
        func read() throws -> RequestRecord {
            let row = try requestRow(id)
            var found: RequestRecord?
            try forEachRecord(key: row.key) { found = $0 }
            guard let found else { throw FOIError.unknownRequest(id) }
            return found
        }
        return database.isInTransaction ? try read() : try database.transaction(.deferred, read)
    }

    /// Calls `body` with every request's full record in id order (or only the one with `key`),
    /// reading each table once in key order and merging, so exporting many requests stays fast.
    public func forEachRecord(key: Int64? = nil, _ body: (RequestRecord) throws -> Void) throws {
        let filter = key == nil ? "" : " WHERE request_id = ?"
        let values: [any SQLBindable] = key.map { [$0] } ?? []
        let requests = try database.statement(
            """
            SELECT id, public_id, subject, agency, jurisdiction, requester, channel, filed, received, urgent, status, fee, embargo, created_at
            FROM requests\(key == nil ? "" : " WHERE id = ?") ORDER BY id
            """)
        let tags = try Cursor(database.statement("SELECT request_id, tag FROM tags\(filter) ORDER BY request_id, tag"), values)
        let tracking = try Cursor(
            database.statement("SELECT request_id, number, assigned_on, actor, recorded_at FROM tracking_numbers\(filter) ORDER BY request_id, id"), values)
        let events = try Cursor(
            database.statement("SELECT request_id, on_date, kind, status, days, note, actor, recorded_at FROM events\(filter) ORDER BY request_id, id"),
            values)
        let documents = try Cursor(
            database.statement(
                "SELECT request_id, name, kind, sha256, size, stored_path, attached_at, actor, purged_at FROM documents\(filter) ORDER BY request_id, id"),
            values)
        defer {
            for cursor in [tags, tracking, events, documents] { cursor.statement.reset() }
        }
        try requests.forEachRow(values) { s in
            let key = s.int64(0)
            var record = RequestRecord(
                id: s.text(1), subject: s.text(2), agency: s.text(3), jurisdiction: s.text(4), requester: s.optionalText(5),
                channel: s.optionalText(6).flatMap(Channel.init(rawValue:)), filed: date(s, 7), received: date(s, 8), urgent: s.int(9) != 0,
                status: FOIStatus(rawValue: s.text(10)) ?? .closed, fee: s.optionalText(11), embargo: s.optionalText(12).flatMap(CivilDate.init(iso:)),
                createdAt: s.text(13))
            try tags.rows(for: key) { record.tags.append($0.text(1)) }
            try tracking.rows(for: key) {
                record.tracking.append(TrackingNumber(number: $0.text(1), assignedOn: date($0, 2), actor: $0.text(3), recordedAt: $0.text(4)))
            }
            try events.rows(for: key) {
                record.timeline.append(
                    TimelineEvent(
                        date: date($0, 1), kind: TimelineEvent.Kind(rawValue: $0.text(2)) ?? .note, status: $0.optionalText(3).flatMap(FOIStatus.init(rawValue:)),
                        days: $0.optionalInt(4), note: $0.text(5), actor: $0.text(6), recordedAt: $0.text(7)))
            }
            try documents.rows(for: key) {
                record.documents.append(
                    DocumentRecord(
                        name: $0.text(1), kind: $0.text(2), sha256: $0.text(3), size: $0.int(4), storedPath: $0.optionalText(5),
                        attachedAt: $0.text(6), actor: $0.text(7), purgedAt: $0.optionalText(8)))
            }
            try body(record)
        }
    }

    /// A date column (stored strictly as YYYY-MM-DD; parsed from the column's bytes).
    func date(_ statement: Statement, _ column: Int32) -> CivilDate {
        statement.withUTF8(column) { CivilDate(isoBytes: $0) } ?? CivilDate(dayNumber: 0)
    }

    /// The audit entries, all or those of one request.
    public func auditEntries(request: String? = nil) throws -> [AuditTrail.Entry] {
        try AuditTrail.entries(database, request: request.map { try requestRow($0).id })
    }

    /// Checks the audit chain; names the first edited, deleted or reordered entry.
    public func verifyAudit() throws -> AuditVerification {
        try database.transaction(.deferred) { try AuditVerifier.verify(database) }
    }
}

/// A statement read in key order alongside another, for merge joins.
final class Cursor {
    let statement: Statement
    private var hasRow: Bool

    init(_ statement: Statement, _ values: [any SQLBindable]) throws {
        self.statement = statement
        try statement.bind(values)
        hasRow = try statement.step()
    }

    /// Calls `body` for each row whose first column is `key`, skipping rows of smaller keys.
    func rows(for key: Int64, _ body: (Statement) throws -> Void) throws {
        while hasRow {
            let rowKey = statement.int64(0)
            if rowKey > key { return }
            if rowKey == key { try body(statement) }
            hasRow = try statement.step()
        }
    }
}
