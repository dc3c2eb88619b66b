import ArgumentParser
import Foundation
import Punctual

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show Punctual on the sample business, in a fresh temporary database.",
        discussion: """
            Imports the sample business from data/, shows the team and the day's jobs, offers and books \
            windows for a few requests (on the evening before), then plans and publishes the day.
            (Tracking and messaging join the demo as they are built.)
              punctual demo
              punctual demo --data big/ --keep demo.sqlite --time-limit 30
            """)

    @Option(help: ArgumentHelp("Folder with business.csv, parts.csv, technicians.csv, stock.csv, jobs.csv.", valueName: "dir"))
    var data: String = "data"

    @Option(help: ArgumentHelp("Keep the demo database at this path instead of deleting it.", valueName: "path"))
    var keep: String?

    @Option(help: "Planning search time, seconds.")
    var timeLimit: Double = 10

    @Option(help: ArgumentHelp("Where to write the day's HTML page (map, timelines, checklists).", valueName: "path"))
    var report: String = "out/demo/plan.html"

    func validate() throws {
        if !(timeLimit > 0) { throw ValidationError("--time-limit \(timeLimit) must be a positive number of seconds") }
    }

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = keep ?? scratch.appendingPathComponent("demo.sqlite").path

        let settings = try BusinessFile.load(path: (data as NSString).appendingPathComponent("business.csv"))
        let store = try Store.open(path: path, create: true)
        try store.saveSettings(settings)
        print("== \(settings.name) — \(settings.timeZoneIdentifier), depot \(settings.depotAddress)")

        let sources = try Importer.sources(inFolder: data, requireAll: true)
        print("\n== Import (one transaction)\n\(try Importer(store: store).run(sources))")

        let technicians = try Listings.technicians(store)
        print("\n== The team")
        var team = TextTable("ID", "NAME", "SKILLS", "SHIFT", "VAN STOCK")
        for technician in technicians {
            team.append([technician.id, technician.name, technician.skills.joined(separator: ";"),
                         "\(technician.shiftStart)-\(technician.shiftEnd)",
                         "\(technician.stockUnits) units of \(technician.stock.count) parts"])
        }
        print(team.rendered)

        let jobs = try Listings.jobs(store)
        for date in Set(jobs.map(\.date)).sorted() {
            let day = jobs.filter { $0.date == date }
            let minutes = day.reduce(0) { $0 + $1.durationMinutes }
            let promised = day.filter { $0.window != nil }.count
            let bySkill = Dictionary(grouping: day, by: { $0.skills.joined(separator: ";") })
                .map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: ", ")
            let byPriority = Priority.allCases.map { priority in
                "\(priority.rawValue) \(day.filter { $0.priority == priority }.count)"
            }.joined(separator: ", ")
            print("\n== \(date): \(day.count) jobs, \(minutes / 60) h \(minutes % 60) min of work")
            print("   promised one-hour windows: \(promised); with customer availability: \(day.filter { !$0.available.isEmpty }.count)")
            print("   by skill: \(bySkill)")
            print("   by priority: \(byPriority)")
        }
        guard let date = jobs.map(\.date).min() else { return }
        try bookSomeWindows(store, date: date, calendar: settings.calendar)
        try planTheDay(store, date: date)
        if let keep { print("\nThe demo database is kept at \(keep).") }
    }

    /// Books the best offered window for a few requested jobs, as the dispatcher would on the
    /// evening before (so the demo replays the same way whatever today's date is).
    private func bookSomeWindows(_ store: Store, date: LocalDate, calendar: BusinessCalendar) throws {
        let evening = calendar.instant(date.adding(days: -1), TimeOfDay(hour: 18))
        let requests = try store.jobs(on: date).filter { $0.status == .requested && $0.promisedWindow == nil }
            .sorted { ($0.priority.rank, $1.id) > ($1.priority.rank, $0.id) }.prefix(3)
        let booker = Booker()
        for (n, job) in requests.enumerated() {
            let offers = try booker.offers(jobID: job.id, from: date, days: 1, store: store, now: evening)
            print("\n== Offer for \(job.id) (\(job.type), \(job.priority.rawValue) priority), \(offers.count) windows can be kept; the best:")
            var table = TextTable("WINDOW", "TECHNICIAN", "ADDED DRIVING", "ARRIVES", "ON TIME")
            for offer in offers.prefix(n == 0 ? 5 : 3) {
                table.append([calendar.localRange(offer.window).description, "\(offer.technicianID) \(offer.technicianName)",
                              "\((offer.addedTravelSeconds + 30) / 60) min", calendar.local(offer.plannedArrival).time.description,
                              "\(Int((offer.onTimeProbability * 100).rounded())) %"])
            }
            print(table.rendered)
            guard let best = offers.first else { continue }
            _ = try booker.book(jobID: job.id, window: best.window, store: store, now: evening)
            print("   booked \(job.id) for \(calendar.localRange(best.window)): a promise every plan must keep")
        }
    }

    /// Plans and publishes the day, then shows the routes, one technician's checklist and the totals.
    private func planTheDay(_ store: Store, date: LocalDate) throws {
        print("\n== Planning \(date) (\(timeLimit.formatted(decimals: 0)) s search)")
        let snapshot = try store.daySnapshot(on: date)
        let bar = ProgressBar(jobCount: Planner.plannableJobs(snapshot).plannable.count)
        let result = try Planner(options: PlanningOptions(timeLimit: timeLimit)).plan(snapshot) { bar.update($0) }
        bar.finish()
        let saved = try store.savePlan(result.plan)
        try store.publishPlan(id: saved.id!)
        let report = PlanReportBuilder(snapshot: snapshot).report(try store.publishedPlan(on: date)!)
        var table = TextTable("TECHNICIAN", "DAY", "VISITS", "PROMISED", "WORK", "TRAVEL", "KM", "OVERTIME", "MIN SLACK")
        for route in report.routes {
            let slacks = route.visits.filter(\.promised).compactMap(\.slackMinutes)
            table.append(["\(route.technician) \(route.technicianName)", "\(route.start.clock)-\(route.end.clock)",
                          "\(route.visits.count)", "\(route.visits.filter(\.promised).count)", PlanTable.hours(route.workMinutes),
                          PlanTable.hours(route.travelMinutes), route.distanceKm.formatted(decimals: 1),
                          route.overtimeMinutes > 0 ? "\(route.overtimeMinutes) min" : "-",
                          slacks.min().map { "\($0) min" } ?? "-"])
        }
        print(table.rendered)
        if let first = report.routes.first(where: { !$0.visits.isEmpty }) {
            print("\n== \(first.technician) \(first.technicianName)'s day")
            print(PlanTable.render(report, technician: first.technician).split(separator: "\n").dropFirst(2).prefix(first.visits.count + 3)
                .joined(separator: "\n"))
            print("   parts to load at the depot: " + (first.checklist.filter { $0.load > 0 }.map { "\($0.load)× \($0.name)" }
                .joined(separator: ", ").nonEmpty ?? "none, the van has everything"))
        }
        let k = report.kpis
        print("\n== Plan v\(saved.version) published: served \(k.served)/\(k.jobs) jobs, broken promises \(k.brokenPromises), "
            + "promises at risk \(k.promisesAtRisk), travel \(PlanTable.hours(k.travelMinutes)), overtime \(k.overtimeMinutes) min")
        for job in report.unassigned { print("   unassigned \(job.job): \(job.reason)") }
        let folder = (self.report as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try PlanOutput.print(report, format: .html, to: self.report)
        print("\n== The day at a glance (map, timelines, checklists): \(self.report)")
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
