import ArgumentParser
import Foundation
import Testing
@testable import PunctualCLI
@testable import Punctual
@testable import PunctualCore

@Suite struct TrackingCommandsTests {
    @Test func theTrackingCommandsAreListedWithExamples() {
        let help = PunctualCommand.helpMessage()
        for name in ["serve", "token", "board"] {
            #expect(help.contains("\n  \(name) "), "punctual --help does not list \(name)")
        }
        for command in [ServeCommand.self, TechniciansTokenCommand.self, TokenDispatcherCommand.self, BoardCommand.self] as [any ParsableCommand.Type] {
            #expect(command.configuration.discussion.contains("punctual "), "\(command) has no example")
        }
    }

    @Test func badOptionsAreNamed() {
        #expect(message(["serve", "--port", "0"]).contains("--port must be between 1 and 65535, got 0"))
        #expect(message(["serve", "--log-level", "loud"]).contains("--log-level"))
        #expect(message(["board", "--date", "someday"]).contains("--date 'someday' is not a day: give today, tomorrow"))
        #expect(message(["board", "--date", "tomorrow"]).isEmpty)
    }

    @Test func tokensAreIssuedAndRevokedAndTheBoardPrints() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("p.sqlite").path
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path
        for arguments in [["init", "--db", db, "--business", data + "/business.csv"], ["import", "all", "--db", db, data]] {
            var command = try PunctualCommand.parseAsRoot(arguments)
            try command.run()
        }
        let technician = try #require(try Store.open(path: db).technicians().first?.id)
        for _ in 0..<2 {
            var issue = try PunctualCommand.parseAsRoot(["technicians", "token", technician, "--db", db])
            try issue.run()
        }
        var dispatcher = try PunctualCommand.parseAsRoot(["token", "dispatcher", "--db", db])
        try dispatcher.run()
        // Two technician tokens were stored (as digests); revoking removes both.
        #expect(try AccessTokens(store: Store.open(path: db)).revoke(technician: technician) == 2)
        var unknown = try PunctualCommand.parseAsRoot(["technicians", "token", "T-NOBODY", "--db", db])
        #expect(throws: TrackingStoreError.unknownTechnician("T-NOBODY")) { try unknown.run() }
        var board = try #require(try PunctualCommand.parseAsRoot(["board", "--db", db, "--date", "2026-11-24"]) as? BoardCommand)
        await #expect(throws: CommandFailure.self, "a day without a published plan says so") { try await board.run() }
    }

    @Test func theBoardRendersForecastsAndStaleness() throws {
        let calendar = BusinessCalendar(timeZone: TimeZone(identifier: "America/Denver")!)
        let date = LocalDate(year: 2026, month: 11, day: 24)!
        let nine = calendar.instant(date, TimeOfDay(hour: 9))
        let row = TechnicianForecast(
            technicianID: "T01", name: "Kim", lastFix: nil, fixAge: nil, stale: true, currentJobID: nil, currentStatus: nil,
            elapsedService: nil,
            visits: [.init(sequence: 1, jobID: "J1", status: .scheduled, window: DateInterval(start: nine, duration: 3600),
                           plannedArrival: nine,
                           forecast: VisitForecast(jobID: "J1", technicianID: "T01", medianArrival: nine.addingTimeInterval(4200),
                                                   p90Arrival: nine.addingTimeInterval(4800), pLate: 0.8, windowEnd: nine.addingTimeInterval(3600)),
                           atRisk: true)])
        let text = BoardCommand.render([row], date: date, now: nine, calendar: calendar)
        #expect(text.contains("none STALE"))
        #expect(text.contains("09:00-10:00"))
        #expect(text.contains("10:10"))
        #expect(text.contains("0.80"))
        #expect(text.contains("AT RISK"))
    }

    private func message(_ arguments: [String]) -> String {
        do {
            _ = try PunctualCommand.parseAsRoot(arguments)
            return ""
        } catch {
            return PunctualCommand.message(for: error)
        }
    }
}
