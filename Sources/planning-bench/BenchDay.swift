import Foundation
import Punctual
import PunctualCore
import PunctualImport
import PunctualSample

/// A day to benchmark: where its business comes from and how long the planner may search it.
struct BenchDay: Sendable {
    enum Source: Sendable {
        /// A folder of spreadsheets as `punctual import all` reads them (`business.csv` included).
        case folder(String)
        /// A business made by the sample generator, never written to disk.
        case generated(SampleBusinessGenerator)
    }

    var name: String
    var source: Source
    /// Search time, seconds.
    var timeLimit: Double

    /// The sample business of `folder`.
    static func sample(folder: String, timeLimit: Double) -> BenchDay {
        BenchDay(name: "sample", source: .folder(folder), timeLimit: timeLimit)
    }

    /// A generated day of `technicians` and `jobs`, named by its size.
    static func generated(technicians: Int, jobs: Int, seed: UInt64, timeLimit: Double) -> BenchDay {
        BenchDay(name: "generated \(technicians)×\(jobs)",
                 source: .generated(SampleBusinessGenerator(technicians: technicians, jobs: jobs, seed: seed)),
                 timeLimit: timeLimit)
    }

    /// An in-memory store holding the business, the date to plan (the one with the most jobs) and
    /// the instant the benchmark plans and books at: 18:00 the evening before, so the whole day is
    /// ahead whatever the machine's date.
    func load() throws -> (store: Store, date: LocalDate, eveningBefore: Date) {
        let store = try Store.inMemory()
        let sources: [Importer.Source]
        switch source {
        case let .folder(path):
            let business = (path as NSString).appendingPathComponent("business.csv")
            try store.saveProfile(try BusinessFile.load(path: business))
            sources = try Importer.sources(inFolder: path, requireAll: true)
        case let .generated(generator):
            let business = generator.generate()
            try store.saveProfile(try BusinessFile.parse(business.business, file: "business.csv"))
            let contents: [ImportKind: String] = [.parts: business.parts, .technicians: business.technicians,
                                                  .stock: business.stock, .jobs: business.jobs]
            sources = ImportKind.allCases.map { Importer.Source(kind: $0, name: $0.fileName, contents: contents[$0]!) }
        }
        try Importer(store: store).run(sources)
        let counts = Dictionary(grouping: try store.jobs(), by: \.date).mapValues(\.count)
        guard let date = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            throw BenchError.noJobs(day: name)
        }
        let calendar = try store.requireProfile().calendar
        return (store, date, calendar.instant(date.adding(days: -1), TimeOfDay(hour: 18)))
    }

    /// `load()`, planned and published the evening before with `seconds` of search, and every
    /// routed visit promised a one-hour window around its planned start: a day full of promises.
    func promised(seed: UInt64, seconds: Double) throws -> (store: Store, date: LocalDate, eveningBefore: Date, plan: Plan) {
        let (store, date, evening) = try load()
        let planned = try Planner(options: PlanningOptions(timeLimit: seconds, seed: seed))
            .planAndStore(try store.daySnapshot(on: date), in: store, now: evening, publish: true)
        for visit in planned.visits {
            let opens = Date(timeIntervalSince1970: (visit.plannedStart.timeIntervalSince1970 / 1800).rounded(.down) * 1800)
            _ = try store.promise(jobID: visit.jobID, window: DateInterval(start: opens, duration: 3600), now: evening) { _, _ in () }
        }
        return (store, date, evening, planned)
    }
}
