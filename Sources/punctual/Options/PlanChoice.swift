import ArgumentParser
import Punctual
import PunctualCore

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
        if let version { return try Self.version(version, in: store, on: date) }
        if let plan = try store.publishedPlan(on: date) { return plan }
        throw CommandFailure(Self.noPublishedPlan(on: date, drafts: try store.planVersions(on: date)))
    }

    /// `--version N`, else the newest plan: what `publish` makes the one technicians see.
    func toPublish(in store: Store, on date: LocalDate) throws -> Plan {
        if let version { return try Self.version(version, in: store, on: date) }
        guard let newest = try store.latestPlan(on: date) else {
            throw CommandFailure("there is no plan for \(date) yet: `punctual plan --date \(date)` makes one")
        }
        return newest
    }

    private static func version(_ version: Int, in store: Store, on date: LocalDate) throws -> Plan {
        if let plan = try store.plan(on: date, version: version) { return plan }
        let versions = try store.planVersions(on: date).map(String.init).joined(separator: ", ")
        let known = versions.isEmpty ? "there is none yet"
            : versions.contains(",") ? "there are versions \(versions)" : "there is version \(versions)"
        throw CommandFailure("there is no plan version \(version) for \(date): \(known)")
    }

    /// What to say when a date has no published plan, with what to do about it; `drafts` are the
    /// versions stored, oldest first.
    static func noPublishedPlan(on date: LocalDate, drafts: [Int]) -> String {
        let hint = drafts.isEmpty
            ? "`punctual plan --date \(date) --publish` makes one"
            : "draft version\(drafts.count == 1 ? "" : "s") \(drafts.map(String.init).joined(separator: ", ")) "
                + "can be seen with --version N and published with `punctual publish --date \(date) --version N`"
        return "no published plan for \(date): \(hint)"
    }
}
