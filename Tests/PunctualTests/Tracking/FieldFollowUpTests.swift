import Foundation
import PunctualTestSupport
import Synchronization
import Testing
@testable import Punctual
@testable import PunctualCore

/// The recompute and the responder pass a report sets off: at once (inline) or only when the
/// deferred worker catches up, with the same outcome.
@Suite struct FieldFollowUpTests {
    typealias F = TrackingFixtures
    typealias S = TrackingStoreFixtures

    /// Counts the responder passes asked for, and at which instants.
    final class Passes: Sendable {
        let instants = Mutex<[Date]>([])
        var respond: @Sendable (Date) -> Void { { now in self.instants.withLock { $0.append(now) } } }
        var count: Int { instants.withLock { $0.count } }
    }

    /// 09:55 with T01 still at the depot, about 10 minutes from J0001 whose window ends at 10:00.
    static func lateFix(_ store: Store) throws {
        try store.recordFixes([("T01", [PositionFix(at: F.at(9, 55), location: F.depot)])], receivedAt: F.at(9, 55))
    }

    @Test func inlineRecomputesAndRespondsBeforeTheCallReturns() throws {
        let store = try S.storeWithPublishedPlan()
        let passes = Passes()
        let followUp = FieldFollowUp(tracker: try Tracker(store: store), mode: .inline, respond: passes.respond)
        try Self.lateFix(store)
        followUp.positionsRecorded(technician: "T01", now: F.at(9, 55))
        #expect(try store.atRiskJobs() == ["J0001"])
        #expect(passes.count == 1)
    }

    @Test func deferredOnlyNotesUntilCaughtUpAndThenDoesTheSame() throws {
        let store = try S.storeWithPublishedPlan()
        let passes = Passes()
        let followUp = FieldFollowUp(tracker: try Tracker(store: store), mode: .deferred, respond: passes.respond)
        try Self.lateFix(store)
        for _ in 0..<50 { followUp.positionsRecorded(technician: "T01", now: F.at(9, 55)) }
        #expect(try store.atRiskJobs().isEmpty, "nothing is recomputed in the reporting call")
        #expect(passes.count == 0)
        followUp.catchUp(now: F.at(9, 56))
        #expect(try store.atRiskJobs() == ["J0001"])
        #expect(passes.instants.withLock { $0 } == [F.at(9, 56)], "fifty notes, one recompute, one pass, at the catch-up's instant")
        followUp.catchUp(now: F.at(9, 57))
        #expect(passes.count == 1, "nothing was due the second time")
    }

    @Test func progressAlwaysGetsAPassAndFixesWithoutNewsDoNot() throws {
        let store = try S.storeWithPublishedPlan()
        let passes = Passes()
        let tracker = try Tracker(store: store)
        let followUp = FieldFollowUp(tracker: tracker, mode: .deferred, respond: passes.respond)
        // 09:00 at the depot: an hour to spare, nothing at risk.
        try store.recordFixes([("T01", [PositionFix(at: F.at(9), location: F.depot)])], receivedAt: F.at(9))
        followUp.positionsRecorded(technician: "T01", now: F.at(9))
        followUp.catchUp(now: F.at(9))
        #expect(passes.count == 0)
        let progress = VisitProgress(followUp: followUp)
        _ = try progress.report(S.event(.enRoute, at: F.at(9, 5)), now: F.at(9, 5))
        #expect(passes.count == 0)
        followUp.catchUp(now: F.at(9, 5))
        #expect(passes.count == 1)
    }

    @Test func theRingsEndWhenFinished() async {
        let store = try! S.storeWithPublishedPlan()
        let followUp = FieldFollowUp(tracker: try! Tracker(store: store), mode: .deferred, respond: nil)
        followUp.positionsRecorded(technician: "T01", now: F.at(9))
        followUp.positionsRecorded(technician: "T02", now: F.at(9))
        followUp.finish()
        var rings = 0
        for await _ in followUp.rings { rings += 1 }
        #expect(rings == 1, "rings coalesce: one is waiting however many notes were made")
    }
}
