import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

/// Every validation rule of the spreadsheet import, each reported as `FILE:LINE: column: what`.
@Suite struct ImportValidationTests {
    /// The issues an import of `contents` as `kind` reports, into a store holding the fixtures.
    private func issues(_ kind: ImportKind, _ contents: String) throws -> [String] {
        let store = try Fixtures.populatedStore()
        do {
            _ = try Importer(store: store).validate([.init(kind: kind, name: "\(kind.rawValue).csv", contents: contents)])
            return []
        } catch let error as ImportError {
            guard case .invalid(let issues) = error else { return ["\(error)"] }
            return issues.map(\.description)
        }
    }

    private func jobRow(_ fields: [String: String]) -> String {
        var values: [String: String] = [
            "id": "J0100", "customer": "Ann Smith", "phone": "+14065550150", "email": "", "notify": "sms",
            "address": "\"1 Main St, Missoula\"", "lat": "46.87", "lon": "-113.99", "type": "ac-repair",
            "duration_minutes": "60", "skills": "hvac", "parts": "", "priority": "normal", "date": "2026-11-24",
            "window_start": "", "window_end": "", "available": "", "notes": "",
        ]
        values.merge(fields) { $1 }
        let columns = Fixtures.jobsHeader.split(separator: ",").map(String.init)
        return Fixtures.jobsHeader + "\n" + columns.map { values[$0]! }.joined(separator: ",")
    }

    private func technicianRow(_ fields: [String: String]) -> String {
        let header = "id,name,phone,email,start_lat,start_lon,end_lat,end_lon,shift_start,shift_end,skills,break_minutes,break_earliest,break_latest"
        var values: [String: String] = [
            "id": "T09", "name": "Pat Lee", "phone": "", "email": "", "start_lat": "46.87", "start_lon": "-114.02",
            "end_lat": "", "end_lon": "", "shift_start": "08:00", "shift_end": "17:00", "skills": "hvac",
            "break_minutes": "", "break_earliest": "", "break_latest": "",
        ]
        values.merge(fields) { $1 }
        return header + "\n" + header.split(separator: ",").map { values[String($0)]! }.joined(separator: ",")
    }

    @Test func theFixturesThemselvesAreValid() throws {
        for kind in ImportKind.allCases {
            let contents = Fixtures.sources().first { $0.kind == kind }!.contents
            #expect(try issues(kind, contents) == [])
        }
    }

    // MARK: Header

    @Test func unknownAndMissingColumnsAreReportedOnTheHeaderLine() throws {
        #expect(try issues(.stock, "technician_id,part,qty\nT01,capacitor-45uf,1") == [
            "stock.csv:1: qty: unknown column; expected some of: technician_id,part,quantity",
            "stock.csv:1: quantity: required column is missing",
        ])
    }

    @Test func columnsMayComeInAnyOrder() throws {
        #expect(try issues(.stock, "quantity,part,technician_id\n4,contactor-30a,T02") == [])
    }

    @Test func aRowWithTooManyFieldsIsReported() throws {
        #expect(try issues(.stock, "technician_id,part,quantity\nT01,capacitor-45uf,1,extra") == [
            "stock.csv:2: the row has 4 fields but the header has 3",
        ])
    }

    // MARK: Technicians

    @Test func coordinatesMustBeInRange() throws {
        #expect(try issues(.technicians, technicianRow(["start_lat": "91", "start_lon": "east"])) == [
            "technicians.csv:2: start_lat: '91' is not a coordinate between -90 and 90",
            "technicians.csv:2: start_lon: 'east' is not a coordinate between -180 and 180",
        ])
    }

    /// Only decimal numbers: `Double(_:)` alone would read `0x2F` as 47.0, and take `1e1`, `nan`, `inf`.
    @Test(arguments: ["0x2F", "0X2f", "0x1p4", "1e1", "1E1", "nan", "inf", "infinity", "-", ".", "4.6.8", "+-46", "4+6", "46-", "4 6", "٤٦"])
    func coordinatesAreDecimalNumbers(text: String) throws {
        #expect(try issues(.technicians, technicianRow(["start_lat": text])) == [
            "technicians.csv:2: start_lat: '\(text)' is not a coordinate between -90 and 90",
        ])
    }

    @Test(arguments: ["46.87", "-46.87", "+46", ".5", "46.", "0"])
    func decimalCoordinatesAreRead(text: String) throws {
        #expect(try issues(.technicians, technicianRow(["start_lat": text])).isEmpty)
    }

    /// The issue's own case: a job's `lat` of `0x2F` once imported as 47.0.
    @Test func everyNumberColumnIsDecimalOnly() throws {
        #expect(try issues(.jobs, jobRow(["lat": "0x2F", "lon": "-1.14e2", "duration_minutes": "0x3C"])) == [
            "jobs.csv:2: lat: '0x2F' is not a coordinate between -90 and 90",
            "jobs.csv:2: lon: '-1.14e2' is not a coordinate between -180 and 180",
            "jobs.csv:2: duration_minutes: '0x3C' is not a whole number from 1 to 1440",
        ])
        #expect(try issues(.parts, "id,name,unit_cost\nwidget,Widget,0x10\ngizmo,Gizmo,1e2\nsprocket,Sprocket,12.50") == [
            "parts.csv:2: unit_cost: '0x10' is not an amount like 12.50",
            "parts.csv:3: unit_cost: '1e2' is not an amount like 12.50",
        ])
    }

    @Test func anEndIsBothCoordinatesOrNeither() throws {
        #expect(try issues(.technicians, technicianRow(["end_lat": "46.9"])) == [
            "technicians.csv:2: end_lon: is empty but end_lat is set; give both or neither",
        ])
    }

    @Test func shiftTimesMustParseAndEndAfterTheyStart() throws {
        #expect(try issues(.technicians, technicianRow(["shift_start": "8am"])) == [
            "technicians.csv:2: shift_start: '8am' is not a time of day HH:MM (00:00 to 24:00)",
        ])
        #expect(try issues(.technicians, technicianRow(["shift_start": "17:00", "shift_end": "08:00"])) == [
            "technicians.csv:2: shift_end: 08:00 is not after shift_start 17:00",
        ])
    }

    @Test func breakColumnsComeTogetherAndFitTheShift() throws {
        #expect(try issues(.technicians, technicianRow(["break_minutes": "30"])) == [
            "technicians.csv:2: break_earliest: is empty but break_minutes is set; give all three break columns or none",
            "technicians.csv:2: break_latest: is empty but break_minutes is set; give all three break columns or none",
        ])
        #expect(try issues(.technicians, technicianRow(["break_minutes": "30", "break_earliest": "13:00", "break_latest": "12:00"])) == [
            "technicians.csv:2: break_latest: 12:00 is before break_earliest 13:00",
        ])
        #expect(try issues(.technicians, technicianRow(["break_minutes": "30", "break_earliest": "06:00", "break_latest": "12:00"])) == [
            "technicians.csv:2: break_earliest: the break must start within the shift 08:00-17:00",
        ])
    }

    @Test func phonesAreNumbersAndEmailsWellFormed() throws {
        #expect(try issues(.technicians, technicianRow(["phone": "555-0101", "email": "kim at example.com"])) == [
            "technicians.csv:2: phone: '555-0101' is not a phone number: write it in E.164, like +14065550123 or as a national number of the business's country (+1)",
            "technicians.csv:2: email: 'kim at example.com' is not a valid email address",
        ])
        // A US spreadsheet's way of writing them is read as the business's country's.
        #expect(try issues(.technicians, technicianRow(["phone": "(406) 555-0101"])) == [])
    }

    @Test func skillsAreRequired() throws {
        #expect(try issues(.technicians, technicianRow(["skills": ""])) == ["technicians.csv:2: skills: is required (e.g. hvac;plumbing)"])
    }

    @Test func duplicateIdsNameTheFirstLine() throws {
        let row = technicianRow([:])
        let second = row.split(separator: "\n")[1]
        #expect(try issues(.technicians, row + "\n" + second) == ["technicians.csv:3: id: 'T09' repeats line 2"])
    }

    // MARK: Stock

    @Test func stockRefersToKnownTechniciansAndPartsWithPositiveQuantities() throws {
        #expect(try issues(.stock, "technician_id,part,quantity\nT77,capacitor-45uf,1\nT01,flux-capacitor,1\nT01,contactor-30a,0\nT01,contactor-30a,-2") == [
            "stock.csv:2: technician_id: unknown technician 'T77'; import technicians first",
            "stock.csv:3: part: unknown part 'flux-capacitor'; add it to the parts catalogue first",
            "stock.csv:4: quantity: '0' is not a whole number from 1 to 100000",
            "stock.csv:5: technician_id+part: 'T01+contactor-30a' repeats line 4",
            "stock.csv:5: quantity: '-2' is not a whole number from 1 to 100000",
        ])
    }

    // MARK: Jobs

    @Test func jobsNeedAPhoneNumberAndAnEmailWhenEmailIsTheChannel() throws {
        #expect(try issues(.jobs, jobRow(["phone": "06-555-0150", "notify": "email"])) == [
            "jobs.csv:2: phone: '06-555-0150' is not a phone number: write it in E.164, like +14065550123 or as a national number of the business's country (+1)",
            "jobs.csv:2: email: is required",
        ])
        #expect(try issues(.jobs, jobRow(["notify": "pigeon"])) == [
            "jobs.csv:2: notify: 'pigeon' is not one of sms|email|both",
        ])
    }

    @Test func durationsArePositiveMinutesWithinADay() throws {
        #expect(try issues(.jobs, jobRow(["duration_minutes": "0"])) == [
            "jobs.csv:2: duration_minutes: '0' is not a whole number from 1 to 1440",
        ])
    }

    @Test func partsAreKnownWithPositiveQuantitiesListedOnce() throws {
        #expect(try issues(.jobs, jobRow(["parts": "capacitor-45uf:0;widget:1;contactor-30a:1;contactor-30a:2;fuse"])) == [
            "jobs.csv:2: parts: 'capacitor-45uf:0' is not part:quantity with a quantity greater than 0",
            "jobs.csv:2: parts: unknown part 'widget'; add it to the parts catalogue first",
            "jobs.csv:2: parts: part 'contactor-30a' is listed twice",
            "jobs.csv:2: parts: 'fuse' is not part:quantity with a quantity greater than 0",
        ])
    }

    @Test func priorityAndDateAreChecked() throws {
        #expect(try issues(.jobs, jobRow(["priority": "urgent", "date": "2026-02-30"])) == [
            "jobs.csv:2: priority: 'urgent' is not one of emergency|high|normal|low",
            "jobs.csv:2: date: '2026-02-30' is not a date YYYY-MM-DD",
        ])
    }

    @Test func aPromisedWindowHasBothEndsInOrderWithinTheDay() throws {
        #expect(try issues(.jobs, jobRow(["window_start": "10:00"])) == [
            "jobs.csv:2: window_end: is empty but window_start is set; give both or neither",
        ])
        #expect(try issues(.jobs, jobRow(["window_start": "10:00", "window_end": "09:00"])) == [
            "jobs.csv:2: window_end: 09:00 is not after window_start 10:00",
        ])
        #expect(try issues(.jobs, jobRow(["window_start": "23:30", "window_end": "24:30"])) == [
            "jobs.csv:2: window_end: '24:30' is not a time of day HH:MM (00:00 to 24:00)",
        ])
    }

    @Test func availabilityIsOrderedNonOverlappingRangesAndHoldsThePromisedWindow() throws {
        #expect(try issues(.jobs, jobRow(["available": "08:00-12:00;11:00-13:00;5-6"])) == [
            "jobs.csv:2: available: '5-6' is not a time range HH:MM-HH:MM with the start before the end",
            "jobs.csv:2: available: 08:00-12:00 and 11:00-13:00 overlap",
        ])
        #expect(try issues(.jobs, jobRow(["available": "13:00-17:00", "window_start": "09:00", "window_end": "10:00"])) == [
            "jobs.csv:2: window_start: the promised window 09:00-10:00 is outside the customer's availability 13:00-17:00",
        ])
    }

    @Test func onePhoneIsOneCustomer() throws {
        let rows = jobRow([:]) + "\n" + jobRow(["id": "J0101", "customer": "Someone Else"]).split(separator: "\n")[1]
        #expect(try issues(.jobs, rows) == [
            "jobs.csv:3: phone: +14065550150 belongs to 'Ann Smith' on line 2, not 'Someone Else'",
        ])
    }

    @Test func everyBadRowIsReportedNotJustTheFirst() throws {
        let bad = [jobRow(["lat": "95"]), jobRow(["id": "J0200", "phone": "406555015", "lon": "200"]),
                   jobRow(["id": "J0201", "phone": "+14065550160", "date": "tomorrow"])]
        let contents = Fixtures.jobsHeader + "\n" + bad.map { String($0.split(separator: "\n")[1]) }.joined(separator: "\n")
        let found = try issues(.jobs, contents)
        #expect(found.count == 4)
        #expect(Set(found.map { $0.split(separator: ":")[1] }) == ["2", "3", "4"])
    }
}
