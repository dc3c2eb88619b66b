import Foundation
import GRDB
import Testing
@testable import Punctual
@testable import PunctualCore

/// `StoredDate` writes what GRDB writes for a date, to the character: fixes stored either way
/// compare, order and collide (same technician and millisecond) alike.
@Suite struct StoredDateTests {
    @Test func randomDatesAreWrittenAsGRDBWritesThem() {
        var generator = SystemRandomNumberGenerator()
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 1_764_000_000.001),
                     Date(timeIntervalSinceReferenceDate: 0), Date(timeIntervalSince1970: 4_102_444_799.9995)]
        for _ in 0..<100_000 {
            // 1900 ... 2100, with whole milliseconds (as the API stamps), microseconds and binary noise.
            let seconds = Double(Int64(generator.next() % 6_311_433_600)) - 2_208_988_800
            switch generator.next() % 3 {
            case 0: dates.append(Date(timeIntervalSince1970: seconds + Double(generator.next() % 1000) / 1000))
            case 1: dates.append(Date(timeIntervalSince1970: seconds + Double(generator.next() % 1_000_000) / 1_000_000))
            default: dates.append(Date(timeIntervalSince1970: seconds + Double.random(in: 0..<1, using: &generator)))
            }
        }
        for date in dates {
            #expect(StoredDate.databaseValue(date) == date.databaseValue, "\(date.timeIntervalSinceReferenceDate)")
        }
    }
}
