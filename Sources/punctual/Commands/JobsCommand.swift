import ArgumentParser

struct JobsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "The jobs: customers, work, parts, promised windows and availability.",
        discussion: "Example:\n  punctual jobs list --date 2026-11-24\n  punctual jobs add --help",
        subcommands: [JobsListCommand.self, JobsAddCommand.self, JobsEditCommand.self, JobsCancelCommand.self, JobsMoveCommand.self,
                      JobsResetCommand.self],
        defaultSubcommand: JobsListCommand.self)
}
