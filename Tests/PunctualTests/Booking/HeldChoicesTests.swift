import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore

/// New times offered to a customer are held for them until answered or expired: no other booking
/// takes them meanwhile.
@Suite struct HeldChoicesTests {
    /// One HVAC technician (08:00-17:00, half an hour's lunch) and two 4½-hour HVAC jobs on the fixture
    /// day: only one fits.
    static func store() throws -> Store {
        let technicians = Fixtures.technicians.split(separator: "\n").filter { !$0.hasPrefix("T02") }.joined(separator: "\n")
        return try PlanningDays.store(jobs: [
            "J0101,Ann Long,+14065550201,,sms,,46.87,-114.00,furnace-replace,270,hvac,,normal,2026-11-24,,,,",
            "J0102,Bob Long,+14065550202,,sms,,46.88,-114.01,furnace-replace,270,hvac,,normal,2026-11-24,,,,",
            "J0103,Cy Short,+14065550203,,sms,,46.875,-114.02,thermostat,30,hvac,,normal,2026-11-24,,,,",
        ], technicians: technicians)
    }

    @Test func anOpenChoiceKeepsItsTimeFromOtherBookingsUntilItExpires() throws {
        let store = try Self.store()
        let evening = Fixtures.eveningBefore
        let booker = Booker(notifier: nil)
        #expect(try !booker.offers(jobID: "J0102", days: 1, store: store, now: evening).isEmpty, "free day: J0102 can be offered")
        // Ann was offered 08:00-09:00 and has not answered.
        let ann = try #require(try store.job("J0101"))
        let window = DateInterval(start: Fixtures.at(8), end: Fixtures.at(9))
        try store.saveRebookChoices(customerID: ann.customerID, [RebookChoice(customerID: ann.customerID, jobID: "J0101", number: 1,
                                                                             window: window, offeredAt: evening)])
        #expect(try booker.offers(jobID: "J0102", days: 1, store: store, now: evening).isEmpty, "Ann's held time leaves no room")
        #expect(throws: BookingError.self) {
            _ = try booker.book(jobID: "J0102", window: DateInterval(start: Fixtures.at(14), end: Fixtures.at(15)), store: store, now: evening)
        }
        // Ann herself can take it.
        _ = try booker.book(jobID: "J0101", window: window, store: store, now: evening)
        #expect(try store.job("J0101")?.promisedWindow == window)
        #expect(try store.commitments(on: Fixtures.day).jobIDs == ["J0101"], "no hold is stored as a commitment")
    }

    @Test func aBookingPlacedAfterAHeldChoiceIsStoredInItsPlaceWithoutTheHold() throws {
        let store = try Self.store()
        let evening = Fixtures.eveningBefore
        let ann = try #require(try store.job("J0101"))
        try store.saveRebookChoices(customerID: ann.customerID, [RebookChoice(
            customerID: ann.customerID, jobID: "J0101", number: 1, window: DateInterval(start: Fixtures.at(8), end: Fixtures.at(9)),
            offeredAt: evening)])
        // After Ann's held morning: the insertion goes after the hold on the route.
        let late = DateInterval(start: Fixtures.at(15), end: Fixtures.at(16))
        _ = try Booker(notifier: nil).book(jobID: "J0103", window: late, store: store, now: evening)
        #expect(try store.commitments(on: Fixtures.day).routes == ["T01": ["J0103"]])
    }

    @Test func anExpiredChoiceHoldsNothing() throws {
        let store = try Self.store()
        let ann = try #require(try store.job("J0101"))
        let offeredAt = Fixtures.eveningBefore.addingTimeInterval(-RebookChoice.lifetime - 60)
        try store.saveRebookChoices(customerID: ann.customerID, [RebookChoice(
            customerID: ann.customerID, jobID: "J0101", number: 1, window: DateInterval(start: Fixtures.at(8), end: Fixtures.at(9)),
            offeredAt: offeredAt)])
        #expect(try !Booker(notifier: nil).offers(jobID: "J0102", days: 1, store: store, now: Fixtures.eveningBefore).isEmpty)
    }
}
