import BlacklineCore
import Extraction
import Foundation
import PolicyEngine

/// `blackline scan`: finds what to redact in a document and prints the findings.
enum ScanCommand: Command {
    static let spec = CommandSpec(
        path: ["scan"],
        abstract: "Find what to redact in a PDF or text file under a policy.",
        discussion: """
            Prints every finding of the policy (default: the built-in "default" policy) with its Unicode
            scalar offsets into the document text (pages joined by \\f), page, text, category, rule, score,
            action, exemption codes and party key. --format json prints {"source", "policy", "findings":
            [{"start", "end", "page", "text", "category", "rule", "score", "action", "exemption", "party"}]}
            ("exemption" is an array of codes, "party" null when unknown); --explain adds "explanation"
            (what matched, base score, context words, final score, notes). --format summary prints counts
            per category and the scan speed. The output contains document text: it is for the operator.
            Pages without a text layer (scans) cannot be scanned: they are listed on standard error and the
            exit status is 1.
            """,
        arguments: [ArgumentSpec("FILE", help: "A PDF or a UTF-8 text file.")],
        options: [
            CommonOptions.policy, CommonOptions.caseFile, CommonOptions.format(["json", "table", "summary"], default: "json"),
            .flag("--explain", help: "Add why each span was flagged."), CommonOptions.password, CommonOptions.pages,
            CommonOptions.jobs,
        ],
        examples: [
            "blackline scan indictment.pdf --case indictment.case.json",
            "blackline scan note.txt --policy us-foia --format table --explain",
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let path = arguments.argument(0)!
        let format = arguments.value("--format") ?? "json"
        let explain = arguments.flag("--explain")
        let policy = try Policy.load(arguments.value("--policy") ?? "default")
        let registry = try arguments.value("--case").map { try CaseRegistry.load(from: URL(fileURLWithPath: $0), displayName: $0) }
        let engine = try PolicyEngine(policy: policy, registry: registry)
        let options = ExtractionOptions(
            password: arguments.value("--password"),
            pages: try arguments.value("--pages").map { try PageSelection(parsing: $0) },
            workers: try CommonOptions.jobs(arguments))
        let document = try Extractor.extract(.path(path), options: options, progress: context.progress())
        let out = context.output
        switch format {
        case "table":
            let findings = try engine.scan(document)
            try out.write(FindingFormatter.table(findings, explain: explain))
        case "summary":
            // Findings are counted as they come (a large document's findings are never all held).
            var counts = FindingCounts()
            let clock = ContinuousClock()
            let began = clock.now
            let cpuBegan = processCPUSeconds()
            try engine.scan(document) { counts.add($0) }
            let elapsed = clock.now - began
            let cpu = processCPUSeconds() - cpuBegan
            let byName = Dictionary(uniqueKeysWithValues: counts.byCategory.map { ($0.key.rawValue, $0.value) })
            try out.write(FindingFormatter.summary(counts: byName, total: counts.total, bytes: document.text.utf8.count, elapsed: elapsed, cpuSeconds: cpu))
        default:
            // Each finding is written as it comes; the opening is written with the first one (or at
            // the end), so a scan that fails writes nothing.
            var written = 0
            func writeOpening() throws {
                try out.write("{\"source\":")
                try out.write(JSONValue.quoted(document.source))
                try out.write(",\"policy\":")
                try out.write(JSONValue.quoted(policy.name))
                try out.write(",\"findings\":[")
            }
            try engine.scan(document) { finding in
                if written == 0 { try writeOpening() } else { try out.write(",") }
                try out.write(FindingFormatter.json(finding, explain: explain).serialized())
                written += 1
            }
            if written == 0 { try writeOpening() }
            try out.write("]}\n")
        }
        if !document.pagesWithoutText.isEmpty {
            // Fail closed: an unscanned page may hold anything, so the exit status says so.
            context.warn("pages without a text layer were not scanned: \(document.pagesWithoutText.map(String.init).joined(separator: ", ")) (run OCR first, or redact them whole)")
            return .problemsFound
        }
        return .success
    }
}

/// Renders findings for `scan`.
enum FindingFormatter {
    static func json(_ f: Finding, explain: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("start", .integer(f.start)), ("end", .integer(f.end)), ("page", .integer(f.page)), ("text", .string(f.text)),
            ("category", .string(f.category.rawValue)), ("rule", .string(f.rule)), ("score", .number(f.score)),
            ("action", .string(f.action.kind.rawValue)), ("exemption", .array(f.exemptions.map { .string($0) })),
            ("party", f.party.map { .string($0) } ?? .null),
        ]
        if explain {
            let e = f.explanation
            members.append(("explanation", .object([
                ("detector", .string(f.detector)), ("matched", .string(e.matched)), ("baseScore", .number(e.baseScore)),
                ("context", .array(e.context.map { .object([("word", .string($0.word)), ("delta", .number($0.delta))]) })),
                ("finalScore", .number(e.finalScore)), ("notes", .array(e.notes.map { .string($0) })),
            ])))
        }
        return .object(members)
    }

    static func table(_ findings: [Finding], explain: Bool) -> String {
        var rows = [["START", "END", "PAGE", "CATEGORY", "RULE", "SCORE", "ACTION", "PARTY", "TEXT"]]
        for f in findings {
            let text = f.text.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\t", with: "⇥")
            rows.append([String(f.start), String(f.end), String(f.page), f.category.rawValue, f.rule, String(format: "%.2f", f.score), f.action.kind.rawValue, f.party ?? "-", text])
            if explain {
                var why = "    ↳ \(f.explanation.matched) (base \(String(format: "%.2f", f.explanation.baseScore)))"
                for c in f.explanation.context { why += "; \(c.word) \(c.delta >= 0 ? "+" : "")\(String(format: "%.2f", c.delta))" }
                for n in f.explanation.notes { why += "; \(n)" }
                rows.append([why])
            }
        }
        let widths = (0..<8).map { column in rows.filter { $0.count > 1 }.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in rows {
            if row.count == 1 { out += row[0] + "\n"; continue }
            for (c, cell) in row.enumerated() {
                out += c < 8 ? cell.padding(toLength: widths[c] + 2, withPad: " ", startingAt: 0) : cell
            }
            out += "\n"
        }
        out += "\(findings.count) finding\(findings.count == 1 ? "" : "s")\n"
        return out
    }

    static func summary(counts: [String: Int], total: Int, bytes: Int, elapsed: Duration, cpuSeconds: Double) -> String {
        var out = ""
        for (category, count) in counts.sorted(by: { $0.key < $1.key }) { out += "\(category)\t\(count)\n" }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        out += "total\t\(total)\n"
        out += String(format: "scanned %d bytes in %.3f s (%.1f MB/s)\n", bytes, seconds, seconds > 0 ? Double(bytes) / 1e6 / seconds : 0)
        out += String(format: "cpu %.3f s (%.1f MB/s per core)\n", cpuSeconds, cpuSeconds > 0 ? Double(bytes) / 1e6 / cpuSeconds : 0)
        return out
    }
}

/// CPU time this process has used, in seconds (robust against other processes on a busy machine).
func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
