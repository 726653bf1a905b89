import Foundation

extension FOIStore {
    /// The requests that match `filter`, with their clocks, in id order.
    public func summaries(_ filter: RequestFilter) throws -> [RequestSummary] {
        var result: [RequestSummary] = []
        try forEachSummary(filter) { result.append($0) }
        return result
    }

    /// Calls `body` with each request that matches `filter`, in id order, without collecting them.
    /// With `includeText` false, `id` and `subject` are left empty (statistics need neither).
    ///
    /// Large databases are read in two halves at once: this connection streams the first half to
    /// `body` while a second connection on another thread reads and evaluates the second half,
    /// which is then passed to `body` in order. (Each half is read in its own transaction.)
    public func forEachSummary(_ filter: RequestFilter, includeText: Bool = true, _ body: (RequestSummary) throws -> Void) throws {
        let bounds = try database.statement("SELECT MIN(id), MAX(id), COUNT(*) FROM requests").first { ($0.int64(0), $0.int64(1), $0.int(2)) }
        guard let (low, high, count) = bounds, count > 0 else { return }
        guard count >= parallelScanThreshold, !database.isInTransaction else {
            try Self.scan(database, catalog: catalog, filter: filter, includeText: includeText, keys: nil, body)
            return
        }
        let middle = low + (high - low) / 2
        let secondHalf = SummaryBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [path, catalog] in
            defer { group.leave() }
            do {
                let connection = try Database(path: path)
                var collected: [RequestSummary] = []
                try Self.scan(connection, catalog: catalog, filter: filter, includeText: includeText, keys: (middle + 1, high)) {
                    collected.append($0)
                }
                secondHalf.summaries = collected
            } catch {
                secondHalf.error = error
            }
        }
        do {
            try Self.scan(database, catalog: catalog, filter: filter, includeText: includeText, keys: (low, middle), body)
        } catch {
            group.wait()
            throw error
        }
        group.wait()
        if let error = secondHalf.error { throw error }
        for summary in secondHalf.summaries { try body(summary) }
    }

    /// Reads the requests matching `filter` (with keys in `keys`, when given) and their status
    /// events in one read transaction on `database`, evaluates their clocks, and calls `body`.
    static func scan(
        _ database: Database, catalog: JurisdictionCatalog, filter: RequestFilter, includeText: Bool, keys: (Int64, Int64)?,
        _ body: (RequestSummary) throws -> Void
    ) throws {
        var conditions: [String] = []
        var values: [any SQLBindable] = []
        var statuses = filter.statuses
        if filter.overdue || filter.dueWithin != nil {
            statuses = statuses.isEmpty ? RequestFilter.clockStatuses : statuses.filter(RequestFilter.clockStatuses.contains)
            if statuses.isEmpty { return }
        }
        if let (first, last) = keys {
            conditions.append("r.id BETWEEN ? AND ?")
            values += [first, last]
        }
        if !statuses.isEmpty {
            conditions.append("r.status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))")
            values += statuses.map(\.rawValue)
        }
        if let agency = filter.agency {
            conditions.append("r.agency = ? COLLATE NOCASE")
            values.append(agency)
        }
        if let jurisdiction = filter.jurisdiction {
            conditions.append("r.jurisdiction = ?")
            values.append(jurisdiction)
        }
        if let tag = filter.tag {
            conditions.append("r.id IN (SELECT request_id FROM tags WHERE tag = ?)")
            values.append(tag)
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let requests = try database.statement(
            "SELECT r.id, \(includeText ? "r.public_id, r.subject" : "NULL, NULL"), r.agency, r.jurisdiction, r.status, r.filed, r.received, r.urgent FROM requests r\(whereClause) ORDER BY r.id")
        let eventsSQL: String
        if conditions.isEmpty {
            eventsSQL = "SELECT request_id, status, on_date, days FROM events WHERE kind = 'status' ORDER BY request_id, id"
        } else if statuses.isEmpty && filter.agency == nil && filter.jurisdiction == nil && filter.tag == nil {
            eventsSQL = "SELECT request_id, status, on_date, days FROM events WHERE kind = 'status' AND request_id BETWEEN ? AND ? ORDER BY request_id, id"
        } else {
            eventsSQL = """
                SELECT e.request_id, e.status, e.on_date, e.days FROM requests r JOIN events e ON e.request_id = r.id AND e.kind = 'status'
                \(whereClause) ORDER BY e.request_id, e.id
                """
        }
        func date(_ statement: Statement, _ column: Int32) -> CivilDate {
            statement.withUTF8(column) { CivilDate(isoBytes: $0) } ?? CivilDate(dayNumber: 0)
        }
        func run() throws {
            let events = try Cursor(database.statement(eventsSQL), values)
            defer { events.statement.reset() }
            var jurisdictions: [(name: [UInt8], jurisdiction: Jurisdiction)] = []
            func jurisdiction(_ statement: Statement, _ column: Int32) throws -> Jurisdiction {
                try statement.withUTF8(column) { bytes in
                    if let known = jurisdictions.first(where: { $0.name.count == bytes.count && $0.name.elementsEqual(bytes) }) {
                        return known.jurisdiction
                    }
                    let loaded = try catalog.jurisdiction(String(decoding: bytes, as: UTF8.self))
                    jurisdictions.append((Array(bytes), loaded))
                    return loaded
                }
            }
            var changes: [StatusChange] = []
            try requests.forEachRow(values) { s in
                let key = s.int64(0)
                changes.removeAll(keepingCapacity: true)
                try events.rows(for: key) { e in
                    changes.append(StatusChange(status: e.withUTF8(1) { FOIStatus(utf8: $0) } ?? .closed, date: date(e, 2), days: e.optionalInt(3)))
                }
                let received = date(s, 7)
                let clock = RequestClock.evaluate(jurisdiction: try jurisdiction(s, 4), received: received, urgent: s.int(8) != 0, changes: changes)
                if filter.overdue && !clock.isOverdue(asOf: filter.asOf) { return }
                if let window = filter.dueWithin {
                    guard let remaining = clock.daysRemaining(asOf: filter.asOf), (0...window).contains(remaining) else { return }
                }
                // Strings are made only for the requests kept.
                try body(
                    RequestSummary(
                        id: includeText ? s.text(1) : "", subject: includeText ? s.text(2) : "", agency: s.text(3), jurisdiction: clock.jurisdiction.id,
                        status: s.withUTF8(5) { FOIStatus(utf8: $0) } ?? .closed, filed: date(s, 6), received: received, clock: clock))
            }
        }
        if database.isInTransaction { try run() } else { try database.transaction(.deferred, run) }
    }
}

/// The second half of a parallel scan, handed from its thread to the caller after `wait()`.
private final class SummaryBox: @unchecked Sendable {
    // Written only by the worker before it leaves the dispatch group; read only after `wait()`.
    var summaries: [RequestSummary] = []
    var error: (any Error)?
}
