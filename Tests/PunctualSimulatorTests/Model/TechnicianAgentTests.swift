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
        TechnicianAgent(technician: F.technician(), route: route, date: F.date, calendar: F.calendar, truth: Self.punctualField,
                        travel: GreatCircleTravelTimes(), random: SimulationRandom(seed: 7))
    }

    /// The default noise without what would move the scripted times: late starts, doors, GPS gaps.
    static let punctualField = FieldTruth(noise: NoiseModel([.lateStartChance: 0, .accessDelayChance: 0, .gpsGapChance: 0]), seed: 1)

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

    /// A field without noise of any kind: every trip and job takes exactly its true mean.
    static func stillField(seed: UInt64) -> FieldTruth {
        var changes = Dictionary(uniqueKeysWithValues: NoiseParameter.allCases.map { ($0, 0.0) })
        changes[.travelBias] = 1
        changes[.rushHourFactor] = 1
        return FieldTruth(noise: NoiseModel(changes), seed: seed)
    }

    /// The oracle the warnings are measured against is only fair if it is right when nothing is
    /// left to chance: then its projection at the start of the day is what happens, to the second.
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func withoutNoiseTheOracleForeseesEveryArrival(seed: UInt64) {
        var random = SimulationRandom(seed: seed)
        let route = (1...6).map { i -> Job in
            let opens = F.at(8 + random.int(in: 0...6))
            return F.job("J\(i)", at: F.north(Double(random.int(in: 1...25))), window: random.chance(0.5) ? (opens, opens + 3600) : nil,
                         minutes: 20 + 10 * random.int(in: 0...6))
        }
        var agent = TechnicianAgent(technician: F.technician(), route: route, date: F.date, calendar: F.calendar,
                                    truth: Self.stillField(seed: seed), travel: GreatCircleTravelTimes(), random: SimulationRandom(seed: seed))
        let foreseen = agent.projectedArrivals(at: F.at(7, 30))
        _ = agent.advance(to: F.at(23))
        #expect(Set(foreseen.keys) == Set(route.map(\.id)))
        for job in route {
            let error = abs(foreseen[job.id]!.timeIntervalSince(agent.arrivals[job.id]!))
            #expect(error <= Double(route.count), "\(job.id): foreseen \(foreseen[job.id]!), arrived \(agent.arrivals[job.id]!)")
        }
    }

    /// A van goes out with its stock and what the checklist says to load; a job whose listed part
    /// the van no longer holds is diagnosed and left for a return visit.
    @Test func aJobWhosePartTheVanLacksIsLeftForAReturnVisit() {
        var first = F.job("J1", at: F.north(2), window: nil, minutes: 30)
        first.parts = [PartQuantity(part: "capacitor", quantity: 1)]
        var second = F.job("J2", at: F.north(4), window: nil, minutes: 30)
        second.parts = [PartQuantity(part: "capacitor", quantity: 1)]
        var agent = TechnicianAgent(technician: F.technician(), route: [first, second], date: F.date, calendar: F.calendar,
                                    truth: Self.stillField(seed: 1), travel: GreatCircleTravelTimes(), random: SimulationRandom(seed: 1))
        agent.load([PartChecklistItem(part: "capacitor", needed: 2, inVan: 0, load: 1)])
        _ = agent.advance(to: F.at(23))
        #expect(agent.completed == ["J1"])
        #expect(agent.missingPart == ["J2"])
        #expect(agent.van["capacitor"] == 0)
    }

    /// A day re-published before the technician sets off (a colleague called in sick) is loaded by
    /// its new checklist; once they have left the depot the van is what it is.
    @Test func aChecklistRepublishedBeforeSettingOffIsLoadedAndOneAfterIsNot() {
        var job = F.job("J1", at: F.north(2), window: nil, minutes: 30)
        job.parts = [PartQuantity(part: "capacitor", quantity: 2)]
        var agent = TechnicianAgent(technician: F.technician(), route: [job], date: F.date, calendar: F.calendar,
                                    truth: Self.stillField(seed: 1), travel: GreatCircleTravelTimes(), random: SimulationRandom(seed: 1))
        agent.load([PartChecklistItem(part: "capacitor", needed: 1, inVan: 0, load: 1)])
        agent.reload([PartChecklistItem(part: "capacitor", needed: 2, inVan: 0, load: 2)])
        #expect(agent.van["capacitor"] == 2)
        _ = agent.advance(to: F.at(12))
        agent.reload([PartChecklistItem(part: "capacitor", needed: 5, inVan: 0, load: 5)])
        #expect(agent.van["capacitor"] == 0)  // both used on J1; nothing loaded on the road
        #expect(agent.completed == ["J1"])
    }

    /// Common random numbers: a job's work takes the same time whoever does it and whatever came
    /// before it on the day, so two builds played on one seed differ by what the product did, not
    /// by which dice fell. Over many seeded jobs, on two routes that reach it differently.
    @Test func aJobTakesTheSameTimeWhateverCameBeforeIt() {
        let field = FieldTruth(noise: NoiseModel([.lateStartChance: 0, .accessDelayChance: 0, .gpsGapChance: 0]), seed: 3)
        for seed in UInt64(1)...40 {
            let job = F.job("J\(seed)", at: F.north(3), window: nil, minutes: 45)
            let before = F.job("B\(seed)", at: F.north(1), window: nil, minutes: 30)
            func worked(_ route: [Job]) -> TimeInterval? {
                var agent = TechnicianAgent(technician: F.technician(), route: route, date: F.date, calendar: F.calendar, truth: field,
                                            travel: GreatCircleTravelTimes(), random: SimulationRandom(seed: seed), fieldSeed: seed)
                let events = agent.advance(to: F.at(23))
                let started = events.first { if case .started(let id) = $0.kind { id == job.id } else { false } }?.at
                let ended = events.first {
                    switch $0.kind {
                    case .completed(let id, _), .unableToComplete(let id, _): id == job.id
                    default: false
                    }
                }?.at
                return started.flatMap { s in ended.map { $0.timeIntervalSince(s) } }
            }
            let alone = worked([job]), second = worked([before, job])
            #expect(alone != nil && alone == second, "seed \(seed): \(String(describing: alone)) alone, \(String(describing: second)) after another job")
        }
    }
}
