import ArgumentParser
import Punctual

/// `--date YYYY-MM-DD`, shared by the commands that work on one day.
struct DateOption: ParsableArguments {
    @Option(help: ArgumentHelp("The local date.", valueName: "YYYY-MM-DD"))
    var date: String

    func validate() throws {
        if LocalDate(parsing: date) == nil { throw ValidationError("--date '\(date)' is not a date YYYY-MM-DD") }
    }

    var value: LocalDate { LocalDate(parsing: date)! }
}
