import ArgumentParser
import Punctual

/// Which stored plan of a date a command shows: `--version N`, else the published one, else the newest.
struct PlanChoice: ParsableArguments {
    @Option(help: "Plan version (default: the published plan, else the newest).")
    var version: Int?

    func validate() throws {
        if let version, version < 1 { throw ValidationError("--version \(version) must be 1 or more") }
    }

    func plan(in store: Store, on date: LocalDate) throws -> Plan {
        if let version {
            guard let plan = try store.plans(on: date).first(where: { $0.version == version }) else {
                throw ValidationError("there is no plan version \(version) for \(date); `punctual routes --date \(date)` lists what exists")
            }
            return plan
        }
        if let plan = try store.publishedPlan(on: date) ?? store.latestPlan(on: date) { return plan }
        throw ValidationError("there is no plan for \(date) yet: run `punctual plan --date \(date)`")
    }
}
