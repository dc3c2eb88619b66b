import Foundation
import PunctualTestSupport
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualSample

/// Days to plan in the tests: the sample business from `data/`, generated businesses, and small
/// hand-written ones, each imported into an in-memory store.
enum PlanningDays {
    static let date = LocalDate(parsing: "2026-11-24")!
    /// A fixed creation time, so a plan read back from the store compares equal.
    static let now = Date(timeIntervalSince1970: 1_795_500_000)

    /// The sample business of `data/`.
    static func sampleStore() throws -> Store {
        let data = Fixtures.repositoryRoot.appendingPathComponent("data")
        let store = try Store.inMemory()
        try store.saveProfile(try BusinessFile.load(path: data.appendingPathComponent("business.csv").path))
        try Importer(store: store).run(try Importer.sources(inFolder: data.path, requireAll: true))
        return store
    }

    /// A generated business, imported the way `punctual import all` would read its files.
    static func store(_ business: SampleBusiness) throws -> Store {
        try Fixtures.store(generated: business)
    }

    /// The fixture business (technicians T01 at the depot and T02 elsewhere) with `jobs` rows
    /// (`Fixtures.jobsHeader` is added), and `technicians`/`stock` rows in place of the fixture's.
    static func store(jobs: [String], technicians: String = Fixtures.technicians,
                      stock: String = Fixtures.stock) throws -> Store {
        let store = try Fixtures.store()
        try Importer(store: store).run([
            .init(kind: .parts, name: "parts.csv", contents: Fixtures.parts),
            .init(kind: .technicians, name: "technicians.csv", contents: technicians),
            .init(kind: .stock, name: "stock.csv", contents: stock),
            .init(kind: .jobs, name: "jobs.csv", contents: ([Fixtures.jobsHeader] + jobs).joined(separator: "\n")),
        ])
        return store
    }

    /// Quick, reproducible search for tests.
    static func planner(iterations: Int = 200, seed: UInt64 = 1) -> Planner {
        Planner(options: PlanningOptions(timeLimit: 30, iterationLimit: iterations, seed: seed))
    }
}
