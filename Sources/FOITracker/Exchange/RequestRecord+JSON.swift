import BlacklineCore

extension RequestRecord {
    /// Every stored field as JSON (the export format; `show` adds the derived fields).
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)), ("jurisdiction", .string(jurisdiction)), ("agency", .string(agency)), ("subject", .string(subject)),
            ("requester", requester.map { .string($0) } ?? .null), ("channel", channel.map { .string($0.rawValue) } ?? .null),
            ("filed", .string(filed.description)), ("received", .string(received.description)), ("urgent", .bool(urgent)),
            ("status", .string(status.rawValue)), ("fee", fee.map { .string($0) } ?? .null),
            ("embargo", embargo.map { .string($0.description) } ?? .null), ("tags", .array(tags.map { .string($0) })),
            ("createdAt", .string(createdAt)),
            ("tracking", Self.trackingJSON(tracking)), ("timeline", Self.timelineJSON(timeline)), ("documents", Self.documentsJSON(documents)),
        ])
    }

    static func trackingJSON(_ tracking: [TrackingNumber]) -> JSONValue {
        .array(tracking.map {
            .object([("number", .string($0.number)), ("assignedOn", .string($0.assignedOn.description)), ("actor", .string($0.actor)),
                     ("recordedAt", .string($0.recordedAt))])
        })
    }

    static func timelineJSON(_ timeline: [TimelineEvent]) -> JSONValue {
        .array(timeline.map { event in
            var members: [(String, JSONValue)] = [("date", .string(event.date.description)), ("kind", .string(event.kind.rawValue))]
            if let status = event.status { members.append(("status", .string(status.rawValue))) }
            if let days = event.days { members.append(("days", .integer(days))) }
            members += [("note", .string(event.note)), ("actor", .string(event.actor)), ("recordedAt", .string(event.recordedAt))]
            return .object(members)
        })
    }

    static func documentsJSON(_ documents: [DocumentRecord]) -> JSONValue {
        .array(documents.map {
            .object([
                ("name", .string($0.name)), ("kind", .string($0.kind)), ("sha256", .string($0.sha256)), ("size", .integer($0.size)),
                ("storedPath", $0.storedPath.map { .string($0) } ?? .null), ("attachedAt", .string($0.attachedAt)), ("actor", .string($0.actor)),
                ("purgedAt", $0.purgedAt.map { .string($0) } ?? .null),
            ])
        })
    }
}

/// Reads request records from JSON nodes with located errors.
struct RecordDecoder {
    let defaultActor: String
    let now: String

    private func date(_ node: JSONNode, _ what: String) throws -> CivilDate {
        let text = try node.requireString(what)
        guard let date = CivilDate(iso: text) else { throw node.error("\(what): invalid date \"\(text)\"; expected YYYY-MM-DD") }
        return date
    }

    private func optionalString(_ node: JSONNode?, _ what: String) throws -> String? {
        guard let node else { return nil }
        if case .null = node.kind { return nil }
        return try node.requireString(what)
    }

    private func located<T>(_ node: JSONNode, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FOIError {
            throw node.error(error.message)
        }
    }

    /// A request object of an export (or hand-written JSON). `id` may be missing (one is allocated).
    func record(_ node: JSONNode, _ what: String) throws -> (record: RequestRecord, hasID: Bool, hasTimeline: Bool) {
        try node.rejectUnknownKeys(
            ["id", "jurisdiction", "agency", "subject", "requester", "channel", "filed", "received", "urgent", "status", "fee", "embargo",
             "tags", "createdAt", "tracking", "timeline", "documents", "due", "overdue", "daysRemaining", "daysLate"], in: what)
        let id = try optionalString(node["id"], "\(what).id")
        if let id, FOIStore.parsePublicID(id) == nil { throw node["id"]!.error("\(what).id: expected FOI-YYYY-NNNN, found \"\(id)\"") }
        let filed = try date(try node.required("filed", in: what), "\(what).filed")
        let received = try node["received"].map { try date($0, "\(what).received") } ?? filed
        let statusNode = node["status"]
        var status = FOIStatus.submitted
        if let statusNode {
            let name = try statusNode.requireString("\(what).status")
            guard let value = FOIStatus(rawValue: name) else { throw statusNode.error("\(what).status: unknown status \"\(name)\"; valid: \(FOIStatus.allNames)") }
            status = value
        }
        var channel: Channel?
        if let name = try optionalString(node["channel"], "\(what).channel") {
            guard let value = Channel(rawValue: name) else { throw node["channel"]!.error("\(what).channel: unknown channel \"\(name)\"") }
            channel = value
        }
        let agencyNode = try node.required("agency", in: what)
        let subjectNode = try node.required("subject", in: what)
        var record = RequestRecord(
            id: id ?? "",
            subject: try located(subjectNode) { try Validation.text(try subjectNode.requireString("\(what).subject"), field: "\(what).subject", limit: 2000) },
            agency: try located(agencyNode) { try Validation.text(try agencyNode.requireString("\(what).agency"), field: "\(what).agency") },
            jurisdiction: try node.required("jurisdiction", in: what).requireString("\(what).jurisdiction"),
            requester: try optionalString(node["requester"], "\(what).requester"), channel: channel, filed: filed, received: received,
            urgent: try node["urgent"].map { try $0.requireBool("\(what).urgent") } ?? false, status: status,
            fee: try optionalString(node["fee"], "\(what).fee"),
            embargo: try node["embargo"].flatMap { if case .null = $0.kind { return nil } else { return try date($0, "\(what).embargo") } },
            tags: try node["tags"].map { tagsNode in try located(tagsNode) { try tagsNode.requireStringArray("\(what).tags").map(Validation.tag) } } ?? [],
            createdAt: try optionalString(node["createdAt"], "\(what).createdAt") ?? now)
        if let fee = record.fee { _ = try located(node["fee"]!) { try Validation.fee(fee) } }
        if let trackingNode = node["tracking"] { record.tracking = try tracking(trackingNode, "\(what).tracking", received: received) }
        var hasTimeline = false
        if let timelineNode = node["timeline"] {
            hasTimeline = true
            record.timeline = try timeline(timelineNode, "\(what).timeline")
            if let last = record.statusChanges.last, last.status != record.status {
                throw node.error("\(what): \"status\" is \(record.status.rawValue) but the timeline's last status is \(last.status.rawValue)")
            }
        }
        if let documentsNode = node["documents"] { record.documents = try documents(documentsNode, "\(what).documents") }
        return (record, id != nil, hasTimeline)
    }

    func tracking(_ node: JSONNode, _ what: String, received: CivilDate) throws -> [TrackingNumber] {
        try node.requireArray(what).enumerated().map { index, item in
            let itemWhat = "\(what)[\(index)]"
            try item.rejectUnknownKeys(["number", "assignedOn", "actor", "recordedAt"], in: itemWhat)
            return TrackingNumber(
                number: try item.required("number", in: itemWhat).requireString("\(itemWhat).number"),
                assignedOn: try item["assignedOn"].map { try date($0, "\(itemWhat).assignedOn") } ?? received,
                actor: try optionalString(item["actor"], "\(itemWhat).actor") ?? defaultActor,
                recordedAt: try optionalString(item["recordedAt"], "\(itemWhat).recordedAt") ?? now)
        }
    }

    func timeline(_ node: JSONNode, _ what: String) throws -> [TimelineEvent] {
        try node.requireArray(what).enumerated().map { index, item in
            let itemWhat = "\(what)[\(index)]"
            try item.rejectUnknownKeys(["date", "kind", "status", "days", "note", "actor", "recordedAt"], in: itemWhat)
            let kindNode = try item.required("kind", in: itemWhat)
            let kindName = try kindNode.requireString("\(itemWhat).kind")
            guard let kind = TimelineEvent.Kind(rawValue: kindName) else {
                throw kindNode.error("\(itemWhat).kind: unknown kind \"\(kindName)\"; valid: \(TimelineEvent.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var eventStatus: FOIStatus?
            if let name = try optionalString(item["status"], "\(itemWhat).status") {
                guard let value = FOIStatus(rawValue: name) else { throw item["status"]!.error("\(itemWhat).status: unknown status \"\(name)\"") }
                eventStatus = value
            }
            if kind == .status && eventStatus == nil { throw item.error("\(itemWhat): a status event needs \"status\"") }
            return TimelineEvent(
                date: try date(try item.required("date", in: itemWhat), "\(itemWhat).date"), kind: kind, status: eventStatus,
                days: try item["days"].flatMap { if case .null = $0.kind { return nil } else { return try $0.requireInt("\(itemWhat).days") } },
                note: try optionalString(item["note"], "\(itemWhat).note") ?? "",
                actor: try optionalString(item["actor"], "\(itemWhat).actor") ?? defaultActor,
                recordedAt: try optionalString(item["recordedAt"], "\(itemWhat).recordedAt") ?? now)
        }
    }

    func documents(_ node: JSONNode, _ what: String) throws -> [DocumentRecord] {
        try node.requireArray(what).enumerated().map { index, item in
            let itemWhat = "\(what)[\(index)]"
            try item.rejectUnknownKeys(["name", "kind", "sha256", "size", "storedPath", "attachedAt", "actor", "purgedAt"], in: itemWhat)
            let shaNode = try item.required("sha256", in: itemWhat)
            let sha = try shaNode.requireString("\(itemWhat).sha256")
            guard sha.count == 64, sha.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
                throw shaNode.error("\(itemWhat).sha256 must be 64 lowercase hexadecimal digits")
            }
            return DocumentRecord(
                name: try item.required("name", in: itemWhat).requireString("\(itemWhat).name"),
                kind: try optionalString(item["kind"], "\(itemWhat).kind") ?? "document", sha256: sha,
                size: try item.required("size", in: itemWhat).requireInt("\(itemWhat).size"),
                storedPath: try optionalString(item["storedPath"], "\(itemWhat).storedPath"),
                attachedAt: try optionalString(item["attachedAt"], "\(itemWhat).attachedAt") ?? now,
                actor: try optionalString(item["actor"], "\(itemWhat).actor") ?? defaultActor,
                purgedAt: try optionalString(item["purgedAt"], "\(itemWhat).purgedAt"))
        }
    }
}
