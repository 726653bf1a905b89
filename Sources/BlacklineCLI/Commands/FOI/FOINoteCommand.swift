import BlacklineCore
import FOITracker

/// `blackline foi note`: a private note in the timeline.
enum FOINoteCommand: Command {
    static let spec = CommandSpec(
        path: ["foi", "note"],
        abstract: "Add a private note to a request's timeline.",
        arguments: [ArgumentSpec("ID", help: "A request id."), ArgumentSpec("TEXT", help: "The note.")],
        options: [.option("--on", value: "DATE", help: "The day it concerns (default: today)."), FOIOptions.db, FOIOptions.actor],
        examples: ["blackline foi note FOI-2026-0001 'Called the press office; promised an answer next week'"])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let date = try FOIOptions.date(arguments, "--on") ?? CivilDate.today()
        let store = try FOIOptions.store(arguments, context)
        try store.addNote(arguments.argument(0)!, text: arguments.argument(1)!, on: date, actor: FOIOptions.actor(arguments, context))
        return .success
    }
}
