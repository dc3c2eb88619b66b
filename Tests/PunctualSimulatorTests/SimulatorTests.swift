import Foundation
import Testing
import PunctualTestSupport
@testable import Messaging
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSample
@testable import PunctualSimulator

/// The simulator plays days through the same services as production and accounts for every
/// promise: the same seed replays the same days, every promised visit is counted once, and the
/// metrics agree with a recount from the visits themselves.
@Suite(.serialized) struct SimulatorTests {
    /// The sample team with a small day of 14 requests, written to a scratch folder.
    static func smallBusiness() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-sim-\(UUID().uuidString)")
        try SampleBusinessGenerator(jobs: 14).generate().write(to: folder)
        return folder
    }

    static func options(days: Int = 2, http: Bool = false) -> SimulationOptions {
        var options = SimulationOptions()
        options.days = days
        options.jobsPerDay = 14
        options.planSeconds = 60
        options.planIterations = 150
        options.emergencyChance = 1
        options.http = http
        return options
    }

    @Test func theSameSeedReplaysTheSameDays() async throws {
        let folder = try Self.smallBusiness()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Under the moved clock one day replays: the second day's path runs in the recount below.
        let days = PropertyScale.isQuick ? 1 : 2
        let simulator = Simulator(options: Self.options(days: days), businessFolder: folder.path)
        let first = try await simulator.run()
        let second = try await simulator.run()
        #expect(first.count == 1 && first[0].days.count == days)
        #expect(first[0].overall == second[0].overall)
        #expect(first[0].days.map(\.visits) == second[0].days.map(\.visits))
    }

    /// On a business the sample generator did not make (elsewhere, other part numbers), so that
    /// days after the first and the emergency come from that business.
    @Test func everyPromiseIsAccountedForAndTheMetricsAgreeWithARecount() async throws {
        let folder = try ElsewhereBusiness.write(technicians: 4, jobs: 14, seed: 5)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Simulator(options: Self.options(), businessFolder: folder.path).run()[0]
        for day in result.days {
            #expect(day.refusedReports == 0, "the API refused \(day.refusedReports) simulated reports on \(day.date)")
            #expect(day.emergencies == 1)
            // Each request booked is one promised visit, unless its customer called to cancel; an
            // emergency adds one when it could be booked.
            #expect(day.visits.count >= day.requests - day.declined - day.emergencies - day.cancellations)
            #expect(day.visits.count <= day.requests - day.declined)
            #expect(day.visits.allSatisfy { $0.window?.duration == 3600 })
            let late = day.visits.filter { v in v.arrival.map { $0 > v.window!.end } ?? true }
            #expect(day.metrics.lateVisits == late.count)
            #expect(abs(day.metrics.onTimeRate - Double(day.visits.count - late.count) / Double(day.visits.count)) < 1e-9)
            #expect(day.messages > day.visits.count, "at least a confirmation per visit, and more as the day goes")
        }
        #expect(result.overall.visits == result.days.reduce(0) { $0 + $1.visits.count })
        #expect(result.days.contains { $0.visits.contains { $0.jobID.hasPrefix("E") } }, "an emergency inside the area was booked")
        #expect(result.overall.missingPartReturns == 0, "a van went out without a part the plan could have loaded")
        let forecasts = result.reliability.bands.reduce(0) { $0 + $1.verdicts }
        #expect(forecasts > result.overall.visits, "the forecasts were sampled through the day")
    }

    @Test func aDayPlayedOverHTTPReachesTheCustomers() async throws {
        let folder = try Self.smallBusiness()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store.inMemory()
        let result = try await Simulator(options: Self.options(days: 1, http: true), businessFolder: folder.path)
            .play(width: 60, store: store)
        #expect(result.days[0].refusedReports == 0)
        let kinds = Set(try store.messages().map(\.kind))
        #expect(kinds.isSuperset(of: [.confirmation, .onMyWay, .done]), "messages were \(kinds)")
        // Positions went through the API: the tracker has fixes for every technician who worked.
        #expect(try store.fixCount() > 100)
        #expect(try store.visitOutcomes().contains { $0.arrivedAt != nil })
    }
}
