import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

/// import → list → JSON → decode gives back what the spreadsheets said.
@Suite struct ListingRoundTripTests {
    @Test func jobsRoundTripThroughJSON() throws {
        let store = try Fixtures.populatedStore()
        let listed = try Listings.jobs(store)
        let decoded = try ListingJSON.decoder.decode([JobListing].self, from: Data(ListingJSON.string(listed).utf8))
        #expect(decoded == listed)
        let first = decoded[0]
        #expect(first.id == "J0001")
        #expect(first.customer == "Jenna Rivera")
        #expect(first.address == "1182 Scott St, Missoula, MT 59802")
        #expect(first.window == "09:00-10:00")
        #expect(first.windowStart == "2026-11-24T09:00:00-07:00")
        #expect(first.parts == [PartQuantity(part: "capacitor-45uf", quantity: 1)])
        #expect(first.notes == "Gate code 4412; dog")
        #expect(decoded[1].available == ["08:00-12:00", "14:00-17:00"])
        #expect(decoded[1].email == nil)
    }

    @Test func jobsCanBeListedForOneDate() throws {
        let store = try Fixtures.populatedStore()
        #expect(try Listings.jobs(store, on: LocalDate(parsing: "2026-11-25")).map(\.id) == ["J0003"])
    }

    @Test func techniciansRoundTripThroughJSONWithSnakeCaseKeys() throws {
        let store = try Fixtures.populatedStore()
        let json = try ListingJSON.string(try Listings.technicians(store))
        #expect(json.contains("\"shift_start\" : \"08:00\""))
        #expect(json.contains("\"earliest_start\" : \"11:30\""))
        let decoded = try ListingJSON.decoder.decode([TechnicianListing].self, from: Data(json.utf8))
        #expect(decoded == (try Listings.technicians(store)))
    }

    @Test func messagesCarryTheirFactsThroughJSON() throws {
        let calendar = Fixtures.calendar
        let window = DateInterval(start: Fixtures.at(9), end: Fixtures.at(10))
        let arrival = DateInterval(start: Fixtures.at(10, 5), end: Fixtures.at(10, 35))
        let message = Message(id: 7, kind: .runningLate, jobID: "J0001", customerID: 1, channel: .sms, recipient: "+14065550129",
                              subject: nil, body: "late", window: arrival, calendarSequence: nil, attachment: nil, state: .sent,
                              attempts: 1, nextAttemptAt: Fixtures.at(9, 40), idempotencyKey: "J0001:running_late:1.2:sms",
                              providerID: nil, lastError: nil, createdAt: Fixtures.at(9, 40), sentAt: Fixtures.at(9, 40), deliveredAt: nil,
                              facts: MessageFacts(promisedWindow: window, arrival: arrival, technician: "Kim", replaces: "J0001:running_late:1.1"))
        let text = try ListingJSON.string([MessageListing(message, calendar: calendar)])
        #expect(text.contains(#""promised_window" : {"#) && text.contains(#""start" : "2026-11-24T09:00:00-07:00""#))
        #expect(text.contains(#""replaces" : "J0001:running_late:1.1""#) && text.contains(#""technician" : "Kim""#))
        let decoded = try ListingJSON.decoder.decode([MessageListing].self, from: Data(text.utf8))
        #expect(decoded == [MessageListing(message, calendar: calendar)])
    }
}
