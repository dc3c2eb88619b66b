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
        try store.publishPlan(id: plan.id!)
        print("published plan version \(plan.version) for \(date)")
    }
}
