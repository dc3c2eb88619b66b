import ArgumentParser
import Punctual

/// Which stored plan of a date a command works on: `--version N`, else the published one (what
/// technicians see), or for `publish` the newest.
struct PlanChoice: ParsableArguments {
    @Option(help: "Plan version (default: the published plan; for publish, the newest).")
    var version: Int?

    func validate() throws {
        if let version, version < 1 { throw ValidationError("--version \(version) must be 1 or more") }
    }

    /// `--version N`, else the published plan; a clear failure when there is none.
    func shown(in store: Store, on date: LocalDate) throws -> Plan {
        let plans = try store.plans(on: date)
        if let version { return try Self.version(version, of: plans, on: date) }
        if let plan = plans.first(where: { $0.state == .published }) { return plan }
        throw CommandFailure(Self.noPublishedPlan(on: date, drafts: plans.map(\.version)))
    }

    /// `--version N`, else the newest plan: what `publish` makes the one technicians see.
    func toPublish(in store: Store, on date: LocalDate) throws -> Plan {
        let plans = try store.plans(on: date)
        if let version { return try Self.version(version, of: plans, on: date) }
        guard let newest = plans.max(by: { $0.version < $1.version }) else {
            throw CommandFailure("there is no plan for \(date) yet: `punctual plan --date \(date)` makes one")
        }
        return newest
    }

    private static func version(_ version: Int, of plans: [Plan], on date: LocalDate) throws -> Plan {
        guard let plan = plans.first(where: { $0.version == version }) else {
            let versions = plans.map { "\($0.version)" }.joined(separator: ", ")
            let known = plans.isEmpty ? "there is none yet" : plans.count == 1 ? "there is version \(versions)" : "there are versions \(versions)"
            throw CommandFailure("there is no plan version \(version) for \(date): \(known)")
        }
        return plan
    }

    /// What to say when a date has no published plan, with what to do about it.
    static func noPublishedPlan(on date: LocalDate, drafts: [Int]) -> String {
        let hint = drafts.isEmpty
            ? "`punctual plan --date \(date) --publish` makes one"
            : "draft version\(drafts.count == 1 ? "" : "s") \(drafts.sorted().map(String.init).joined(separator: ", ")) "
                + "can be seen with --version N and published with `punctual publish --date \(date) --version N`"
        return "no published plan for \(date): \(hint)"
    }
}
