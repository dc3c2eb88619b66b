import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualSample
@testable import PunctualSimulator

/// Every simulated day's demand is the business's own: its job mix, its parts, its places. On a
/// business the sample generator did not make, days after the first import cleanly and the
/// emergency is called in from inside the business's area.
@Suite struct BusinessDemandTests {
    static let shapes = [(technicians: 3, jobs: 20, seed: UInt64(11)), (8, 50, 12), (15, 110, 13), (5, 60, 14)]

    /// A store holding the business without its jobs, as the simulator starts.
    static func store(_ business: SampleBusiness) throws -> Store {
        let store = try Store.inMemory()
        try store.saveProfile(try BusinessFile.parse(business.business, file: "business.csv"))
        try Importer(store: store).run([(ImportKind.parts, business.parts), (.technicians, business.technicians), (.stock, business.stock)]
            .map { Importer.Source(kind: $0.0, name: $0.0.fileName, contents: $0.1) })
        return store
    }

    static func rows(_ csv: String) throws -> [[String: String]] {
        let table = try CSVTable(parsing: csv, file: "jobs.csv")
        return table.rows.map { row in Dictionary(uniqueKeysWithValues: zip(table.header, row.fields)) }
    }

    /// The distance in km between two CSV rows' places, roughly.
    static func kilometres(_ a: [String: String], _ b: [String: String]) -> Double {
        let dLat = (Double(a["lat"]!)! - Double(b["lat"]!)!) * 111.2
        let dLon = (Double(a["lon"]!)! - Double(b["lon"]!)!) * 111.2 * cos(Double(a["lat"]!)! * .pi / 180)
        return (dLat * dLat + dLon * dLon).squareRoot()
    }

    @Test(arguments: shapes)
    func laterDaysAreDrawnFromTheBusinesssOwnJobsAndImport(shape: (technicians: Int, jobs: Int, seed: UInt64)) throws {
        let business = try ElsewhereBusiness.make(technicians: shape.technicians, jobs: shape.jobs, seed: shape.seed)
        let own = try Self.rows(business.jobs)
        let demand = try BusinessDemand(jobsCSV: business.jobs, jobsPerDay: shape.jobs + 7, seed: shape.seed)
        let store = try Self.store(business)
        let first = try #require(demand.firstDate)
        for day in 1...3 {
            let date = first.adding(days: day)
            let csv = demand.jobsCSV(day: day, date: date, knownNames: [:])
            let rows = try Self.rows(csv)
            #expect(rows.count == shape.jobs + 7)
            #expect(Set(rows.map { $0["id"]! }).count == rows.count, "ids are unique")
            for row in rows {
                #expect(row["date"] == date.description && row["window_start"] == "" && row["window_end"] == "")
                // The work is one of the business's own jobs…
                #expect(own.contains { $0["type"] == row["type"] && $0["parts"] == row["parts"] && $0["skills"] == row["skills"]
                                       && $0["duration_minutes"] == row["duration_minutes"] }, "\(row["id"]!): work not from the business")
                // …at a door in its neighbourhoods.
                let nearest = own.map { Self.kilometres($0, row) }.min()!
                #expect(nearest < 1.5, "\(row["id"]!) is \(nearest) km from the nearest of the business's jobs")
            }
            let summary = try Importer(store: store).run([.init(kind: .jobs, name: "day-\(day).csv", contents: csv)])
            #expect(summary.counts[.jobs]?.added == rows.count)
        }
        let again = try BusinessDemand(jobsCSV: business.jobs, jobsPerDay: shape.jobs + 7, seed: shape.seed)
        #expect(demand.jobsCSV(day: 2, date: first.adding(days: 2), knownNames: [:])
                == again.jobsCSV(day: 2, date: first.adding(days: 2), knownNames: [:]), "a seed replays the same demand")
    }

    @Test(arguments: shapes)
    func theEmergencyIsTheBusinesssUrgentWorkInsideItsArea(shape: (technicians: Int, jobs: Int, seed: UInt64)) throws {
        let business = try ElsewhereBusiness.make(technicians: shape.technicians, jobs: shape.jobs, seed: shape.seed)
        let own = try Self.rows(business.jobs)
        let demand = try BusinessDemand(jobsCSV: business.jobs, jobsPerDay: nil, seed: shape.seed)
        let store = try Self.store(business)
        let date = try #require(demand.firstDate)
        var random = SimulationRandom(seed: shape.seed)
        for serial in 1...5 {
            let csv = demand.emergencyCSV(id: "E-\(serial)", date: date, serial: serial, knownNames: [:], random: &random)
            let row = try #require(try Self.rows(csv).first)
            #expect(row["priority"] == "emergency")
            #expect(own.contains { $0["type"] == row["type"] })
            #expect(own.map { Self.kilometres($0, row) }.min()! < 1.5)
            try Importer(store: store).run([.init(kind: .jobs, name: "emergency.csv", contents: csv)])
            #expect(try store.job("E-\(serial)")?.priority == .emergency)
        }
    }

    @Test func aKnownPhoneKeepsItsNameAndNewNumbersAreOfTheSameExchange() throws {
        let business = try ElsewhereBusiness.make(technicians: 4, jobs: 30, seed: 21)
        let demand = try BusinessDemand(jobsCSV: business.jobs, jobsPerDay: 200, seed: 21)
        let own = try Self.rows(business.jobs)
        let known = Dictionary(own.map { ($0["phone"]!, "Known " + $0["customer"]!) }) { first, _ in first }
        let rows = try Self.rows(demand.jobsCSV(day: 1, date: demand.firstDate!.adding(days: 1), knownNames: known))
        let repeats = rows.filter { known[$0["phone"]!] != nil }
        #expect(repeats.allSatisfy { $0["customer"] == known[$0["phone"]!] })
        #expect(Double(repeats.count) / Double(rows.count) > 0.1, "about one in five is a repeat customer")
        #expect(rows.allSatisfy { $0["phone"]!.hasPrefix(String(own[0]["phone"]!.prefix(5))) })
        #expect(BusinessDemand.phone(near: "+14065550129", serial: 3).count == "+14065550129".count)
    }
}
