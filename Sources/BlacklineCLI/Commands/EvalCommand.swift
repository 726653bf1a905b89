import BlacklineCore
import Foundation
import PolicyEngine

/// `blackline eval`: scores the engine against a gold-annotated corpus folder.
enum EvalCommand: Command {
    static let spec = CommandSpec(
        path: ["eval"],
        abstract: "Score the policy engine against a gold corpus (ID.txt, ID.case.json, ID.gold.json).",
        discussion: """
            Runs the engine on every ID.txt that has an ID.gold.json (with ID.case.json unless --no-case)
            and reports recall (a protect span counts only when fully covered), partial recall, keep-span
            violations and extra characters flagged outside protect and optional spans — per document, per
            language, per category and overall. Exits 1 when the recall of any language is below
            --min-recall. Gold texts of misses are printed only with --show-text.
            """,
        arguments: [ArgumentSpec("DIR", help: "Folder with the corpus files.")],
        options: [
            CommonOptions.policy, .option("--min-recall", value: "X", help: "Fail (exit 1) when a language's recall is below X (0…1)."),
            .flag("--no-case", help: "Ignore the case files: measure what role cues alone find."),
            CommonOptions.format(["text", "json"], default: "text"),
            .flag("--show-text", help: "Print the text of missed spans and keep violations."),
        ],
        examples: ["blackline eval Tests/Fixtures/corpus --min-recall 0.99", "blackline eval corpus/dev --no-case --format json"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let folder = URL(fileURLWithPath: arguments.argument(0)!)
        let minRecall = try arguments.decimal("--min-recall", in: 0...1)
        let policy = try Policy.load(arguments.value("--policy") ?? "default")
        let report = try Evaluator.evaluate(folder: folder, policy: policy, useCaseFiles: !arguments.flag("--no-case"))
        if arguments.value("--format") == "json" {
            try context.output.write(json(report, showText: arguments.flag("--show-text")).serialized(pretty: true) + "\n")
        } else {
            try context.output.write(text(report, showText: arguments.flag("--show-text")))
        }
        if let minRecall, report.byLanguage.contains(where: { $0.1.recall + 1e-12 < minRecall }) {
            context.note("blackline: recall below \(minRecall) in: \(report.byLanguage.filter { $0.1.recall + 1e-12 < minRecall }.map(\.0).joined(separator: ", "))")
            return .problemsFound
        }
        return .success
    }

    static func row(_ name: String, _ t: Evaluator.Tally, width: Int = 18) -> String {
        name.padding(toLength: width, withPad: " ", startingAt: 0)
            + String(format: "%7d %7.3f %8.3f %6d %9d %7d\n", t.protectSpans, t.recall, t.partialRecall, t.keepSpans, t.keepViolations, t.extraCharacters)
    }

    static func text(_ report: Evaluator.Report, showText: Bool) -> String {
        let header = "".padding(toLength: 18, withPad: " ", startingAt: 0) + "protect  recall  partial   keep  violated   extra\n"
        var out = "policy \(report.policy), case files \(report.usedCaseFiles ? "used" : "not used")\n\n"
        out += "DOCUMENT" + header.dropFirst(8)
        for d in report.documents { out += row("\(d.id) (\(d.language))", d.tally) }
        out += "\nLANGUAGE" + header.dropFirst(8)
        for (language, t) in report.byLanguage { out += row(language, t) }
        out += "\nCATEGORY" + header.dropFirst(8)
        for (category, t) in report.byCategory { out += row(category, t, width: 18) }
        out += "\n" + row("OVERALL", report.overall)
        if !report.problems.isEmpty {
            out += "\nPROBLEMS\n"
            for p in report.problems {
                out += "  \(p.document) \(p.start)-\(p.end) \(p.category) \(p.kind)\(showText ? ": " + p.text : "")\n"
            }
        }
        return out
    }

    static func tallyJSON(_ t: Evaluator.Tally) -> JSONValue {
        .object([
            ("protect", .integer(t.protectSpans)), ("fullyCovered", .integer(t.fullyCovered)), ("recall", .number(t.recall)),
            ("partialRecall", .number(t.partialRecall)), ("keep", .integer(t.keepSpans)), ("keepViolations", .integer(t.keepViolations)),
            ("extraCharacters", .integer(t.extraCharacters)),
        ])
    }

    static func json(_ report: Evaluator.Report, showText: Bool) -> JSONValue {
        .object([
            ("policy", .string(report.policy)), ("caseFiles", .bool(report.usedCaseFiles)),
            ("documents", .array(report.documents.map { .object([("id", .string($0.id)), ("language", .string($0.language)), ("scores", tallyJSON($0.tally))]) })),
            ("languages", .object(report.byLanguage.map { ($0.0, tallyJSON($0.1)) })),
            ("categories", .object(report.byCategory.map { ($0.0, tallyJSON($0.1)) })),
            ("overall", tallyJSON(report.overall)),
            ("problems", .array(report.problems.map { p in
                var members: [(String, JSONValue)] = [("document", .string(p.document)), ("start", .integer(p.start)), ("end", .integer(p.end)), ("category", .string(p.category)), ("kind", .string(p.kind))]
                if showText { members.append(("text", .string(p.text))) }
                return .object(members)
            })),
        ])
    }
}
