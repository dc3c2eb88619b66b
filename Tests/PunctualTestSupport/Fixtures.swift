import Foundation
import Punctual
import PunctualCore
import PunctualImport

/// Small, readable businesses for the tests: a store with settings and a few spreadsheets.
public enum Fixtures {
    public static let settings = BusinessProfile(
        name: "Test Home Services", timeZoneIdentifier: "America/Denver",
        depot: GeoPoint(latitude: 46.8705, longitude: -114.026), depotAddress: "2205 Wyoming St")

    public static let parts = """
        id,name,unit_cost
        capacitor-45uf,Run capacitor 45 uF,18.50
        contactor-30a,Contactor 30 A,24.00
        """

    public static let technicians = """
        id,name,phone,email,start_lat,start_lon,end_lat,end_lon,shift_start,shift_end,skills,break_minutes,break_earliest,break_latest
        T01,Kim Edwards,+14065550101,kim@example.com,46.8705,-114.026,,,08:00,17:00,hvac;electrical,30,11:30,13:30
        T02,Nina Hansen,,,46.85,-114.01,46.86,-114.02,07:00,15:30,plumbing,,,
        """

    public static let stock = """
        technician_id,part,quantity
        T01,capacitor-45uf,3
        T01,contactor-30a,2
        """

    public static let jobsHeader = "id,customer,phone,email,notify,address,lat,lon,type,duration_minutes,skills,parts,priority,date,window_start,window_end,available,notes"

    public static let jobs = """
        \(jobsHeader)
        J0001,Jenna Rivera,+14065550129,jenna@example.net,both,"1182 Scott St, Missoula, MT 59802",46.882789,-114.001689,ac-repair,60,hvac,capacitor-45uf:1,high,2026-11-24,09:00,10:00,,"Gate code 4412; dog"
        J0002,Wyatt Clark,+14065550130,,sms,"626 S 5th St W, Missoula, MT 59801",46.8650,-114.0010,drain-clog,45,plumbing,,normal,2026-11-24,,,08:00-12:00;14:00-17:00,
        J0003,Jenna Rivera,+14065550129,jenna@example.net,both,"1182 Scott St, Missoula, MT 59802",46.882789,-114.001689,furnace-tuneup,40,hvac,,low,2026-11-25,,,,
        """

    /// The fixture day, and the evening before it: the "now" of tests that plan or book it, so they
    /// pass on any date (the machine's clock never decides what is past).
    public static let day = LocalDate(parsing: "2026-11-24")!
    public static let eveningBefore = settings.calendar.instant(day.adding(days: -1), TimeOfDay(hour: 18))

    public static let calendar = settings.calendar

    /// A local instant, e.g. `at("2026-11-23", "18:00")`.
    public static func at(_ date: String, _ time: String) -> Date {
        calendar.instant(LocalDate(parsing: date)!, TimeOfDay(parsing: time)!)
    }

    /// A local instant on the fixture day.
    public static func at(_ hour: Int, _ minute: Int = 0) -> Date {
        calendar.instant(day, TimeOfDay(hour: hour, minute: minute))
    }

    /// An in-memory store with settings, ready to import into.
    public static func store() throws -> Store {
        let store = try Store.inMemory()
        try store.saveProfile(settings)
        return store
    }

    /// An in-memory store of the fixture business holding `sources`: the one way a suite builds its
    /// own variant (other jobs, fewer spreadsheets).
    public static func store(importing sources: [Importer.Source]) throws -> Store {
        let store = try store()
        try Importer(store: store).run(sources)
        return store
    }

    /// A store holding all the fixture spreadsheets.
    public static func populatedStore() throws -> Store {
        try store(importing: sources())
    }

    /// The fixture spreadsheets, any of them replaced.
    public static func sources(parts: String = Fixtures.parts, technicians: String = Fixtures.technicians, stock: String = Fixtures.stock,
                               jobs: String = Fixtures.jobs) -> [Importer.Source] {
        [
            .init(kind: .parts, name: "parts.csv", contents: parts),
            .init(kind: .technicians, name: "technicians.csv", contents: technicians),
            .init(kind: .stock, name: "stock.csv", contents: stock),
            .init(kind: .jobs, name: "jobs.csv", contents: jobs),
        ].filter { !$0.contents.isEmpty }
    }

    /// A fresh temporary directory, removed by the caller.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The repository's root, found from this file's path.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
