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
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every setting, its value and what it means.",
        discussion: """
            Secrets (sms.auth_token, smtp.password) are shown by their last four characters. They can
            come from the environment instead of the database: PUNCTUAL_SMS_AUTH_TOKEN or
            PUNCTUAL_SMS_AUTH_TOKEN_FILE (a file holding it), PUNCTUAL_SMTP_PASSWORD or
            PUNCTUAL_SMTP_PASSWORD_FILE; those take the place of a stored value.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let database = try store.openStore()
        let listing = SettingsListing(settings: try database.settings(), fromEnvironment: Set(database.secrets.keys))
        switch format {
        case .json:
            print(try ListingJSON.string(listing.values))
        case .table:
            print(listing.rendered)
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
        let database = try store.openStore()
        try database.setSetting(key, to: value)
        print("\(key.rawValue) = \(key.shown(value))")
        if database.secrets[key] != nil, let variable = key.environmentVariable {
            print("note: \(variable) is set and takes the place of this value while it is")
        }
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
        print("\(key.rawValue) = \(key.shown(key.defaultValue)) (default)")
    }
}
