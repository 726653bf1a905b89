import BlacklineCore
import Foundation

/// A recognizer: looks at one scan and proposes candidates for one policy rule.
///
/// Detectors share the scan's single pass over the folded text (automaton hits, digit runs,
/// tracked people) instead of each searching the text again.
protocol Detector: Sendable {
    /// The name policies use in a rule's `"detector"` field.
    static var name: String { get }
    /// One line for `blackline policy lint` and the docs.
    static var summary: String { get }
    /// Parameters the detector accepts, with their expected JSON types.
    static var parameters: [DetectorParameter] { get }
    /// Builds the detector for a rule (parameters already type-checked).
    init(bound: BoundRule) throws
    /// The rule the detector works for.
    var bound: BoundRule { get }
    /// Adds candidates to `scan`.
    func detect(in scan: ScanContext) throws
}

extension Detector {
    static var parameters: [DetectorParameter] { [] }
    var rule: Rule { bound.rule }
    var ruleIndex: Int { bound.index }
}

/// A policy rule and its position in the policy (candidates refer to rules by index).
struct BoundRule: Sendable {
    let rule: Rule
    let index: Int
}

/// A detector parameter: its name, JSON type and whether it is required.
struct DetectorParameter: Sendable {
    enum Kind: String, Sendable { case string, integer, number, boolean, stringArray = "array of strings" }
    var name: String
    var kind: Kind
    var required: Bool = false
    var help: String
}

/// Every detector by name.
enum DetectorRegistry {
    static let types: [any Detector.Type] = [
        PartyNameDetector.self, RoleCueDetector.self, InitialsDetector.self, RegistryIdentifierDetector.self,
        JMBGDetector.self, ChineseIDDetector.self, CheckedPersonalNumberDetector.self, IBANDetector.self, PaymentCardDetector.self,
        SerbianAccountDetector.self, PassportDetector.self, PhoneDetector.self, EmailDetector.self,
        SocialHandleDetector.self, VehiclePlateDetector.self, StreetAddressDetector.self, DateOfBirthDetector.self,
        AgeDetector.self, PatternDetector.self,
    ]

    /// Valid detector names, sorted.
    static let names: [String] = types.map { $0.name }.sorted()

    static func type(named name: String) -> (any Detector.Type)? {
        types.first { $0.name == name }
    }

    /// Builds the detector of a rule.
    static func make(_ rule: Rule, index: Int) throws -> any Detector {
        guard let type = type(named: rule.detector) else {
            throw GeneralError(.badInput, "rule \(rule.id): unknown detector \(rule.detector); valid detectors: \(names.joined(separator: ", "))")
        }
        return try type.init(bound: BoundRule(rule: rule, index: index))
    }

    /// Checks a rule's `parameters` object against the detector's parameter list, with locations.
    static func validateParameters(detector: String, ruleID: String, node: JSONNode?, at ruleNode: JSONNode? = nil) throws {
        guard let type = type(named: detector) else { return }
        let specs = type.parameters
        let members = try node?.requireObject("rule \"\(ruleID)\" \"parameters\"") ?? []
        for member in members {
            guard let spec = specs.first(where: { $0.name == member.key }) else {
                let valid = specs.isEmpty ? "it takes none" : "valid parameters: " + specs.map(\.name).joined(separator: ", ")
                throw node!.source.error(at: member.keyLocation, "unknown parameter \"\(member.key)\" for detector \"\(detector)\" in rule \"\(ruleID)\"; \(valid)")
            }
            let value = member.value
            let ok: Bool
            switch (spec.kind, value.kind) {
            case (.string, .string), (.number, .number), (.boolean, .bool): ok = true
            case (.integer, .number(_, let literal)): ok = Int(literal) != nil
            case (.stringArray, .array(let items)): ok = items.allSatisfy { if case .string = $0.kind { return true } else { return false } }
            default: ok = false
            }
            if !ok {
                throw value.error("parameter \"\(spec.name)\" of rule \"\(ruleID)\" must be \(spec.kind.rawValue == "array of strings" ? "an array of strings" : "a " + spec.kind.rawValue), found \(value.typeName)")
            }
        }
        for spec in specs where spec.required && !members.contains(where: { $0.key == spec.name }) {
            let place = node ?? ruleNode
            throw (place?.error("rule \"\(ruleID)\" (detector \"\(detector)\") needs the parameter \"\(spec.name)\"")
                ?? LocatedError(file: "policy", location: nil, reason: "rule \(ruleID) needs the parameter \(spec.name)"))
        }
        if detector == PatternDetector.name, let node {
            try PatternDetector.validate(node: node, ruleID: ruleID)
        }
    }
}
