import BlacklineCore
import Foundation

extension Policy {
    /// Loads a policy by name (a file `NAME.json` in a policies folder, see `PolicyLocator`) or by
    /// path. Errors are `LocatedError`s with `file:line:col` and what is wrong.
    public static func load(_ nameOrPath: String) throws -> Policy {
        let located = try PolicyLocator.locate(nameOrPath)
        switch located {
        case .file(let url, let displayName):
            guard let data = try? Data(contentsOf: url) else {
                throw GeneralError(.missingInput, "cannot read policy \(displayName): no such file or not readable")
            }
            return try parse(data, file: displayName)
        case .embedded(let name, let text):
            return try parse(Data(text.utf8), file: "embedded:\(name)")
        }
    }

    /// The default policy: `default.json` from the policies folder, or the copy built into the binary.
    public static func `default`() throws -> Policy {
        try load("default")
    }

    /// Parses policy JSON bytes; `file` names the source in error messages.
    public static func parse(_ data: Data, file: String) throws -> Policy {
        guard let text = String(data: data, encoding: .utf8) else {
            throw LocatedError(file: file, location: nil, reason: "not valid UTF-8 text")
        }
        let root = try JSONNode.parse(text, file: file)
        var policy = try parse(root)
        policy.sourceSHA256 = SHA256.hex(of: data)
        policy.sourcePath = file
        return policy
    }

    static let topLevelFields = [
        "name", "description", "languages", "threshold", "roles", "exemptionSets", "allow", "deny", "rules",
    ]
    static let ruleFields = [
        "id", "detector", "category", "action", "exemptions", "justification", "score", "context", "parameters",
        "enabled",
    ]

    static func parse(_ root: JSONNode) throws -> Policy {
        try root.rejectUnknownKeys(topLevelFields, in: "the policy")
        let name = try root.required("name", in: "the policy").requireString("\"name\"")
        guard !name.isEmpty else { throw root["name"]!.error("\"name\" must not be empty") }
        let description = try root["description"]?.requireString("\"description\"") ?? ""
        let languages = try root["languages"]?.requireStringArray("\"languages\"") ?? []
        let thresholdNode = try root.required("threshold", in: "the policy")
        let threshold = try thresholdNode.requireNumber("\"threshold\"")
        guard (0...1).contains(threshold) else { throw thresholdNode.error("\"threshold\" must be between 0 and 1, found \(threshold)") }

        let rolesNode = try root.required("roles", in: "the policy")
        try rolesNode.rejectUnknownKeys(["protected", "kept"], in: "\"roles\"")
        let protectedRoles = try rolesNode.required("protected", in: "\"roles\"").requireStringArray("\"roles.protected\"")
        let keptRoles = try rolesNode["kept"]?.requireStringArray("\"roles.kept\"") ?? []
        for (list, key) in [(protectedRoles, "protected"), (keptRoles, "kept")] {
            let items = try rolesNode[key]?.requireArray("\"roles.\(key)\"") ?? []
            for (role, node) in zip(list, items) where !CaseRegistry.knownRoles.contains(role) {
                throw node.error("unknown role \"\(role)\" in \"roles.\(key)\"; valid roles: \(CaseRegistry.knownRoles.joined(separator: ", "))")
            }
        }
        if let overlap = protectedRoles.first(where: keptRoles.contains) {
            throw rolesNode.error("role \"\(overlap)\" is both protected and kept")
        }

        var sets: [ExemptionSet] = []
        for (index, node) in try (root["exemptionSets"]?.requireArray("\"exemptionSets\"") ?? []).enumerated() {
            let what = "\"exemptionSets\"[\(index)]"
            try node.rejectUnknownKeys(["id", "title", "codes"], in: what)
            let id = try node.required("id", in: what).requireString("\(what).id")
            let title = try node["title"]?.requireString("\(what).title") ?? id
            var codes: [ExemptionSet.Code] = []
            for member in try node.required("codes", in: what).requireObject("\(what).codes") {
                codes.append(.init(code: member.key, meaning: try member.value.requireString("code \"\(member.key)\"")))
            }
            sets.append(ExemptionSet(id: id, title: title, codes: codes))
        }
        let knownCodes = Set(sets.flatMap { $0.codes.map(\.code) })

        let allow = try root["allow"]?.requireStringArray("\"allow\"") ?? []
        var deny: [ListEntry] = []
        for (index, node) in try (root["deny"]?.requireArray("\"deny\"") ?? []).enumerated() {
            if case .string(let text) = node.kind {
                deny.append(ListEntry(text: text))
            } else {
                let what = "\"deny\"[\(index)]"
                try node.rejectUnknownKeys(["text", "category"], in: what)
                let text = try node.required("text", in: what).requireString("\(what).text")
                let category = try node["category"].map { try parseCategory($0, what: "\(what).category") } ?? .personName
                deny.append(ListEntry(text: text, category: category))
            }
        }
        for (text, node) in zip(allow.map { $0 }, try root["allow"]?.requireArray("\"allow\"") ?? []) where text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw node.error("allow-list entries must not be empty")
        }

        var rules: [Rule] = []
        var seen: [String: SourceLocation] = [:]
        for (index, node) in try root.required("rules", in: "the policy").requireArray("\"rules\"").enumerated() {
            let rule = try parseRule(node, index: index, knownCodes: knownCodes, checkCodes: !sets.isEmpty)
            if let first = seen[rule.id] {
                throw node["id"]!.error("duplicate rule id \"\(rule.id)\" (first used at line \(first.line))")
            }
            seen[rule.id] = node["id"]!.location
            rules.append(rule)
        }
        return Policy(
            name: name, description: description, languages: languages, rules: rules, threshold: threshold,
            protectedRoles: protectedRoles, keptRoles: keptRoles, allowList: allow, denyList: deny, exemptionSets: sets)
    }

    static func parseCategory(_ node: JSONNode, what: String) throws -> Category {
        let text = try node.requireString(what)
        let valid = !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard valid else { throw node.error("\(what) must be a kebab-case name such as \"person-name\", found \"\(text)\"") }
        return Category(text)
    }

    static func parseRule(_ node: JSONNode, index: Int, knownCodes: Set<String>, checkCodes: Bool) throws -> Rule {
        let what = "rule \(index + 1)"
        try node.rejectUnknownKeys(ruleFields, in: what)
        let id = try node.required("id", in: what).requireString("\(what) \"id\"")
        guard !id.isEmpty else { throw node["id"]!.error("rule id must not be empty") }
        let ruleWhat = "rule \"\(id)\""
        let detectorNode = try node.required("detector", in: ruleWhat)
        let detector = try detectorNode.requireString("\(ruleWhat) \"detector\"")
        guard DetectorRegistry.names.contains(detector) else {
            throw detectorNode.error(
                "unknown detector \"\(detector)\" in \(ruleWhat); valid detectors: \(DetectorRegistry.names.joined(separator: ", "))")
        }
        let category = try parseCategory(try node.required("category", in: ruleWhat), what: "\(ruleWhat) \"category\"")
        let action = try node["action"].map { try parseAction($0, what: ruleWhat) } ?? .redact
        let exemptionNodes = try node["exemptions"]?.requireArray("\(ruleWhat) \"exemptions\"") ?? []
        var exemptions: [String] = []
        for item in exemptionNodes {
            let code = try item.requireString("exemption code")
            if checkCodes && !knownCodes.contains(code) {
                throw item.error("\(ruleWhat) cites exemption \"\(code)\", which no exemption set defines; defined: \(knownCodes.sorted().joined(separator: ", "))")
            }
            exemptions.append(code)
        }
        let justification = try node["justification"]?.requireString("\(ruleWhat) \"justification\"") ?? ""
        var score: Double?
        if let scoreNode = node["score"] {
            let value = try scoreNode.requireNumber("\(ruleWhat) \"score\"")
            guard (0...1).contains(value) else { throw scoreNode.error("\(ruleWhat) \"score\" must be between 0 and 1") }
            score = value
        }
        var context: [ContextRule] = []
        for (n, item) in try (node["context"]?.requireArray("\(ruleWhat) \"context\"") ?? []).enumerated() {
            let cwhat = "\(ruleWhat) context[\(n)]"
            try item.rejectUnknownKeys(["words", "boost", "window", "after"], in: cwhat)
            let words = try item.required("words", in: cwhat).requireStringArray("\(cwhat) \"words\"")
            guard !words.isEmpty, words.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                throw item.error("\(cwhat) needs at least one non-empty word")
            }
            let boostNode = try item.required("boost", in: cwhat)
            let boost = try boostNode.requireNumber("\(cwhat) \"boost\"")
            guard (-1...1).contains(boost) else { throw boostNode.error("\(cwhat) \"boost\" must be between -1 and 1") }
            let window = try item["window"]?.requireInt("\(cwhat) \"window\"") ?? 48
            let after = try item["after"]?.requireInt("\(cwhat) \"after\"") ?? 0
            guard (0...400).contains(window), (0...400).contains(after) else {
                throw item.error("\(cwhat) windows must be between 0 and 400 characters")
            }
            context.append(ContextRule(words: words, boost: boost, windowBefore: window, windowAfter: after))
        }
        var parameters: [String: JSONValue] = [:]
        if let parametersNode = node["parameters"] {
            for member in try parametersNode.requireObject("\(ruleWhat) \"parameters\"") {
                parameters[member.key] = member.value.value
            }
            try DetectorRegistry.validateParameters(detector: detector, ruleID: id, node: parametersNode)
        } else {
            try DetectorRegistry.validateParameters(detector: detector, ruleID: id, node: nil, at: node)
        }
        let enabled = try node["enabled"]?.requireBool("\(ruleWhat) \"enabled\"") ?? true
        return Rule(
            id: id, detector: detector, category: category, action: action, exemptions: exemptions,
            justification: justification, score: score, context: context, parameters: parameters, enabled: enabled)
    }

    static func parseAction(_ node: JSONNode, what: String) throws -> Action {
        let kinds = Action.Kind.allCases.map(\.rawValue)
        func kind(_ text: String, at node: JSONNode) throws -> Action.Kind {
            guard let kind = Action.Kind(rawValue: text) else {
                throw node.error("unknown action \"\(text)\" in \(what); valid actions: \(kinds.joined(separator: ", "))")
            }
            return kind
        }
        if case .string(let text) = node.kind { return Action(try kind(text, at: node)) }
        try node.rejectUnknownKeys(["kind", "keepLast", "label"], in: "\(what) \"action\"")
        let kindNode = try node.required("kind", in: "\(what) \"action\"")
        let actionKind = try kind(try kindNode.requireString("\(what) action \"kind\""), at: kindNode)
        let keepLast = try node["keepLast"]?.requireInt("\(what) action \"keepLast\"")
        if let keepLast, keepLast < 0 || keepLast > 32 { throw node["keepLast"]!.error("\"keepLast\" must be between 0 and 32") }
        if actionKind == .mask && keepLast == nil { throw node.error("\(what): a mask action needs \"keepLast\"") }
        let label = try node["label"]?.requireString("\(what) action \"label\"")
        return Action(actionKind, keepLast: keepLast, label: label)
    }
}
