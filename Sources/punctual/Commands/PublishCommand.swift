import ArgumentParser
import Punctual
import PunctualCore

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish a stored plan version: technicians work from it from now on.",
        discussion: "Publishes the newest version unless --version picks another. Example:\n  punctual publish --date tomorrow --version 1")

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption
    @OptionGroup var choice: PlanChoice

    func run() throws {
        let store = try store.openStore()
        let date = day.value(in: try store.requireProfile().calendar)
        let plan = try choice.toPublish(in: store, on: date)
        let report = try Publisher().publish(planID: plan.id!, store: store, now: day.clock.instant, actor: CLIActor.name)
        print("published plan version \(plan.version) for \(date)")
        for job in report.unplanned {
            print("  \(job): promised after this version was made and on no route; plan the day again")
        }
        for (job, choices) in report.told.sorted(by: { $0.key < $1.key }) {
            print("  \(job): its promise cannot be kept; the customer was told" + (choices > 0 ? " and offered \(choices) new times" : ", with no new time to offer (call them)"))
        }
    }
}
