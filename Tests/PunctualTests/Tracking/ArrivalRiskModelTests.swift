import Foundation
import Testing
@testable import Punctual

@Suite struct ArrivalRiskModelTests {
    typealias F = TrackingFixtures

    @Test func aTechnicianFarAwayMinutesBeforeTheWindowClosesIsAlmostSurelyLate() throws {
        let job = F.job("J1", at: F.north(20), window: (F.at(9), F.at(10)))
        let forecast = try #require(try F.forecasts(F.day([F.stop(1, job)], fix: PositionFix(at: F.at(9, 50), location: F.depot)),
                                                    now: F.at(9, 50)).first)
        #expect(forecast.pLate > 0.95)
        #expect(forecast.medianArrival > F.at(10))
    }

    @Test func aTechnicianCloseByHoursBeforeTheWindowIsAlmostSurelyOnTime() throws {
        let job = F.job("J1", at: F.north(3), window: (F.at(11), F.at(12)))
        let forecast = try #require(try F.forecasts(F.day([F.stop(1, job)]), now: F.at(8)).first)
        #expect(forecast.pLate < 0.01)
        #expect(forecast.medianArrival < F.at(9))
    }

    @Test func aWindowClosingAtTheExpectedArrivalIsAToss() throws {
        let target = F.north(10)
        let now = F.at(9)
        let expected = now.addingTimeInterval(TimeInterval(F.travel(to: target)))
        let job = F.job("J1", at: target, window: (F.at(8), expected))
        let forecast = try #require(try F.forecasts(F.day([F.stop(1, job)], fix: PositionFix(at: now, location: F.depot)), now: now).first)
        #expect((0.4...0.6).contains(forecast.pLate))
        #expect(abs(forecast.medianArrival.timeIntervalSince(expected)) < 60)
        #expect(forecast.p90Arrival > forecast.medianArrival)
    }

    @Test func aLongVisitInProgressDelaysTheNextOne() throws {
        let current = F.job("J1", at: F.north(1), window: (F.at(8), F.at(9)), minutes: 60, status: .inProgress)
        let next = F.job("J2", at: F.north(2), window: (F.at(10), F.at(11, 30)))
        let justStarted = F.day([F.stop(1, current, startedAt: F.at(9, 30)), F.stop(2, next)])
        let early = try #require(try F.forecasts(justStarted, now: F.at(9, 30)).first)
        #expect(early.jobID == "J2")
        #expect(early.pLate < 0.1)
        // Started at 8:30 and still there at 11:28: the two minutes of wrap-up alone reach 11:30.
        let overrun = F.day([F.stop(1, current, startedAt: F.at(8, 30)), F.stop(2, next)])
        let late = try #require(try F.forecasts(overrun, now: F.at(11, 28)).first)
        #expect(late.pLate > 0.9)
    }

    @Test func slowHistoryForAJobTypeMakesItsVisitsLonger() throws {
        let first = F.job("J1", at: F.north(1), window: (F.at(8), F.at(9)), type: "furnace")
        let second = F.job("J2", at: F.north(2), window: (F.at(9), F.at(10)))
        let day = F.day([F.stop(1, first), F.stop(2, second)])
        let quick = try F.forecasts(day, now: F.at(8))
        let slowHistory = (0..<20).map { _ in ServiceObservation(jobType: "furnace", plannedSeconds: 3600, actualSeconds: 7200) }
        let slow = try F.forecasts(day, now: F.at(8), history: slowHistory)
        #expect(slow[1].medianArrival.timeIntervalSince(quick[1].medianArrival) > 40 * 60)
        #expect(slow[1].pLate > quick[1].pLate)
    }

    @Test func forecastsAreReproducibleAndIgnoreClosedVisits() throws {
        let done = F.job("J0", at: F.north(1), window: nil, status: .completed)
        let open = F.job("J1", at: F.north(5), window: (F.at(10), F.at(11)))
        let day = F.day([F.stop(1, done), F.stop(2, open)])
        let once = try F.forecasts(day, now: F.at(9))
        #expect(once.map(\.jobID) == ["J1"])
        #expect(try F.forecasts(day, now: F.at(9)) == once)
    }

    @Test func aJobWithoutAPromiseIsNeverLate() throws {
        let job = F.job("J1", at: F.north(30), window: nil)
        let forecast = try #require(try F.forecasts(F.day([F.stop(1, job)]), now: F.at(16)).first)
        #expect(forecast.pLate == 0)
        #expect(forecast.windowEnd == nil)
    }

    @Test func learnedFactorsShrinkTowardThePrior() {
        let policy = TrackingPolicy()
        let model = ServiceTimeModel(history: [ServiceObservation(jobType: "x", plannedSeconds: 3600, actualSeconds: 7200)], policy: policy)
        let factor = model.factor(for: "x")
        #expect(factor.median > 1 && factor.median < 2)
        #expect(model.factor(for: "unknown") == model.prior)
    }
}
