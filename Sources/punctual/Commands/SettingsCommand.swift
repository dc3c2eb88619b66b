import ArgumentParser
import Punctual
import PunctualCore
import PunctualReports

struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the business's tunables (travel speed, routing service, planning and risk thresholds).",
        discussion: """
            Example:
              punctual settings list
              punctual settings set travel.speed_kmh 35
              punctual settings set routing.url http://localhost:5000
              punctual settings reset routing.url
            """,
        subcommands: [SettingsListCommand.self, SettingsSetCommand.self, SettingsResetCommand.self],
        defaultSubcommand: SettingsListCommand.self)
}

extension SettingKey: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct SettingsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every setting, its value and what it means.")

    @OptionGroup var store: StoreOptions

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let settings = try store.openStore().settings()
        switch format {
        case .json:
            print(try ListingJSON.string(Dictionary(uniqueKeysWithValues: SettingKey.allCases.map { ($0.rawValue, settings.text($0)) })))
        case .table:
            var table = TextTable("KEY", "VALUE", "DEFAULT", "MEANING")
            for key in SettingKey.allCases {
                let changed = settings.overrides[key] != nil
                table.append([key.rawValue, settings.text(key) + (changed ? " *" : ""), key.defaultValue, key.summary])
            }
            print(table.rendered)
            print("* set for this business; `punctual settings reset KEY` restores the default")
        }
    }
}

struct SettingsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a setting.",
                                                    discussion: "Example:\n  punctual settings set tracking.late_threshold 0.4")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The setting's key (see `punctual settings list`).")
    var key: SettingKey

    @Argument(help: "Its new value.")
    var value: String

    func validate() throws {
        if let problem = key.problem(with: value) { throw ValidationError("\(key.rawValue): \(problem)") }
    }

    func run() throws {
        try store.openStore().setSetting(key, to: value)
        print("\(key.rawValue) = \(value)")
    }
}

struct SettingsResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reset", abstract: "Put a setting back to its default.",
                                                    discussion: "Example:\n  punctual settings reset routing.url")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The setting's key.")
    var key: SettingKey

    func run() throws {
        try store.openStore().setSetting(key, to: nil)
        print("\(key.rawValue) = \(key.defaultValue) (default)")
    }
}
