import ArgumentParser
import Foundation
import Testing
@testable import PunctualCLI
@testable import Punctual
@testable import PunctualCore

@Suite struct CommandLineTests {
    @Test func helpListsEverySubcommandWithAnExample() {
        let help = PunctualCommand.helpMessage()
        for name in ["demo", "init", "import", "technicians", "jobs", "generate"] {
            #expect(help.contains("\n  \(name) "), "punctual --help does not list \(name)")
        }
        for command in [InitCommand.self, ImportAllCommand.self, ImportJobsCommand.self, TechniciansListCommand.self,
                        JobsListCommand.self, DemoCommand.self, GenerateCommand.self] as [any ParsableCommand.Type] {
            #expect(command.configuration.discussion.contains("punctual "), "\(command) has no example")
        }
    }

    @Test func badOptionsAreNamedWithTheirValue() {
        #expect(message(["init", "--name", "X", "--time-zone", "Mountain", "--depot", "46.8,-114"])
            .contains("--time-zone 'Mountain' is not an IANA time zone"))
        #expect(message(["init", "--name", "X", "--time-zone", "America/Denver", "--depot", "46.8"])
            .contains("--depot '46.8' is not LAT,LON"))
        #expect(message(["jobs", "list", "--date", "24/11/2026"]).contains("--date '24/11/2026' is not a day: give today, tomorrow, yesterday, a weekday"))
    }

    @Test func theDatabaseComesFromTheOptionThenTheEnvironmentThenTheDefault() throws {
        let explicit = try StoreOptions.parse(["--db", "x.sqlite"])
        #expect(explicit.path == "x.sqlite")
        if ProcessInfo.processInfo.environment["PUNCTUAL_DB"] == nil {
            #expect(try StoreOptions.parse([]).path == "punctual.sqlite")
        }
    }

    @Test func initThenImportAllThenListRunsEndToEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("p.sqlite").path
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path
        var initCommand = try PunctualCommand.parseAsRoot(["init", "--db", db, "--business", data + "/business.csv"])
        try initCommand.run()
        var again = try PunctualCommand.parseAsRoot(["init", "--db", db, "--business", data + "/business.csv"])
        #expect(throws: StoreError.alreadyExists(path: db)) { try again.run() }
        var importAll = try PunctualCommand.parseAsRoot(["import", "all", "--db", db, data])
        try importAll.run()
        #expect(try Store.open(path: db).technicians().count == 12)
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
