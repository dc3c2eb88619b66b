import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

@Suite struct TrackerTests {
    typealias F = TrackingFixtures
    typealias S = TrackingStoreFixtures

    @Test func aTechnicianRunningLateRaisesVisitAtRiskOnceWithItsLeadTime() throws {
        let store = try S.storeWithPublishedPlan()
        let tracker = try Tracker(store: store)
        let progress = VisitProgress(tracker: tracker)
        // 09:40, still at the depot about 4 km from J0001 (window ends 10:00): about 10 minutes away, so on time.
        try store.recordFixes([("T01", [PositionFix(at: F.at(9, 40), location: F.depot)])], receivedAt: F.at(9, 40))
        #expect(try tracker.update(technician: "T01", now: F.at(9, 40)).isEmpty)
        // 09:55 and still there: now almost surely late.
        try store.recordFixes([("T01", [PositionFix(at: F.at(9, 55), location: F.depot)])], receivedAt: F.at(9, 55))
        let raised = try tracker.update(technician: "T01", now: F.at(9, 55))
        #expect(raised.map(\.jobID) == ["J0001"])
        #expect(raised.first?.leadSeconds == 5 * 60)
        #expect(try tracker.update(technician: "T01", now: F.at(9, 56)).isEmpty)
        // Arrival is recorded against the last prediction.
        _ = try progress.report(S.event(.arrived, at: F.at(10, 3)), now: F.at(10, 3))
        let outcome = try #require(try store.visitOutcomes().first { $0.jobID == "J0001" })
        #expect(outcome.predictedArrival != nil)
        #expect(abs(outcome.arrivalPredictionError ?? 999) < 10 * 60)
        #expect(tracker.counters.current.atRiskRaised == 1)
    }

    @Test func theBoardShowsFreshnessTheCurrentVisitAndForecasts() throws {
        let store = try S.storeWithPublishedPlan()
        let tracker = try Tracker(store: store)
        try store.recordFixes([("T01", [PositionFix(at: F.at(9, 0), location: F.depot)])], receivedAt: F.at(9))
        _ = try store.recordVisitEvent(S.event(.arrived, at: F.at(9, 10)))
        _ = try store.recordVisitEvent(S.event(.started, at: F.at(9, 12)))
        let board = try tracker.board(on: F.date, now: F.at(9, 30))
        #expect(board.map(\.technicianID) == ["T01", "T02"])
        let kim = board[0]
        #expect(abs((kim.fixAge ?? 0) - 30 * 60) < 1)
        #expect(kim.stale)
        #expect(kim.currentJobID == "J0001")
        #expect(kim.elapsedService == 18 * 60)
        #expect(kim.visits.map(\.jobID) == ["J0001", "J0002"])
        #expect(kim.visits[0].forecast == nil)
        let next = try #require(kim.visits[1].forecast)
        #expect(next.medianArrival > F.at(10) && next.p90Arrival >= next.medianArrival)
        #expect(board[1].stale && board[1].visits.isEmpty)
    }

    @Test func nobodyIsStaleBeforeOrAfterTheirShift() throws {
        let store = try S.storeWithPublishedPlan()
        let tracker = try Tracker(store: store)
        // T01 works 08:00-17:00, T02 07:00-15:30; neither has ever posted a fix.
        let stale = { (now: Date) in try tracker.board(on: F.date, now: now).map(\.stale) }
        #expect(try stale(F.at(6, 30)) == [false, false])
        #expect(try stale(F.at(7, 30)) == [false, true])
        #expect(try stale(F.at(9)) == [true, true])
        #expect(try stale(F.at(16)) == [true, false])
        #expect(try stale(F.at(18)) == [false, false])
    }

    @Test func aDayThatIsOverIsNotForecastFromTodaysClock() throws {
        let store = try S.storeWithPublishedPlan()
        let tracker = try Tracker(store: store)
        let evening = try tracker.board(on: F.date, now: F.at(23, 59))
        #expect(evening[0].visits.allSatisfy { $0.forecast != nil }, "the day itself is still forecast")
        for daysLater in [1, 2, 30, 400] {
            let later = F.calendar.instant(F.date.adding(days: daysLater), TimeOfDay(hour: 9))
            let board = try tracker.board(on: F.date, now: later)
            #expect(board[0].visits.map(\.jobID) == ["J0001", "J0002"], "the open visits are still listed")
            #expect(board.allSatisfy { $0.visits.allSatisfy { $0.forecast == nil } && !$0.stale })
        }
    }

    @Test func completedVisitsTeachTheServiceModel() throws {
        let store = try S.storeWithPublishedPlan()
        let tracker = try Tracker(store: store)
        let progress = VisitProgress(tracker: tracker)
        #expect(try tracker.serviceModel().factor(for: "ac-repair") == tracker.serviceModel().prior)
        for (kind, minute) in [(VisitEventKind.arrived, 0), (.started, 0), (.completed, 59)] {
            _ = try progress.report(S.event(kind, at: F.at(9, minute)), now: F.at(9, minute))
        }
        #expect(try tracker.serviceModel().factor(for: "ac-repair").median < 1)
    }

    @Test func updateForATechnicianOfTenVisitsIsQuick() throws {
        // A smoke check of the benchmark's case, not a timing: ten visits forecast without error.
        let stops = (1...10).map { F.stop($0, F.job("J\($0)", at: F.north(Double($0)), window: (F.at(8 + $0 / 2), F.at(9 + $0 / 2)), minutes: 30)) }
        let forecasts = try F.forecasts(F.day(stops), now: F.at(8))
        #expect(forecasts.count == 10)
        #expect(zip(forecasts, forecasts.dropFirst()).allSatisfy { $0.medianArrival < $1.medianArrival })
    }
}
