import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSample

/// The generated business is deterministic, internally consistent and the same as `data/`.
@Suite("SampleBusiness generator")
struct SampleBusinessGeneratorTests {
    /// A parsed CSV file: header names and rows of fields (RFC 4180, as the generator writes it).
    struct Table {
        let header: [String]
        let rows: [[String: String]]

        init(_ text: String) {
            var records: [[String]] = [[]]
            var field = ""
            var quoted = false
            var previous: Character = " "
            for character in text {
                if quoted {
                    if character == "\"" { quoted = false } else { field.append(character) }
                } else if character == "\"" {
                    if previous == "\"" { field.append("\"") }
                    quoted = true
                } else if character == "," {
                    records[records.count - 1].append(field)
                    field = ""
                } else if character == "\n" {
                    records[records.count - 1].append(field)
                    field = ""
                    records.append([])
                } else {
                    field.append(character)
                }
                previous = character
            }
            if records.last?.isEmpty == true { records.removeLast() }
            header = records[0]
            rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
            #expect(records.dropFirst().allSatisfy { $0.count == records[0].count })
        }
    }

    static let small = SampleBusinessGenerator()
    static let large = SampleBusinessGenerator(technicians: 100, jobs: 1000, date: "2026-11-24", seed: 7)

    @Test func sameSeedGivesIdenticalBytes() {
        #expect(Self.small.generate() == SampleBusinessGenerator().generate())
    }

    @Test func differentSeedGivesADifferentBusiness() {
        let other = SampleBusinessGenerator(seed: 2).generate()
        #expect(other.jobs != Self.small.generate().jobs)
        #expect(other.technicians != Self.small.generate().technicians)
    }

    @Test func dataFolderIsTheDefaultOutput() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for file in Self.small.generate().files {
            let stored = try String(contentsOf: root.appendingPathComponent("data/\(file.name)"), encoding: .utf8)
            #expect(stored == file.contents, "data/\(file.name) differs; regenerate it with punctual generate --out data/")
        }
    }

    @Test func headersAreExactlyTheDocumentedOnes() {
        let business = Self.small.generate()
        #expect(Table(business.business).header == ["name", "time_zone", "depot_lat", "depot_lon", "depot_address"])
        #expect(Table(business.parts).header == ["id", "name", "unit_cost"])
        #expect(Table(business.technicians).header == [
            "id", "name", "phone", "email", "start_lat", "start_lon", "end_lat", "end_lon", "shift_start",
            "shift_end", "skills", "break_minutes", "break_earliest", "break_latest",
        ])
        #expect(Table(business.stock).header == ["technician_id", "part", "quantity"])
        #expect(Table(business.jobs).header == [
            "id", "customer", "phone", "email", "notify", "address", "lat", "lon", "type", "duration_minutes",
            "skills", "parts", "priority", "date", "window_start", "window_end", "available", "notes",
        ])
    }

    @Test(arguments: [small, large])
    func businessIsConsistent(generator: SampleBusinessGenerator) throws {
        let business = generator.generate()
        let parts = Table(business.parts).rows
        let technicians = Table(business.technicians).rows
        let stock = Table(business.stock).rows
        let jobs = Table(business.jobs).rows
        #expect(technicians.count == generator.technicians)
        #expect(jobs.count == generator.jobs)

        let partIDs = Set(parts.map { $0["id"]! })
        let technicianIDs = Set(technicians.map { $0["id"]! })
        #expect(partIDs.count == parts.count)
        #expect(technicianIDs.count == technicians.count)
        #expect(Set(jobs.map { $0["id"]! }).count == jobs.count)

        let held = Set(technicians.flatMap { $0["skills"]!.split(separator: ";").map(String.init) })
        let phone = /^\+[1-9][0-9]{7,14}$/
        for technician in technicians {
            #expect(technician["phone"]!.wholeMatch(of: phone) != nil)
            try expectInMissoula(technician["start_lat"]!, technician["start_lon"]!)
            if !technician["end_lat"]!.isEmpty { try expectInMissoula(technician["end_lat"]!, technician["end_lon"]!) }
        }
        for item in stock {
            #expect(technicianIDs.contains(item["technician_id"]!))
            #expect(partIDs.contains(item["part"]!))
            #expect(Int(item["quantity"]!)! > 0)
        }
        for job in jobs {
            #expect(held.contains(job["skills"]!), "\(job["id"]!) needs \(job["skills"]!), which no one has")
            #expect(job["phone"]!.wholeMatch(of: phone) != nil)
            try expectInMissoula(job["lat"]!, job["lon"]!)
            for item in job["parts"]!.split(separator: ";") {
                let fields = item.split(separator: ":")
                #expect(partIDs.contains(String(fields[0])), "\(job["id"]!) uses unknown part \(fields[0])")
                #expect(Int(fields[1])! > 0)
            }
            #expect(job["date"] == generator.date)
            if let start = minutes(job["window_start"]!), let end = minutes(job["window_end"]!) {
                #expect(end - start == 60)
                #expect(start >= 8 * 60 && end <= 18 * 60)
                #expect(job["available"]!.isEmpty)
            } else {
                #expect(job["window_start"]!.isEmpty && job["window_end"]!.isEmpty)
            }
        }
        let windowed = jobs.filter { !$0["window_start"]!.isEmpty }.count
        #expect(abs(windowed * 100 / jobs.count - 30) <= 3)
    }

    @Test func sampleDayIsSlightlyMoreThanTheTeamCanServe() {
        let technicians = Table(Self.small.generate().technicians).rows
        let jobs = Table(Self.small.generate().jobs).rows
        let capacity = technicians.reduce(0) {
            $0 + minutes($1["shift_end"]!)! - minutes($1["shift_start"]!)! - (Int($1["break_minutes"]!) ?? 0)
        }
        let service = jobs.reduce(0) { $0 + Int($1["duration_minutes"]!)! }
        // With roughly 10 minutes' travel per job the day needs just over the team's time.
        #expect(service * 100 / capacity >= 75 && service * 100 / capacity <= 95)
        #expect((service + 10 * jobs.count) * 100 / capacity > 100)
        #expect((40...60).contains(service / jobs.count))
    }

    private func minutes(_ clock: String) -> Int? {
        let parts = clock.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
        return hours * 60 + minutes
    }

    private func expectInMissoula(_ lat: String, _ lon: String) throws {
        let latitude = try #require(Double(lat))
        let longitude = try #require(Double(lon))
        #expect((46.78...46.96).contains(latitude) && (-114.12 ... -113.94).contains(longitude),
                "\(lat),\(lon) is outside Missoula")
        #expect(lat.split(separator: ".").last?.count == 6 && lon.split(separator: ".").last?.count == 6)
    }
}
