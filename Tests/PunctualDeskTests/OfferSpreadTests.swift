import Foundation
import PunctualTestSupport
import Testing
import struct Routing.SplitMix64
@testable import Punctual
@testable import PunctualCore

/// The few windows read out on the phone: spread over days and over mornings and afternoons,
/// never two starts within an hour on the same half-day while others are free, in calendar order.
@Suite struct OfferSpreadTests {
    let calendar = Fixtures.calendar
    let first = LocalDate(parsing: "2026-11-24")!

    func offer(day: Int, hour: Int, minute: Int = 0, probability: Double, travel: Int = 600) -> WindowOffer {
        let date = first.adding(days: day)
        let start = calendar.instant(date, TimeOfDay(hour: hour, minute: minute))
        return WindowOffer(jobID: "J1", date: date, window: DateInterval(start: start, duration: 3600), technicianID: "T1",
                           technicianName: "Kim", addedTravelSeconds: travel, plannedArrival: start, onTimeProbability: probability)
    }

    @Test func aDayOfHalfHourStepsBecomesAFewTimesAcrossDaysAndHalves() {
        // What the finder gives: every half hour of three days, the first morning the surest.
        var offers: [WindowOffer] = []
        for day in 0..<3 {
            for step in 0..<18 { offers.append(offer(day: day, hour: 8 + step / 2, minute: step % 2 * 30, probability: day == 0 && step < 8 ? 0.99 : 0.9)) }
        }
        let picked = OfferSpread.pick(offers.sorted(by: WindowOffer.isBetter), limit: 6, calendar: calendar)
        #expect(picked.count == 6)
        #expect(picked.map(\.window.start) == picked.map(\.window.start).sorted(), "read in calendar order")
        #expect(Set(picked.map(\.date)).count == 3, "every day offered")
        let halves = picked.map { "\($0.date) \(calendar.local($0.window.start).time < OfferPreference.noon)" }
        #expect(Set(halves).count == 6, "each half-day once: \(halves)")
    }

    @Test func theSpreadHoldsOverRandomDays() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<PropertyScale.cases(200) {
            let count = Int(random.next() % 40) + 1
            let offers = (0..<count).map { _ in
                offer(day: Int(random.next() % 5), hour: 7 + Int(random.next() % 10), minute: Int(random.next() % 2) * 30,
                      probability: Double(80 + Int(random.next() % 20)) / 100, travel: Int(random.next() % 1800))
            }
            let limit = Int(random.next() % 6) + 1
            let picked = OfferSpread.pick(offers, limit: limit, calendar: calendar)
            let distinct = Set(offers.map(\.window)).count
            #expect(picked.count == min(limit, distinct))
            #expect(Set(picked.map(\.window)).count == picked.count, "no window twice")
            #expect(picked.map(\.window.start) == picked.map(\.window.start).sorted())
            let halfDays = Set(offers.map { "\($0.date) \(calendar.local($0.window.start).time < OfferPreference.noon)" })
            if halfDays.count >= limit {
                let pickedHalves = picked.map { "\($0.date) \(calendar.local($0.window.start).time < OfferPreference.noon)" }
                #expect(Set(pickedHalves).count == picked.count, "a half-day repeats while another has none")
            }
            for preference in [OfferPreference.mornings, .afternoons, .after(TimeOfDay(hour: 15)), .before(TimeOfDay(hour: 11))] {
                #expect(OfferSpread.pick(offers, limit: limit, calendar: calendar, preference: preference)
                    .allSatisfy { preference.accepts(calendar.localRange($0.window)) })
            }
        }
    }

    @Test func preferencesAreReadAsACustomerSaysThem() {
        #expect(OfferPreference(parsing: "mornings") == .mornings)
        #expect(OfferPreference(parsing: "Afternoons") == .afternoons)
        #expect(OfferPreference(parsing: "after 15:00") == .after(TimeOfDay(hour: 15)))
        #expect(OfferPreference(parsing: "before 11:30") == .before(TimeOfDay(hour: 11, minute: 30)))
        #expect(OfferPreference(parsing: "after lunch") == nil)
        #expect(OfferPreference(parsing: "soon") == nil)
    }

    @Test func theBookingDeskOffersSeveralDaysForOneRequest() throws {
        let store = try DeskFixtures.bookedStore()
        let offers = try Booker().offers(jobID: "J0005", days: 3, store: store, now: DeskFixtures.evening)
        let picked = OfferSpread.pick(offers, limit: 4, calendar: calendar)
        #expect(picked.count == 4)
        #expect(Set(picked.map(\.date)).count >= 2, "\(picked.map { "\($0.date) \(calendar.localRange($0.window))" })")
    }
}
