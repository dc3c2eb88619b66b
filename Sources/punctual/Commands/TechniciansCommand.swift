import ArgumentParser

struct TechniciansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "technicians",
        abstract: "The technicians: shifts, skills, breaks and van stock.",
        discussion: "Example:\n  punctual technicians list --format json",
        subcommands: [TechniciansListCommand.self, TechniciansTokenCommand.self, TechniciansLinkCommand.self, TechniciansAbsentCommand.self, TechniciansShiftCommand.self,
                      TechniciansAddCommand.self, TechniciansDeactivateCommand.self],
        defaultSubcommand: TechniciansListCommand.self)
}
