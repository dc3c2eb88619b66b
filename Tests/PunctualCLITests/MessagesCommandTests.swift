import ArgumentParser
import Foundation
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualCLI

/// `punctual messages`, `punctual messages send` and `punctual inbox` over a database file.
@Suite struct MessagesCommandTests {
    @Test func sendDeliversTheQueueThroughTheConsoleAndTheListingsRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("p.sqlite").path
        let store = try Store.open(path: db, create: true)
        try store.saveProfile(BusinessProfile(name: "Test Co", timeZoneIdentifier: "America/Denver",
                                                depot: GeoPoint(latitude: 46.87, longitude: -114.02)))
        try Importer(store: store).run([
            .init(kind: .technicians, name: "technicians.csv", contents: """
                id,name,phone,email,start_lat,start_lon,end_lat,end_lon,shift_start,shift_end,skills,break_minutes,break_earliest,break_latest
                T01,Kim Edwards,,,46.8705,-114.026,,,08:00,17:00,hvac,,,
                """),
            .init(kind: .jobs, name: "jobs.csv", contents: """
                id,customer,phone,email,notify,address,lat,lon,type,duration_minutes,skills,parts,priority,date,window_start,window_end,available,notes
                J0001,Jenna Rivera,+14065550129,jenna@example.net,both,"1182 Scott St",46.88,-114.00,ac-repair,60,hvac,,normal,2026-11-24,,,,
                """),
        ])
        let calendar = try store.requireProfile().calendar
        let date = LocalDate(parsing: "2026-11-24")!
        let window = DateInterval(start: calendar.instant(date, TimeOfDay(hour: 9)), end: calendar.instant(date, TimeOfDay(hour: 10)))
        let evening = "2026-11-23T16:00:00-07:00"
        _ = try Booker().book(jobID: "J0001", window: window, store: store, now: ISO8601DateFormatter().date(from: evening)!)
        #expect(try store.messages(state: .queued).count == 2)

        var send = try PunctualCommand.parseAsRoot(["messages", "send", "--db", db, "--now", evening])
        try send.run()
        #expect(try store.messages(state: .sent).count == 2)
        for arguments in [["messages", "--db", db, "--job", "J0001"], ["messages", "list", "--db", db, "--state", "sent", "--format", "json"],
                          ["inbox", "--db", db, "--all"]] {
            var command = try PunctualCommand.parseAsRoot(arguments)
            try command.run()
        }
        #expect(throws: (any Error).self) { try PunctualCommand.parseAsRoot(["messages", "--db", db, "--state", "lost"]) }
    }
}
