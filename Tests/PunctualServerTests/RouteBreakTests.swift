import Foundation
import Hummingbird
import HummingbirdTesting
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualSample
@testable import PunctualServer

/// The technician's route carries the breaks the plan placed, each after the visit it follows, on
/// planned days of generated businesses.
@Suite struct RouteBreakTests {
    @Test(arguments: [(4, 24, UInt64(3)), (6, 40, 4), (9, 70, 5)])
    func everyPlannedBreakIsOnTheRouteAfterTheVisitItFollows(technicians: Int, jobs: Int, seed: UInt64) async throws {
        let business = SampleBusinessGenerator(technicians: technicians, jobs: jobs, seed: seed).generate()
        let store = try Fixtures.store(generated: business)
        let date = LocalDate(parsing: SampleBusinessGenerator.sampleDate)!
        let calendar = try store.requireProfile().calendar
        let evening = calendar.instant(date.adding(days: -1), TimeOfDay(hour: 18))
        let planner = Planner(options: PlanningOptions(timeLimit: 30, iterationLimit: 100, seed: seed))
        let plan = try planner.planAndStore(try store.daySnapshot(on: date), in: store, now: evening, publish: true)
        let withBreaks = plan.routes.filter { !$0.breaks.isEmpty }
        #expect(!withBreaks.isEmpty, "no route has a break; the property would be empty")
        let services = try APIServices(store: store, clock: .fixed(evening))
        try await PunctualServer.application(services: services).test(.router) { client in
            for planned in plan.routes {
                let token = try AccessTokens(store: store).issue(for: .technician(planned.technicianID), now: evening)
                try await client.execute(uri: "/v1/me/route?date=\(date)", method: .get, headers: APIFixtures.headers(token)) { response in
                    let route = try JSONDecoder().decode(RouteResponse.self, from: Data(buffer: response.body))
                    #expect(route.breaks.map(\.start) == planned.breaks.map { calendar.iso8601($0.start) })
                    for item in route.breaks {
                        let start = try #require(APITime.parse(item.start)), end = try #require(APITime.parse(item.end))
                        for visit in route.visits {
                            let visitEnd = try #require(APITime.parse(visit.planned_end))
                            let visitStart = try #require(APITime.parse(visit.planned_start))
                            if visit.sequence <= item.after_visit {
                                #expect(visitEnd <= start, "\(planned.technicianID) visit \(visit.sequence) ends after the break it precedes")
                            } else {
                                #expect(visitStart >= end, "\(planned.technicianID) visit \(visit.sequence) starts before the break it follows ends")
                            }
                        }
                    }
                }
            }
        }
    }
}
