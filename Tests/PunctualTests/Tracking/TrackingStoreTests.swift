import Foundation
import GRDB
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
import PunctualImport

@Suite struct TrackingStoreTests {
    typealias F = TrackingFixtures
    typealias S = TrackingStoreFixtures

    @Test func tokensAreStoredOnlyAsDigestsAndRevocationEndsThem() throws {
        let store = try Fixtures.populatedStore()
        let tokens = AccessTokens(store: store)
        let token = try tokens.issue(for: .technician("T01"), now: F.at(8))
        let dispatcher = try tokens.issue(for: .dispatcher, now: F.at(8))
        #expect(try tokens.authenticate(token) == .technician("T01"))
        #expect(try tokens.authenticate(dispatcher) == .dispatcher)
        #expect(try tokens.authenticate("pt_" + String(repeating: "0", count: 64)) == nil)
        let stored = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT token_hash FROM access_token") }
        #expect(stored.sorted() == [AccessTokens.digest(token), AccessTokens.digest(dispatcher)].sorted())
        #expect(!stored.contains(token))
        #expect(try tokens.revoke(technician: "T01") == 1)
        #expect(try tokens.authenticate(token) == nil)
        #expect(try tokens.authenticate(dispatcher) == .dispatcher)
        #expect(throws: TrackingStoreError.unknownTechnician("T99")) { try tokens.issue(for: .technician("T99"), now: F.at(8)) }
    }

    /// Stored digests are SHA-256 in lowercase hex (FIPS 180-4 examples), as databases made before
    /// swift-crypto replaced the hand-written hash hold them: their tokens still work.
    @Test func theStoredDigestIsSHA256InLowercaseHex() {
        #expect(AccessTokens.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(AccessTokens.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    /// The CLI revokes through its own connection while the server's pool keeps checking: the
    /// server's very next check refuses the token, and another technician's token still works.
    @Test func aRevocationThroughAnotherConnectionHoldsFromTheNextCheck() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("punctual.sqlite").path
        do {
            let store = try Store.open(path: path, create: true)
            try store.saveProfile(Fixtures.settings)
            try Importer(store: store).run(Fixtures.sources())
        }
        let server = AccessTokens(store: try Store.open(path: path, concurrentReads: true))
        let token = try server.issue(for: .technician("T01"), now: F.at(8))
        let other = try server.issue(for: .technician("T02"), now: F.at(8))
        #expect(try server.authenticate(token) == .technician("T01"))
        #expect(try AccessTokens(store: try Store.open(path: path)).revoke(technician: "T01") == 1)
        #expect(try server.authenticate(token) == nil)
        #expect(try server.authenticate(other) == .technician("T02"))
    }

    @Test func fixesAreIdempotentPerInstantAndReadInTimeOrder() throws {
        let store = try Fixtures.populatedStore()
        let late = PositionFix(at: F.at(9, 5), location: F.north(1))
        let early = PositionFix(at: F.at(9, 0), location: F.north(0.5), accuracyMetres: 8, speedMetresPerSecond: 12, heading: 90)
        #expect(try store.recordFixes([("T01", [late, early])], receivedAt: F.at(9, 6)) == 2)
        #expect(try store.recordFixes([("T01", [early]), ("T02", [early])], receivedAt: F.at(9, 7)) == 1)
        #expect(try store.fixes(technician: "T01") == [early, late])
        #expect(try store.fixCount() == 3)
    }

    @Test func legalProgressMovesTheJobAndRecordsOutcomes() throws {
        let store = try S.storeWithPublishedPlan()
        for (kind, minute) in [(VisitEventKind.enRoute, 0), (.arrived, 5), (.started, 6), (.paused, 30), (.started, 40), (.completed, 70)] {
            _ = try store.recordVisitEvent(S.event(kind, at: F.at(9, minute)))
        }
        #expect(try store.jobs(on: F.date).first { $0.id == "J0001" }?.status == .completed)
        #expect(try store.visitEvents(job: "J0001").map(\.statusAfter) == [.enRoute, .arrived, .inProgress, .inProgress, .inProgress, .completed])
        let outcome = try #require(try store.visitOutcomes().first)
        #expect(outcome.arrivedAt == F.at(9, 5))
        #expect(outcome.plannedArrival == F.at(9, 10))
        #expect(outcome.completedAt == F.at(10, 10))
        #expect(try store.serviceHistory() == [ServiceObservation(jobType: "ac-repair", plannedSeconds: 3600, actualSeconds: 64 * 60, technicianID: "T01")])
    }

    @Test func aForgottenArrivalIsTakenFromTheStartOfWork() throws {
        let store = try S.storeWithPublishedPlan()
        _ = try store.recordVisitEvent(S.event(.enRoute, at: F.at(9)))
        _ = try store.recordVisitEvent(S.event(.started, at: F.at(9, 20)))
        _ = try store.recordVisitEvent(S.event(.completed, at: F.at(10, 10)))
        let outcome = try #require(try store.visitOutcomes().first)
        #expect(outcome.arrivedAt == F.at(9, 20))
        #expect(try store.tripHistory().map(\.actualSeconds) == [20 * 60])
        #expect(try store.serviceHistory().map(\.actualSeconds) == [50 * 60])
    }

    @Test func illegalProgressIsRefusedAndLeavesNothing() throws {
        let store = try S.storeWithPublishedPlan()
        #expect(throws: ProgressError.illegalTransition(job: "J0001", status: .scheduled, event: .completed,
                                                        reason: "a visit must be started before it is completed")) {
            try store.recordVisitEvent(S.event(.completed, at: F.at(9)))
        }
        #expect(throws: ProgressError.notYourJob(job: "J0001", technician: "T02")) {
            try store.recordVisitEvent(S.event(.arrived, technician: "T02", at: F.at(9)))
        }
        #expect(throws: ProgressError.unknownJob("J9999")) { try store.recordVisitEvent(S.event(.arrived, job: "J9999", at: F.at(9))) }
        #expect(try store.visitEvents(job: "J0001").isEmpty)
        #expect(try store.jobs(on: F.date).first { $0.id == "J0001" }?.status == .scheduled)
    }

    @Test func aRetriedIdempotencyKeyReturnsTheOriginalAndAReusedOneIsRefused() throws {
        let store = try S.storeWithPublishedPlan()
        let first = try store.recordVisitEvent(S.event(.arrived, at: F.at(9), key: "k1"))
        let retry = try store.recordVisitEvent(S.event(.arrived, at: F.at(9, 1), key: "k1"))
        #expect(!first.replayed && retry.replayed)
        #expect(retry.event == first.event)
        #expect(try store.visitEvents(job: "J0001").count == 1)
        #expect(throws: ProgressError.idempotencyKeyReused(key: "k1")) { try store.recordVisitEvent(S.event(.started, at: F.at(9), key: "k1")) }
    }

    @Test func atRiskIsRaisedOnceAndConsumedOnce() throws {
        let store = try S.storeWithPublishedPlan()
        func forecast(_ pLate: Double) -> VisitForecast {
            VisitForecast(jobID: "J0001", technicianID: "T01", medianArrival: F.at(10, 5), p90Arrival: F.at(10, 20), pLate: pLate, windowEnd: F.at(10))
        }
        #expect(try store.saveForecasts([forecast(0.2)], at: F.at(9), threshold: 0.5).isEmpty)
        let raised = try store.saveForecasts([forecast(0.7)], at: F.at(9, 30), threshold: 0.5)
        #expect(raised.map(\.leadSeconds) == [30 * 60])
        #expect(raised.map(\.kind) == [.visitAtRisk])
        #expect(try store.saveForecasts([forecast(0.9)], at: F.at(9, 40), threshold: 0.5).isEmpty)
        #expect(try store.atRiskJobs() == ["J0001"])
        let pending = try store.unconsumedDomainEvents()
        #expect(pending.map(\.jobID) == ["J0001"])
        try store.markDomainEventsConsumed(ids: pending.compactMap(\.id), at: F.at(9, 41))
        #expect(try store.unconsumedDomainEvents().isEmpty)
    }

    @Test func aNewPromiseForgetsTheForecastMadeAgainstTheOldOne() throws {
        // Rebooked for the next day, yesterday's "P(late) 0.9 at 10:30" is no forecast of the new visit.
        let store = try S.storeWithPublishedPlan()
        try store.saveForecasts([VisitForecast(jobID: "J0001", technicianID: "T01", medianArrival: F.at(10, 30), p90Arrival: F.at(10, 50),
                                               pLate: 0.9, windowEnd: F.at(10))], at: F.at(9), threshold: 0.5)
        #expect(try store.visitForecast(jobID: "J0001") != nil)
        let tomorrow = DateInterval(start: F.at(10).addingTimeInterval(86_400), duration: 3600)
        try store.promise(jobID: "J0001", window: tomorrow, notices: { _ in [] }, now: F.at(9, 5)) { _, _ in ((), nil) }
        #expect(try store.visitForecast(jobID: "J0001") == nil)
        #expect(try store.atRiskJobs().isEmpty)
    }

    @Test func aVisitIsDeclaredAtRiskHoweverFarAheadItsWindowIs() throws {
        // Three hours ahead is not too early to look for someone who can still make it; when the
        // customer hears of it is the warning rule's business, not the store's.
        let store = try S.storeWithPublishedPlan()
        let forecast = VisitForecast(jobID: "J0001", technicianID: "T01", medianArrival: F.at(10, 30), p90Arrival: F.at(10, 50),
                                     pLate: 0.9, windowEnd: F.at(10))
        let raised = try store.saveForecasts([forecast], at: F.at(7), threshold: 0.5)
        #expect(raised.map(\.leadSeconds) == [180 * 60])
        #expect(try store.atRiskJobs() == ["J0001"])
    }
}
