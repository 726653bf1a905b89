/// `blackline foi …`: tracking freedom-of-information requests and their lawful deadlines.
enum FOICommandGroup: CommandGroup {
    static let name = "foi"
    static let abstract = "Track FOI requests: statutory deadlines, timeline, documents, audit trail."
    static var subcommands: [any Command.Type] {
        [
            FOINewCommand.self, FOIShowCommand.self, FOIEventCommand.self, FOINoteCommand.self, FOIAttachCommand.self,
            FOIUpdateCommand.self, FOIListCommand.self, FOIDueCommand.self, FOIStatsCommand.self, FOIExportCommand.self,
            FOIImportCommand.self, FOIAuditCommand.self, FOIPurgeCommand.self, FOIJurisdictionsCommand.self,
        ]
    }
}
