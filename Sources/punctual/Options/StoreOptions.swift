import ArgumentParser
import Foundation
import Punctual
import PunctualCore

/// Where the database is: `--db PATH`, else `PUNCTUAL_DB`, else `punctual.sqlite` here.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (default: $PUNCTUAL_DB or ./punctual.sqlite).", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["PUNCTUAL_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return Store.defaultFileName
    }

    func openStore(create: Bool = false, concurrentReads: Bool = false) throws -> Store {
        try Store.open(path: path, create: create, concurrentReads: concurrentReads, secrets: try Self.secrets())
    }

    /// The secrets the environment gives (`PUNCTUAL_SMS_AUTH_TOKEN[_FILE]`, `PUNCTUAL_SMTP_PASSWORD[_FILE]`).
    static func secrets() throws -> [SettingKey: String] {
        try SecretEnvironment.secrets(in: ProcessInfo.processInfo.environment)
    }
}
