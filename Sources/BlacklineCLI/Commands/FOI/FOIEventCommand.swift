import BlacklineCore
import FOITracker

/// `blackline foi event`: a status change (acknowledged, extended, granted…).
enum FOIEventCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "event"],
        abstract: "Record a status change on a day (the status model decides what may follow what).",
        discussion: """
            Statuses: \(FOIStatus.allNames).
            A fee notice or clarification request stops the clock as the jurisdiction says (pause: days remaining kept;
            restart: new day 0); moving back to submitted/acknowledged/extended resumes it. --days gives an extension's
            length (default: the law's). An invalid transition is refused with the valid next states.
            """,
        arguments: [ArgumentSpec("ID", help: "A request id."), ArgumentSpec("STATUS", help: "The new status.")],
        options: [
            .option("--on", value: "DATE", help: "The day it happened, YYYY-MM-DD (default: today)."),
            .option("--note", value: "TEXT", help: "A note for the timeline."),
            .option("--days", value: "N", help: "With 'extended': the days the extension adds."),
            FOIOptions.db, FOIOptions.actor,
        ],
        examples: ["blackline foi event FOI-2026-0001 extended --on 2026-02-10 --note 'letter of 9 Feb'"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let status = try FOIOptions.status(arguments.argument(1)!, command: spec.name)
        let date = try FOIOptions.date(arguments, "--on") ?? CivilDate.today()
        let days = try arguments.integer("--days", in: 1...3650)
        if days != nil && status != .extended { throw UsageError("--days goes with the 'extended' status", command: spec.name) }
        let store = try FOIOptions.store(arguments, context)
        let clock = try store.recordStatus(
            arguments.argument(0)!, status: status, on: date, note: arguments.value("--note"), days: days, actor: FOIOptions.actor(arguments, context))
        let id = try store.record(arguments.argument(0)!).id
        var line = "\(id): \(status.rawValue) on \(date)"
        if clock.isRunning, let due = clock.due { line += "; due \(due)" }
        if let pause = clock.pause { line += "; clock \(pause.effect == .pause ? "paused" : "stopped until the answer")" }
        if let deadline = clock.remedyDeadline { line += "; \(clock.remedyName ?? "appeal") by \(deadline)" }
        try context.print(line)
        for warning in clock.warnings { context.warn(warning) }
        return .success
    }
}
