import Testing
@testable import PunctualCore

@Suite struct VisitTransitionTests {
    private func next(_ status: JobStatus, _ event: VisitEventKind, paused: Bool = false) -> JobStatus? {
        try? VisitTransition.next(from: status, on: event, paused: paused, job: "J")
    }

    @Test func theHappyPathRunsFromScheduledToCompleted() {
        #expect(next(.scheduled, .enRoute) == .enRoute)
        #expect(next(.enRoute, .arrived) == .arrived)
        #expect(next(.booked, .arrived) == .arrived)
        #expect(next(.arrived, .started) == .inProgress)
        #expect(next(.inProgress, .paused) == .inProgress)
        #expect(next(.inProgress, .started, paused: true) == .inProgress)
        #expect(next(.inProgress, .completed) == .completed)
        #expect(next(.arrived, .unableToComplete) == .failed)
    }

    @Test func skippingOrRepeatingStepsIsRefused() {
        #expect(next(.scheduled, .completed) == nil)
        #expect(next(.arrived, .completed) == nil)
        #expect(next(.inProgress, .started) == nil)
        #expect(next(.inProgress, .paused, paused: true) == nil)
        #expect(next(.arrived, .arrived) == nil)
        #expect(next(.scheduled, .unableToComplete) == nil)
    }

    @Test func startingWorkWithoutReportingTheArrivalIsTheArrivalToo() {
        // A forgotten "arrived" tap must not lock the technician out of the rest of the visit.
        #expect(next(.enRoute, .started) == .inProgress)
        #expect(next(.scheduled, .started) == .inProgress)
        #expect(next(.inProgress, .completed) == .completed)
    }

    @Test func aClosedVisitTakesNothingMore() {
        for status in [JobStatus.completed, .failed, .cancelled] {
            for event in VisitEventKind.allCases { #expect(next(status, event) == nil) }
        }
    }
}
