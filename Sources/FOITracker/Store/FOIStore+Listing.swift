extension FOIStore {
    /// The requests that match `filter`, with their clocks, in id order.
    public func summaries(_ filter: RequestFilter) throws -> [RequestSummary] {
        var conditions: [String] = []
        var values: [any SQLBindable] = []
        var statuses = filter.statuses
        if filter.overdue || filter.dueWithin != nil {
            statuses = statuses.isEmpty ? RequestFilter.clockStatuses : statuses.filter(RequestFilter.clockStatuses.contains)
            if statuses.isEmpty { return [] }
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
            "SELECT r.id, r.public_id, r.subject, r.agency, r.jurisdiction, r.status, r.filed, r.received, r.urgent FROM requests r\(whereClause) ORDER BY r.id")
        let eventsSQL: String
        if conditions.isEmpty {
            eventsSQL = "SELECT request_id, status, on_date, days FROM events WHERE kind = 'status' ORDER BY request_id, id"
        } else {
            eventsSQL = """
                SELECT e.request_id, e.status, e.on_date, e.days FROM requests r JOIN events e ON e.request_id = r.id AND e.kind = 'status'
                \(whereClause) ORDER BY e.request_id, e.id
                """
        }
        return try database.transaction(.deferred) {
            let events = try Cursor(database.statement(eventsSQL), values)
            defer { events.statement.reset() }
            var jurisdictions: [String: Jurisdiction] = [:]
            var result: [RequestSummary] = []
            var changes: [StatusChange] = []
            try requests.forEachRow(values) { s in
                let key = s.int64(0)
                changes.removeAll(keepingCapacity: true)
                try events.rows(for: key) { e in
                    changes.append(StatusChange(status: FOIStatus(rawValue: e.text(1)) ?? .closed, date: date(e, 2), days: e.optionalInt(3)))
                }
                let jurisdictionID = s.text(4)
                let jurisdiction: Jurisdiction
                if let cached = jurisdictions[jurisdictionID] {
                    jurisdiction = cached
                } else {
                    jurisdiction = try catalog.jurisdiction(jurisdictionID)
                    jurisdictions[jurisdictionID] = jurisdiction
                }
                let received = date(s, 7)
                let clock = RequestClock.evaluate(jurisdiction: jurisdiction, received: received, urgent: s.int(8) != 0, changes: changes)
                if filter.overdue && !clock.isOverdue(asOf: filter.asOf) { return }
                if let window = filter.dueWithin {
                    guard let remaining = clock.daysRemaining(asOf: filter.asOf), (0...window).contains(remaining) else { return }
                }
                result.append(
                    RequestSummary(
                        id: s.text(1), subject: s.text(2), agency: s.text(3), jurisdiction: jurisdictionID,
                        status: FOIStatus(rawValue: s.text(5)) ?? .closed, filed: date(s, 6), received: received, clock: clock))
            }
            return result
        }
    }
}
