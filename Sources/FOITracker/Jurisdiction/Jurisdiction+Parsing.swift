import BlacklineCore

extension Jurisdiction {
    /// Reads a jurisdiction file; every mistake is a `LocatedError` (`file:line:col: reason`).
    ///
    /// - Parameter expectedID: the id the file name promises (`us-foia.json`); a different "id"
    ///   inside is an error.
    public convenience init(json text: String, file: String, expectedID: String? = nil, origin: String? = nil) throws {
        let root = try JSONNode.parse(text, file: file)
        try root.rejectUnknownKeys(
            ["id", "name", "law", "knownUntil", "weekend", "response", "urgent", "extension", "clock", "appeal", "complaint",
             "veryOverdue", "holidays", "notes"], in: "a jurisdiction")
        let idNode = try root.required("id", in: "a jurisdiction")
        let id = try idNode.requireString("\"id\"")
        guard JurisdictionCatalog.isValidID(id) else {
            throw idNode.error("\"id\" must be lowercase letters, digits and '-', e.g. \"us-foia\"")
        }
        if let expectedID, id != expectedID {
            throw idNode.error("\"id\" is \"\(id)\" but the file is named \(expectedID).json")
        }
        let knownUntilNode = try root.required("knownUntil", in: "a jurisdiction")
        let knownUntil = try knownUntilNode.requireInt("\"knownUntil\"")
        guard (2000...2200).contains(knownUntil) else { throw knownUntilNode.error("\"knownUntil\" must be a year") }
        var weekend: Set<Weekday> = [.saturday, .sunday]
        if let node = root["weekend"] {
            weekend = Set(try node.requireArray("\"weekend\"").map { try Self.weekday($0, "\"weekend\"") })
        }
        let responseNode = try root.required("response", in: "a jurisdiction")
        let response = try Self.period(responseNode, "\"response\"", parentFact: nil, requireFact: true)
        let holidaysNode = try root.required("holidays", in: "a jurisdiction")
        self.init(
            id: id,
            name: try root.required("name", in: "a jurisdiction").requireString("\"name\""),
            law: try root.required("law", in: "a jurisdiction").requireString("\"law\""),
            knownUntil: knownUntil,
            response: response,
            urgent: try Self.optional(root["urgent"]) { try Self.period($0, "\"urgent\"", parentFact: nil, requireFact: true) },
            extensionRule: try Self.optional(root["extension"]) { try Self.extensionRule($0, "\"extension\"", parentFact: nil) },
            clockRules: try Self.optional(root["clock"]) { node in
                try node.requireArray("\"clock\"").enumerated().map { try Self.clockRule($1, "\"clock\"[\($0)]") }
            } ?? [],
            appeal: try Self.optional(root["appeal"]) { try Self.remedy($0, "\"appeal\"") },
            complaint: try Self.optional(root["complaint"]) { try Self.remedy($0, "\"complaint\"") },
            veryOverdue: try Self.optional(root["veryOverdue"]) { try Self.period($0, "\"veryOverdue\"", parentFact: nil, requireFact: true) },
            calendar: try Self.calendar(holidaysNode, weekend: weekend),
            origin: origin ?? file)
    }

    private static func optional<T>(_ node: JSONNode?, _ parse: (JSONNode) throws -> T) throws -> T? {
        guard let node else { return nil }
        if case .null = node.kind { return nil }
        return try parse(node)
    }

    private static func fact(_ node: JSONNode, _ what: String, parent: LegalFact?) throws -> LegalFact {
        let source = try node["source"].map { try $0.requireString("\(what).source") }
        let confirmed = try node["confirmed"].map { try $0.requireBool("\(what).confirmed") }
        if let source {
            return LegalFact(source: source, confirmed: confirmed ?? false)
        }
        if let parent { return LegalFact(source: parent.source, confirmed: confirmed ?? parent.confirmed) }
        throw node.error("\(what) needs a \"source\" (where the rule comes from) and \"confirmed\" (true only when checked against an official text)")
    }

    private static let factKeys = ["source", "confirmed", "note"]

    private static func period(_ node: JSONNode, _ what: String, parentFact: LegalFact?, requireFact: Bool) throws -> Period {
        try node.rejectUnknownKeys(["days", "hours", "dayType", "rollForward"] + factKeys, in: what)
        let fact = try fact(node, what, parent: requireFact ? nil : parentFact)
        if let hoursNode = node["hours"] {
            guard node["days"] == nil else { throw hoursNode.error("\(what) gives both \"days\" and \"hours\"; give one") }
            let hours = try hoursNode.requireInt("\(what).hours")
            guard (1...10_000).contains(hours) else { throw hoursNode.error("\(what).hours must be between 1 and 10000") }
            let roll = try node["rollForward"].map { try $0.requireBool("\(what).rollForward") } ?? false
            return Period(days: (hours + 23) / 24, dayType: .calendar, rollForward: roll, hours: hours, fact: fact)
        }
        let daysNode = try node.required("days", in: what)
        let days = try daysNode.requireInt("\(what).days")
        guard (0...3650).contains(days) else { throw daysNode.error("\(what).days must be between 0 and 3650") }
        let typeNode = try node.required("dayType", in: what)
        let typeName = try typeNode.requireString("\(what).dayType")
        guard let dayType = DayType(rawValue: typeName) else {
            throw typeNode.error("\(what).dayType must be \"working\" or \"calendar\", found \"\(typeName)\"")
        }
        let roll = try node["rollForward"].map { try $0.requireBool("\(what).rollForward") } ?? (dayType == .calendar)
        return Period(days: days, dayType: dayType, rollForward: roll, fact: fact)
    }

    private static func extensionRule(_ node: JSONNode, _ what: String, parentFact: LegalFact?) throws -> ExtensionRule {
        try node.rejectUnknownKeys(["days", "maxDays", "condition"] + factKeys, in: what)
        let daysNode = try node.required("days", in: what)
        let days = try daysNode.requireInt("\(what).days")
        guard (1...3650).contains(days) else { throw daysNode.error("\(what).days must be between 1 and 3650") }
        var maxDays: Int?
        if let maxNode = node["maxDays"], case .number = maxNode.kind {
            let value = try maxNode.requireInt("\(what).maxDays")
            guard value >= days else { throw maxNode.error("\(what).maxDays must be at least \"days\" (\(days))") }
            maxDays = value
        }
        return ExtensionRule(
            days: days, maxDays: maxDays,
            condition: try node["condition"].map { try $0.requireString("\(what).condition") } ?? "",
            fact: try fact(node, what, parent: parentFact))
    }

    private static func clockRule(_ node: JSONNode, _ what: String) throws -> ClockRule {
        try node.rejectUnknownKeys(["status", "effect", "limit"] + factKeys, in: what)
        let statusNode = try node.required("status", in: what)
        let statusName = try statusNode.requireString("\(what).status")
        guard let status = FOIStatus(rawValue: statusName), status == .feeRequired || status == .clarificationRequested else {
            throw statusNode.error("\(what).status must be \"fee_required\" or \"clarification_requested\", found \"\(statusName)\"")
        }
        let effectNode = try node.required("effect", in: what)
        let effectName = try effectNode.requireString("\(what).effect")
        guard let effect = ClockRule.Effect(rawValue: effectName) else {
            throw effectNode.error("\(what).effect must be \"pause\", \"restart\" or \"none\", found \"\(effectName)\"")
        }
        var limit: Int?
        if let limitNode = node["limit"] {
            limit = try limitNode.requireInt("\(what).limit")
            guard limit! >= 1 else { throw limitNode.error("\(what).limit must be at least 1") }
        }
        return ClockRule(status: status, effect: effect, limit: limit, fact: try fact(node, what, parent: nil))
    }

    private static func remedy(_ node: JSONNode, _ what: String) throws -> Remedy {
        try node.rejectUnknownKeys(["name", "body", "window", "afterSilence", "decision", "decisionExtension"] + factKeys, in: what)
        let fact = try fact(node, what, parent: nil)
        var afterSilence = Remedy.AfterSilence.none
        if let silenceNode = node["afterSilence"] {
            let name = try silenceNode.requireString("\(what).afterSilence")
            guard let value = Remedy.AfterSilence(rawValue: name) else {
                throw silenceNode.error("\(what).afterSilence must be \"none\", \"window\" or \"anytime\", found \"\(name)\"")
            }
            afterSilence = value
        }
        return Remedy(
            name: try node.required("name", in: what).requireString("\(what).name"),
            body: try node["body"].map { try $0.requireString("\(what).body") } ?? "",
            window: try optional(node["window"]) { try period($0, "\(what).window", parentFact: fact, requireFact: false) },
            afterSilence: afterSilence,
            decision: try optional(node["decision"]) { try period($0, "\(what).decision", parentFact: fact, requireFact: false) },
            decisionExtension: try optional(node["decisionExtension"]) {
                try extensionRule($0, "\(what).decisionExtension", parentFact: fact)
            },
            fact: fact)
    }

    private static func weekday(_ node: JSONNode, _ what: String) throws -> Weekday {
        let name = try node.requireString(what)
        guard let day = Weekday(rawValue: name.lowercased()) else {
            throw node.error("\(what): unknown weekday \"\(name)\"; use monday … sunday")
        }
        return day
    }

    private static func calendar(_ node: JSONNode, weekend: Set<Weekday>) throws -> HolidayCalendar {
        let what = "\"holidays\""
        try node.rejectUnknownKeys(["rules", "lists"] + factKeys, in: what)
        let fact = try fact(node, what, parent: nil)
        var rules: [HolidayRule] = []
        if let rulesNode = node["rules"] {
            for (index, ruleNode) in try rulesNode.requireArray("\(what).rules").enumerated() {
                rules.append(try rule(ruleNode, "\(what).rules[\(index)]", parentFact: fact))
            }
        }
        if let listsNode = node["lists"] {
            for (index, listNode) in try listsNode.requireArray("\(what).lists").enumerated() {
                rules += try datedList(listNode, "\(what).lists[\(index)]", parentFact: fact)
            }
        }
        return HolidayCalendar(weekend: weekend, rules: rules, fact: fact)
    }

    /// Parses "MM-DD".
    private static func monthDay(_ node: JSONNode, _ what: String) throws -> (month: Int, day: Int) {
        let text = try node.requireString(what)
        let parts = text.split(separator: "-")
        guard text.count == 5, parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]),
            (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: 2024)
        else {
            throw node.error("\(what) must be a day of the year as \"MM-DD\", found \"\(text)\"")
        }
        return (month, day)
    }

    private static func rule(_ node: JSONNode, _ what: String, parentFact: LegalFact) throws -> HolidayRule {
        try node.rejectUnknownKeys(
            ["name", "date", "through", "month", "weekday", "nth", "easter", "offset", "shift", "fromYear", "untilYear",
             "exceptYears"] + factKeys, in: what)
        let name = try node.required("name", in: what).requireString("\(what).name")
        let date: HolidayRule.Date
        if let dateNode = node["date"] {
            let (month, day) = try monthDay(dateNode, "\(what).date")
            var lastDay = day
            if let throughNode = node["through"] {
                let through = try monthDay(throughNode, "\(what).through")
                guard through.month == month, through.day >= day else {
                    throw throughNode.error("\(what).through must be a later day of the same month as \"date\"")
                }
                lastDay = through.day
            }
            date = .fixed(month: month, day: day, lastDay: lastDay)
        } else if let easterNode = node["easter"] {
            let kindName = try easterNode.requireString("\(what).easter")
            guard let kind = HolidayRule.EasterKind(rawValue: kindName) else {
                throw easterNode.error("\(what).easter must be \"western\" or \"orthodox\", found \"\(kindName)\"")
            }
            let offset = try node["offset"].map { try $0.requireInt("\(what).offset") } ?? 0
            guard (-100...100).contains(offset) else { throw node["offset"]!.error("\(what).offset must be between -100 and 100") }
            date = .easter(kind, offset: offset)
        } else if let weekdayNode = node["weekday"] {
            let monthNode = try node.required("month", in: what)
            let month = try monthNode.requireInt("\(what).month")
            guard (1...12).contains(month) else { throw monthNode.error("\(what).month must be 1…12") }
            let nthNode = try node.required("nth", in: what)
            let nth = try nthNode.requireInt("\(what).nth")
            guard (1...5).contains(nth) || nth == -1 || nth == -2 else {
                throw nthNode.error("\(what).nth must be 1…5, or -1 for the last (-2 for the one before)")
            }
            date = .nthWeekday(month: month, weekday: try weekday(weekdayNode, "\(what).weekday"), nth: nth)
        } else {
            throw node.error("\(what) needs \"date\" (MM-DD), \"easter\" (western/orthodox with \"offset\") or \"month\"+\"weekday\"+\"nth\"")
        }
        var shift = HolidayRule.Shift.none
        if let shiftNode = node["shift"] {
            let shiftName = try shiftNode.requireString("\(what).shift")
            guard let value = HolidayRule.Shift(rawValue: shiftName) else {
                throw shiftNode.error("\(what).shift must be \"none\", \"observed\", \"substitute\" or \"sunday-substitute\", found \"\(shiftName)\"")
            }
            shift = value
        }
        return HolidayRule(
            name: name, date: date, shift: shift,
            fromYear: try node["fromYear"].map { try $0.requireInt("\(what).fromYear") },
            untilYear: try node["untilYear"].map { try $0.requireInt("\(what).untilYear") },
            exceptYears: try node["exceptYears"].map { try $0.requireArray("\(what).exceptYears").map { try $0.requireInt("\(what).exceptYears[]") } } ?? [],
            fact: try fact(node, what, parent: parentFact))
    }

    private static func datedList(_ node: JSONNode, _ what: String, parentFact: LegalFact) throws -> [HolidayRule] {
        try node.rejectUnknownKeys(["year", "dates"] + factKeys, in: what)
        let yearNode = try node.required("year", in: what)
        let year = try yearNode.requireInt("\(what).year")
        let fact = try fact(node, what, parent: parentFact)
        var rules: [HolidayRule] = []
        for (index, entry) in try node.required("dates", in: what).requireArray("\(what).dates").enumerated() {
            let entryWhat = "\(what).dates[\(index)]"
            try entry.rejectUnknownKeys(["name", "date", "from", "through"] + factKeys, in: entryWhat)
            let name = try entry.required("name", in: entryWhat).requireString("\(entryWhat).name")
            func date(_ key: String) throws -> CivilDate {
                let dateNode = try entry.required(key, in: entryWhat)
                let text = try dateNode.requireString("\(entryWhat).\(key)")
                guard let value = CivilDate(iso: text) else { throw dateNode.error("\(entryWhat).\(key): invalid date \"\(text)\"; expected YYYY-MM-DD") }
                guard value.year == year else { throw dateNode.error("\(entryWhat).\(key) is not in \(year), the year of this list") }
                return value
            }
            let first: CivilDate
            let last: CivilDate
            if entry["date"] != nil {
                first = try date("date")
                last = first
            } else {
                first = try date("from")
                last = try date("through")
                guard last >= first else { throw entry["through"]!.error("\(entryWhat).through is before \"from\"") }
            }
            rules.append(HolidayRule(name: name, date: .dated(first: first, last: last), fact: try self.fact(entry, entryWhat, parent: fact)))
        }
        return rules
    }
}
