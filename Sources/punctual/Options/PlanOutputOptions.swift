import ArgumentParser

/// `--format` and `--output` of the commands that print a plan (`plan`, `routes`).
struct PlanOutputOptions: ParsableArguments {
    @Option(help: "table, json, csv, geojson or html.")
    var format: PlanFormat = .table

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?
}
