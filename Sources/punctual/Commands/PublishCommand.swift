import ArgumentParser
import Punctual

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish a stored plan version: technicians work from it from now on.",
        discussion: "Example:\n  punctual publish --date 2026-11-24 --version 2")

    @OptionGroup var store: StoreOptions
    @OptionGroup var day: DateOption
    @OptionGroup var choice: PlanChoice

    func run() throws {
        let store = try store.openStore()
        let plan = try choice.plan(in: store, on: day.value)
        try store.publishPlan(id: plan.id!)
        print("published plan version \(plan.version) for \(day.value)")
    }
}
