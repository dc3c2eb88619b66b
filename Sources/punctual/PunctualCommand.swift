import ArgumentParser

/// `punctual`: the dispatcher's tool.
@main
struct PunctualCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "punctual",
        abstract: "Narrow arrival windows, kept: plan technicians' days and tell customers first.",
        discussion: """
            Start a business, import its spreadsheets and look at them:
              punctual init --business data/business.csv
              punctual import all data/
              punctual technicians list
              punctual jobs list --date 2026-11-24 --format json

            The database is punctual.sqlite in the working directory unless --db or PUNCTUAL_DB says otherwise.
            """,
        subcommands: [
            DemoCommand.self,
            InitCommand.self,
            ImportCommand.self,
            TechniciansCommand.self,
            JobsCommand.self,
            OfferCommand.self,
            BookCommand.self,
            PlanCommand.self,
            ReassignCommand.self,
            HistoryCommand.self,
            RoutesCommand.self,
            PublishCommand.self,
            ChecklistCommand.self,
            MessagesCommand.self,
            InboxCommand.self,
            SettingsCommand.self,
            GenerateCommand.self,
            ServeCommand.self,
            TokenCommand.self,
            BoardCommand.self,
            SimulateCommand.self,
        ])
}
