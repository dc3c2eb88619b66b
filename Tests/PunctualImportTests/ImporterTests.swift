import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport

@Suite struct ImporterTests {
    @Test func anImportLandsWholeWithCustomersMatchedByPhone() throws {
        let store = try Fixtures.populatedStore()
        #expect(try store.parts().map(\.id) == ["capacitor-45uf", "contactor-30a"])
        #expect(try store.technicians().map(\.id) == ["T01", "T02"])
        #expect(try store.jobs().map(\.id) == ["J0001", "J0002", "J0003"])
        let customers = try store.customers()
        #expect(customers.map(\.name) == ["Jenna Rivera", "Wyatt Clark"])
        let jenna = customers[0].id
        #expect(try store.jobs().filter { $0.customerID == jenna }.map(\.id) == ["J0001", "J0003"])
    }

    @Test func localTimesBecomeUTCInstantsInTheBusinessZone() throws {
        let store = try Fixtures.populatedStore()
        let jobs = try store.jobs(on: LocalDate(parsing: "2026-11-24"))
        #expect(jobs.map(\.id) == ["J0001", "J0002"])
        // 09:00 in Denver in November (MST, UTC-7) is 16:00 UTC.
        let window = try #require(jobs[0].promisedWindow)
        #expect(BusinessCalendar(timeZone: TimeZone(identifier: "UTC")!).iso8601(window.start) == "2026-11-24T16:00:00Z")
        #expect(window.duration == 3600)
        #expect(jobs[0].status == .booked)
        #expect(jobs[1].status == .requested)
        #expect(jobs[1].availability.count == 2)
    }

    @Test func technicianDefaultsAndStockAreRead() throws {
        let technicians = try Fixtures.populatedStore().technicians()
        let kim = technicians[0], nina = technicians[1]
        #expect(kim.end == kim.start)
        #expect(kim.skills == ["electrical", "hvac"])
        #expect(kim.breakRule == BreakRule(minutes: 30, earliestStart: TimeOfDay(hour: 11, minute: 30), latestStart: TimeOfDay(hour: 13, minute: 30)))
        #expect(kim.stock == [PartQuantity(part: "capacitor-45uf", quantity: 3), PartQuantity(part: "contactor-30a", quantity: 2)])
        #expect(nina.end == GeoPoint(latitude: 46.86, longitude: -114.02))
        #expect(nina.breakRule == nil)
        #expect(nina.phone == nil)
    }

    @Test func reimportingAnIdUpdatesIt() throws {
        let store = try Fixtures.populatedStore()
        let importer = Importer(store: store)
        let summary = try importer.run([
            .init(kind: .technicians, name: "t.csv", contents: Fixtures.technicians.replacingOccurrences(of: "Kim Edwards", with: "Kim Edwards-Lee")),
            .init(kind: .jobs, name: "j.csv", contents: Fixtures.jobs.replacingOccurrences(of: "capacitor-45uf:1", with: "contactor-30a:2")),
        ])
        #expect(summary.counts[.technicians] == .init(added: 0, updated: 2))
        #expect(summary.counts[.jobs] == .init(added: 0, updated: 3))
        #expect(try store.technicians()[0].name == "Kim Edwards-Lee")
        #expect(try store.jobs()[0].parts == [PartQuantity(part: "contactor-30a", quantity: 2)])
        #expect(try store.customers().count == 2)
    }

    @Test func aFailedImportWritesNothingEvenWhenOtherFilesAreFine() throws {
        let store = try Fixtures.store()
        let badJobs = Fixtures.jobs.replacingOccurrences(of: "2026-11-25", with: "2026-13-01")
        #expect(throws: ImportError.self) { try Importer(store: store).run(Fixtures.sources(jobs: badJobs)) }
        #expect(try store.parts().isEmpty)
        #expect(try store.technicians().isEmpty)
        #expect(try store.jobs().isEmpty)
    }

    @Test func laterFilesOfOneImportMayReferToEarlierOnes() throws {
        let store = try Fixtures.store()
        // Given in the "wrong" order, still validated parts → technicians → stock → jobs.
        try Importer(store: store).run(Fixtures.sources().reversed())
        #expect(try store.technicians()[0].stock.count == 2)
    }

    @Test func importingBeforeInitIsRefused() throws {
        let store = try Store.inMemory()
        #expect(throws: StoreError.notInitialized) { try Importer(store: store).run(Fixtures.sources()) }
    }

    @Test func aRefusedImportLeavesTheDatabaseFileByteForByteUnchanged() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p.sqlite").path
        do {
            let store = try Store.open(path: path, create: true)
            try store.saveProfile(Fixtures.settings)
            try Importer(store: store).run(Fixtures.sources())
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try Store.open(path: path)
            let threeBadRows = Fixtures.jobs
                .replacingOccurrences(of: "+14065550129", with: "5550129")
                .replacingOccurrences(of: "drain-clog,45", with: "drain-clog,-45")
            #expect(throws: ImportError.self) {
                try Importer(store: store).run([.init(kind: .jobs, name: "jobs.csv", contents: threeBadRows)])
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
