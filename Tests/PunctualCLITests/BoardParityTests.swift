import Foundation
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualReports
@testable import PunctualCLI
@testable import PunctualServer

/// `punctual board --format json` and `GET /v1/board` are one board: built from the same settings,
/// they give every visit the same forecast. (They once disagreed by almost two hours after
/// `settings set travel.speed_kmh 8`, because the terminal's tracker ignored the settings.)
@Suite struct BoardParityTests {
    @Test(arguments: [nil, "8", "45"])
    func theTerminalAndTheAPIShowTheSameBoard(speed: String?) async throws {
        let data = Shell.repositoryRoot.appendingPathComponent("data")
        let store = try Store.inMemory()
        let settings = try BusinessFile.load(path: data.appendingPathComponent("business.csv").path)
        try store.saveProfile(settings)
        let day = LocalDate(parsing: "2027-03-16")!
        try Importer(store: store).run(try Importer.sources(inFolder: data.path, requireAll: true), jobsOn: day)
        let calendar = settings.calendar
        let evening = calendar.instant(day.adding(days: -1), TimeOfDay(hour: 18))
        let planner = Planner(options: PlanningOptions(timeLimit: 30, iterationLimit: 100, seed: 1))
        let plan = try planner.planAndStore(try store.daySnapshot(on: day), in: store, now: evening, publish: true)
        if let speed { try store.setSetting(.travelSpeed, to: speed) }
        let now = calendar.instant(day, TimeOfDay(hour: 9, minute: 30))
        let first = try #require(plan.visits.first { $0.technicianID == "T01" })
        try store.recordFixes([("T01", [PositionFix(at: now.addingTimeInterval(-90), location: settings.depot)])], receivedAt: now)

        let terminal = try BoardCommand.output(try Tracker.fromSettings(store: store), on: day, now: now, format: .json)
        let token = try AccessTokens(store: store).issue(for: .dispatcher, now: evening)
        let app = PunctualServer.application(services: try APIServices.fromSettings(store: store, clock: .fixed(now)))
        let served = try await app.test(.router) { client in
            try await client.execute(uri: "/v1/board?date=\(day)", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
        }
        let fromTerminal = try JSONDecoder().decode(BoardResponse.self, from: Data(terminal.utf8))
        let fromAPI = try JSONDecoder().decode(BoardResponse.self, from: Data(served.utf8))
        #expect(try ListingJSON.string(fromTerminal) == ListingJSON.string(fromAPI))
        #expect(fromTerminal.technicians.count == 12)
        let medians = fromTerminal.technicians.flatMap(\.visits).compactMap(\.median_arrival)
        #expect(medians.count > 40, "the board forecasts the day's visits")

        // The comparison can fail: a tracker that ignores the settings forecasts another day.
        let defaults = try BoardCommand.output(try Tracker(store: store), on: day, now: now, format: .json)
        #expect(defaults != terminal, "visit \(first.jobID) and the rest: the settings must matter")
    }
}
