import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSimulator

/// A simulated technician follows the route the dispatcher last published, as a phone would.
@Suite struct TechnicianAgentTests {
    typealias F = TrackingFixtures

    static func agent(route: [Job]) -> TechnicianAgent {
        TechnicianAgent(technician: F.technician(), route: route, date: F.date, calendar: F.calendar, noise: NoiseModel(),
                        travel: GreatCircleTravelTimes(), random: SimulationRandom(seed: 7))
    }

    static func progress(_ events: [FieldEvent]) -> [String] {
        events.compactMap { event in
            switch event.kind {
            case .enRoute(let job): "en_route \(job)"
            case .arrived(let job): "arrived \(job)"
            default: nil
            }
        }
    }

    @Test func aTechnicianDrivingToAVisitTheRouteNoLongerHoldsTurnsToTheNextOne() {
        // J1 is 20 km away; the customer rebooks while the technician is on the road.
        let far = F.job("J1", at: F.north(20), window: nil)
        let next = F.job("J2", at: F.north(1), window: nil)
        var agent = Self.agent(route: [far, next])
        #expect(Self.progress(agent.advance(to: F.at(8, 5))) == ["en_route J1"])
        let turned = agent.assign([next], at: F.at(8, 5))
        #expect(Self.progress(turned) == ["en_route J2"])
        let rest = Self.progress(agent.advance(to: F.at(12)))
        #expect(rest.first == "arrived J2")
        #expect(!rest.contains("arrived J1"))
    }

    @Test func aTechnicianDrivingToAVisitStillOnTheRouteKeepsGoing() {
        let far = F.job("J1", at: F.north(20), window: nil)
        let next = F.job("J2", at: F.north(1), window: nil)
        var agent = Self.agent(route: [far, next])
        _ = agent.advance(to: F.at(8, 5))
        #expect(agent.assign([far, next], at: F.at(8, 5)).isEmpty)
        #expect(Self.progress(agent.advance(to: F.at(12))).first == "arrived J1")
    }
}
