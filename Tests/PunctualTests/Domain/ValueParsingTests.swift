import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

@Suite struct ValueParsingTests {
    @Test(arguments: [("08:00", 480), ("8:05", 485), ("00:00", 0), ("24:00", 1440), ("23:59", 1439)])
    func timesOfDayParse(text: String, minutes: Int) {
        #expect(TimeOfDay(parsing: text)?.minutes == minutes)
    }

    @Test(arguments: ["24:01", "12:60", "12", "12:5", "-1:00", "ab:cd", "", "12:00:00", "１２:００"])
    func malformedTimesOfDayAreRejected(text: String) {
        #expect(TimeOfDay(parsing: text) == nil)
    }

    @Test func timesOfDayPrintAsTheyParse() {
        for minutes in stride(from: 0, through: 1440, by: 7) {
            let time = TimeOfDay(minutes: minutes)
            #expect(TimeOfDay(parsing: time.description) == time)
        }
    }

    @Test func datesMustExist() {
        #expect(LocalDate(parsing: "2028-02-29") != nil)
        #expect(LocalDate(parsing: "2026-02-29") == nil)
        #expect(LocalDate(parsing: "2026-11-31") == nil)
        #expect(LocalDate(parsing: "26-11-24") == nil)
        #expect(LocalDate(parsing: "2026-11-24")?.description == "2026-11-24")
    }

    @Test func phonesAreE164() {
        #expect(PhoneNumber.isE164("+14065550123"))
        #expect(PhoneNumber.isE164("+447700900123"))
        #expect(!PhoneNumber.isE164("14065550123"))
        #expect(!PhoneNumber.isE164("+1 406 555 0123"))
        #expect(!PhoneNumber.isE164("+04065550123"))
        #expect(!PhoneNumber.isE164("+1234567"))
        #expect(!PhoneNumber.isE164("+1234567890123456"))
    }

    @Test func emailsAreChecked() {
        #expect(EmailAddress.isValid("jenna.rivera+home@example.net"))
        #expect(!EmailAddress.isValid("jenna@"))
        #expect(!EmailAddress.isValid("jenna@example"))
        #expect(!EmailAddress.isValid("jenna@@example.com"))
        #expect(!EmailAddress.isValid("jenna rivera@example.com"))
        #expect(!EmailAddress.isValid("@example.com"))
    }

    @Test func localTimesSurviveDaylightSavingChanges() throws {
        let calendar = BusinessCalendar(timeZone: try #require(.init(identifier: "America/Denver")))
        // 2026-03-08 is the spring-forward day in the US: the 09:00-10:00 window is still one hour.
        for text in ["2026-03-08", "2026-11-01", "2026-07-04"] {
            let date = try #require(LocalDate(parsing: text))
            let range = try #require(TimeOfDayRange(parsing: "09:00-10:00"))
            let interval = calendar.interval(date, range)
            #expect(interval.duration == 3600)
            #expect(calendar.localRange(interval) == range)
        }
    }
}
