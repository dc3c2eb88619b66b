import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
import PunctualTestSupport

/// `jobs add`: one job with the checks of a jobs.csv row, phone numbers written the national way,
/// each problem named by the field the caller gave, and nothing written when anything is wrong.
@Suite struct JobIntakeTests {
    let now = Fixtures.eveningBefore

    static let valid: [String: String] = [
        "customer": "Ana Ruiz", "phone": "(406) 555-0142", "lat": "46.87", "lon": "-113.99", "type": "ac-repair",
        "duration_minutes": "60", "date": "2026-11-24", "skills": "hvac", "parts": "capacitor-45uf:1",
    ]

    @Test func aJobFromThePhoneIsAddedWithItsCustomerAndAudited() throws {
        let store = try Fixtures.populatedStore()
        let job = try JobIntake(store: store).add(Self.valid, actor: "cli:test", now: now)
        #expect(job.id == "J0004", "the next free J number after J0003")
        #expect(job.status == .requested && job.promisedWindow == nil && job.parts == [PartQuantity(part: "capacitor-45uf", quantity: 1)])
        let customer = try #require(try store.customer(id: job.customerID))
        #expect(customer.phone == "+14065550142", "a US spreadsheet's (406) 555-0142 is +14065550142")
        let entry = try #require(try store.history(jobID: job.id).first)
        #expect(entry.action == "job.add" && entry.actor == "cli:test")
    }

    @Test func everyBadFieldIsNamedAsTheCallerGaveItAndNothingIsWritten() throws {
        let store = try Fixtures.populatedStore()
        var values = Self.valid
        values["phone"] = "555-01"
        values["lat"] = "95"
        values["duration_minutes"] = "x"
        values["parts"] = "flux-capacitor:1"
        let jobs = try store.jobs(), audit = try store.history()
        let option = { (field: String) in "--" + (field == "duration_minutes" ? "duration" : field) }
        do {
            try JobIntake(store: store).add(values, actor: "cli:test", now: now, name: option)
            Issue.record("a bad job was added")
        } catch JobIntake.Failure.invalid(let problems) {
            #expect(Set(problems.map(\.field)) == ["--phone", "--lat", "--duration", "--parts"], "\(problems)")
            #expect(problems.first { $0.field == "--phone" }?.message.contains("not a phone number") == true)
        }
        #expect(try store.jobs() == jobs && store.history() == audit)
    }

    @Test func anExistingIdAPastDateOrAnUnknownFieldIsRefused() throws {
        let store = try Fixtures.populatedStore()
        var values = Self.valid
        values["id"] = "J0001"
        #expect(throws: JobIntake.Failure.exists("J0001")) { try JobIntake(store: store).add(values, actor: "t", now: now) }
        values["id"] = nil
        values["date"] = "2026-11-20"
        #expect(throws: JobIntake.Failure.self) { try JobIntake(store: store).add(values, actor: "t", now: now) }
        values["date"] = "2026-11-24"
        values["window_start"] = "09:00"
        #expect(throws: JobIntake.Failure.self) { try JobIntake(store: store).add(values, actor: "t", now: now) }
        #expect(try store.jobs().count == 3)
    }

    @Test(arguments: [
        ("(509) 555-1234", "1", "+15095551234"), ("509.555.1234", "1", "+15095551234"), ("1-509-555-1234", "1", "+15095551234"),
        ("+1 509 555 1234", "1", "+15095551234"), ("0161 496 0000", "44", "+441614960000"), ("0044 161 496 0000", "1", "+441614960000"),
    ])
    func phoneNumbersWrittenTheNationalWayAreReadAsTheBusinessCountrys(text: String, code: String, e164: String) {
        #expect(PhoneNumber.normalized(text, callingCode: code) == e164)
    }

    @Test(arguments: ["555-1234", "(109) 555-1234", "phone", "+0123456789", "", "12345"])
    func whatIsNotAPhoneNumberIsRefused(text: String) {
        #expect(PhoneNumber.normalized(text, callingCode: "1") == nil)
    }

    @Test func theCountryComesFromTheSettingElseTheTimeZone() throws {
        var settings = Settings()
        #expect(PhoneNumber.callingCode(settings: settings, timeZone: "America/Denver") == "1")
        #expect(PhoneNumber.callingCode(settings: settings, timeZone: "Europe/London") == "44")
        #expect(PhoneNumber.callingCode(settings: settings, timeZone: "America/Mexico_City") == "52")
        #expect(PhoneNumber.callingCode(settings: settings, timeZone: "Asia/Ulaanbaatar") == nil)
        settings.overrides[.phoneCountryCode] = "61"
        #expect(PhoneNumber.callingCode(settings: settings, timeZone: "America/Denver") == "61")
    }
}
