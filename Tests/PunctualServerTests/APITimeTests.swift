import Foundation
import Testing
@testable import PunctualServer

/// The instants the API accepts: real moments of 2000 to 2099 in ISO 8601 with an offset, read as
/// exactly that moment; anything else refused, never rolled over into another moment.
@Suite struct APITimeTests {
    /// Written each way a client may, with the moment it names in seconds since 1970 (worked out
    /// apart from the parsers, with `date -u`).
    @Test(arguments: [
        ("2026-11-24T16:20:00Z", 1_795_537_200.0),
        ("2026-11-24T09:20:00-07:00", 1_795_537_200),
        ("2026-11-24T09:20:00-0700", 1_795_537_200),
        ("2026-11-24T09:20:00-07", 1_795_537_200),
        ("2026-11-25T06:05:00+13:45", 1_795_537_200),
        ("2026-11-24T16:20:00.250Z", 1_795_537_200.25),
        ("2026-11-24T16:20:00.2500Z", 1_795_537_200.25),
        ("2000-01-01T00:00:00Z", 946_684_800),
        ("2000-02-29T00:00:00Z", 951_782_400),
        ("2028-02-29T09:20:00Z", 1_835_428_800),
        ("2099-12-31T23:59:59Z", 4_102_444_799),
    ])
    func realMomentsAreReadAsThemselves(text: String, secondsSince1970: Double) throws {
        let date = try #require(APITime.parse(text), "\(text) was refused")
        #expect(date.timeIntervalSince1970 == secondsSince1970)
    }

    /// Foundation alone would read most of these as other, real moments (09:21 for 09:20:60, year 1
    /// as given, `Zjunk` as `Z`).
    @Test(arguments: [
        "2026-02-30T06:00:00Z", "2026-02-29T09:20:00Z", "2100-02-29T09:20:00Z", "2026-04-31T09:20:00Z", "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-24T25:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T09:60:00Z",
        "2026-11-24T09:20:60Z", "2026-11-24T09:20:61.5Z", "2026-02-30T06:00Z", "2026-11-24T25:00Z", "0001-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z", "1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "2026-11-24T09:20:00.2500+24:00", "2026-11-24T09:20:00.2500+07:60", "2026-11-24T09:20:00.2500+25:00x",
        "2026-11-24T09:20:00Zjunk", "2026-11-24T09:20:00ZZ", "2026-11-24T09:20:00+01:00:00", "2026-11-24T09:20:00.Z",
        "2026-11-24T09:20:00", "2026-11-24T09:20:00+7", "2026-11-24", "",
    ])
    func impossibleMomentsAreRefusedNotRolledOver(text: String) {
        #expect(APITime.parse(text) == nil, "\(text) was read as \(String(describing: APITime.parse(text)))")
    }

    @Test func aRefusalNamesTheFieldAndTheYearsAccepted() throws {
        let error = try #require(throws: APIError.self) { try APITime.parse("2026-02-30T06:00:00Z", field: "[3].at") }
        #expect(error.status == .badRequest)
        #expect(error.body.error == "invalid_input")
        #expect(error.body.field == "[3].at")
        #expect(error.body.detail.contains("'2026-02-30T06:00:00Z'"))
        #expect(error.body.detail.contains("2000 to 2099"))
    }

    /// Every day the document's `Day` lets through is read, and nothing else is: the server and the
    /// contract agree on each day of the centuries' edges, of a leap year and of a common one, and on
    /// months and days just out of range. Whether a day exists is asked of Foundation's calendar.
    @Test func aDayIsReadExactlyWhenTheDocumentAllowsIt() throws {
        let yaml = OpenAPIDocument.yaml
        let schema = try #require(yaml.range(of: "\n    Day:\n"), "the document has a Day schema")
        let line = try #require(yaml[schema.upperBound...].split(separator: "\n").first { $0.contains("pattern:") })
        let pattern = try Regex(String(line.split(separator: "'")[1]))
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        var read = 0
        for year in [1900, 1999, 2000, 2026, 2028, 2099, 2100, 9999] {
            for month in 0...13 {
                for day in 0...32 {
                    let text = String(format: "%04d-%02d-%02d", year, month, day)
                    let exists = (1...12).contains(month) && (1...31).contains(day)
                        && DateComponents(calendar: gregorian, year: year, month: month, day: day).isValidDate
                    let documented = (try pattern.wholeMatch(in: text)) != nil && exists
                    let served = (try? APITime.day(text)) != nil
                    #expect(served == documented, "\(text): the server \(served ? "reads" : "refuses") it, the document \(documented ? "allows" : "does not")")
                    if served { read += 1 }
                }
            }
        }
        #expect(read == 2 * 366 + 2 * 365, "2000 and 2028 are leap years; 2026 and 2099 are not")
        for text in ["2026-1-05", "26-01-05", "2026-01-05T00:00:00Z", " 2026-01-05", "2026/01/05", ""] {
            let error = try #require(throws: APIError.self) { try APITime.day(text, field: "date") }
            #expect(error.body.field == "date")
            #expect(error.body.detail.contains("2000 to 2099"))
            #expect((try pattern.wholeMatch(in: text)) == nil, "the document allows '\(text)'")
        }
    }
}

