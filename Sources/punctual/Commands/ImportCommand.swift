import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the dispatcher's spreadsheets (CSV with a header row).",
        discussion: """
            Each import is one transaction: if any row is wrong, every problem is listed as
            FILE:LINE: column: what is wrong, and nothing is written. Re-importing an id updates it.
              punctual import all data/
              punctual import jobs data/jobs.csv
            """,
        subcommands: [
            ImportAllCommand.self, ImportPartsCommand.self, ImportTechniciansCommand.self,
            ImportStockCommand.self, ImportJobsCommand.self,
        ])
}
