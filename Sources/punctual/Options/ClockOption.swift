import ArgumentParser
import Foundation

/// `--now`: the instant commands treat as the present; hidden, for rehearsals, the simulator and tests.
struct ClockOption: ParsableArguments {
    @Option(help: .hidden)
    var now: String?

    func validate() throws {
        if let now, ISO8601DateFormatter().date(from: now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO 8601 instant such as 2026-11-23T18:00:00-07:00")
        }
    }

    var instant: Date { now.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date() }
}
