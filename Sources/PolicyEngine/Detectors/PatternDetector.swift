import BlacklineCore
import Foundation

/// A policy-defined regular expression (ICU syntax, via NSRegularExpression), matched line by
/// line. Work is bounded: lines are cut into chunks of at most `maxLineLength` UTF-16 units and
/// each chunk gets a budget of ICU progress callbacks (one per start position plus `workBudget`, about a
/// millisecond each while backtracking); a pattern that exceeds it (catastrophic
/// backtracking) stops the scan with an error naming the rule.
struct PatternDetector: Detector {
    static let name = "pattern"
    static let summary = "a regular expression from the policy, with context words and a work bound"
    static let parameters = [
        DetectorParameter(name: "pattern", kind: .string, required: true, help: "ICU regular expression"),
        DetectorParameter(name: "caseSensitive", kind: .boolean, help: "match case exactly (default false)"),
        DetectorParameter(name: "group", kind: .integer, help: "capture group that is the finding (default 0, the whole match)"),
        DetectorParameter(name: "maxLineLength", kind: .integer, help: "longest chunk a match is tried on, in UTF-16 units (default 4096)"),
        DetectorParameter(name: "workBudget", kind: .integer, help: "backtracking progress callbacks allowed per chunk beyond one per position (default 400, about 0.4 s)"),
    ]

    let bound: BoundRule
    let regex: NSRegularExpression
    let group: Int
    let maxLineLength: Int
    let workBudget: Int

    init(bound: BoundRule) throws {
        self.bound = bound
        let rule = bound.rule
        guard let pattern = rule.parameters["pattern"]?.stringValue else {
            throw PatternRuleError(ruleID: rule.id, reason: "needs the parameter \"pattern\"")
        }
        let caseSensitive = rule.parameters["caseSensitive"]?.boolValue ?? false
        regex = try Self.compile(pattern, caseSensitive: caseSensitive, ruleID: rule.id)
        group = rule.parameters["group"]?.intValue ?? 0
        guard group >= 0, group <= regex.numberOfCaptureGroups else {
            throw PatternRuleError(ruleID: rule.id, reason: "group \(group) does not exist (the pattern has \(regex.numberOfCaptureGroups))")
        }
        maxLineLength = max(64, rule.parameters["maxLineLength"]?.intValue ?? 4096)
        workBudget = max(10, rule.parameters["workBudget"]?.intValue ?? 400)
    }

    static func compile(_ pattern: String, caseSensitive: Bool, ruleID: String) throws -> NSRegularExpression {
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            throw PatternRuleError(ruleID: ruleID, reason: "invalid regular expression: \(Self.describe(error))")
        }
        if regex.firstMatch(in: "", options: [], range: NSRange(location: 0, length: 0)) != nil {
            throw PatternRuleError(ruleID: ruleID, reason: "the pattern matches the empty string")
        }
        return regex
    }

    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo["NSInvalidValue"] { return "ICU rejects it (\(detail))" }
        return "ICU rejects it (error \(ns.code))"
    }

    /// Checks the parameters of a pattern rule at load time, with the pattern's location.
    static func validate(node: JSONNode, ruleID: String) throws {
        guard let patternNode = node["pattern"], case .string(let pattern) = patternNode.kind else { return }
        let caseSensitive: Bool
        if case .bool(let b)? = node["caseSensitive"]?.kind { caseSensitive = b } else { caseSensitive = false }
        do {
            _ = try compile(pattern, caseSensitive: caseSensitive, ruleID: ruleID)
        } catch let error as PatternRuleError {
            throw patternNode.error("rule \"\(ruleID)\": \(error.reason)")
        }
    }

    func detect(in scan: ScanContext) throws {
        var scalarOffset = 0
        var lineNumber = 0
        for line in scan.original.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let lineScalars = line.unicodeScalars.count
            defer { scalarOffset += lineScalars + 1 }
            if lineScalars == 0 { continue }
            // Chunks of at most maxLineLength UTF-16 units, cut at scalar boundaries.
            var chunkStart = line.startIndex
            var chunkScalarOffset = scalarOffset
            while chunkStart < line.endIndex {
                var end = chunkStart
                var units = 0
                var scalars = 0
                while end < line.endIndex, units < maxLineLength {
                    let s = line.unicodeScalars[end]
                    units += s.utf16.count
                    scalars += 1
                    end = line.unicodeScalars.index(after: end)
                }
                try match(String(line[chunkStart..<end]), scalarBase: chunkScalarOffset, line: lineNumber, scan: scan)
                chunkStart = end
                chunkScalarOffset += scalars
            }
        }
    }

    private func match(_ chunk: String, scalarBase: Int, line: Int, scan: ScanContext) throws {
        let ns = chunk as NSString
        var calls = 0
        var exceeded = false
        var ranges: [NSRange] = []
        regex.enumerateMatches(in: chunk, options: [.reportProgress], range: NSRange(location: 0, length: ns.length)) { result, _, stop in
            calls += 1
            if let result {
                let r = result.range(at: group)
                if r.location != NSNotFound, r.length > 0 { ranges.append(r) }
            }
            // ICU reports progress once per start position tried and about once a millisecond while
            // backtracking: anything beyond one call per position is backtracking work.
            if calls > ns.length + 1 + ranges.count + workBudget {
                exceeded = true
                stop.pointee = true
            }
        }
        if exceeded {
            throw PatternRuleError(
                ruleID: rule.id,
                reason: "the regular expression exceeded its work budget on line \(line) (catastrophic backtracking?); simplify it or raise \"workBudget\"")
        }
        guard !ranges.isEmpty else { return }
        // UTF-16 offsets of the chunk → scalar offsets of the document.
        var utf16ToScalar: [Int] = []
        utf16ToScalar.reserveCapacity(ns.length + 1)
        var n = 0
        for scalar in chunk.unicodeScalars {
            for _ in 0..<scalar.utf16.count { utf16ToScalar.append(n) }
            n += 1
        }
        utf16ToScalar.append(n)
        for r in ranges {
            let start = scalarBase + utf16ToScalar[r.location]
            let end = scalarBase + utf16ToScalar[r.location + r.length]
            let s = scan.byteIndex(ofScalar: start), e = scan.byteIndex(ofScalar: end)
            guard e > s else { continue }
            scan.emit(Candidate(
                start: s, end: e, rule: ruleIndex, score: rule.score ?? 0.6, matched: .pattern(rule: ruleIndex),
                person: scan.anchorPerson(before: s)))
        }
    }
}

/// A policy pattern that cannot be compiled or that needs unbounded work.
public struct PatternRuleError: BlacklineError, Equatable {
    public let ruleID: String
    public let reason: String
    public var kind: FailureKind { .badInput }
    public var message: String { "rule \(ruleID): \(reason)" }
}

extension ScanContext {
    /// First folded byte whose scalar offset is at least `scalar` (count when past the end).
    func byteIndex(ofScalar scalar: Int) -> Int {
        text.byteIndex(ofScalar: scalar)
    }
}
