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

    /// The store, with the secrets the environment gives (`PUNCTUAL_SMS_AUTH_TOKEN[_FILE]`,
    /// `PUNCTUAL_SMTP_PASSWORD[_FILE]`) in place of stored ones.
    func openStore(concurrentReads: Bool = false) throws -> Store {
        try Store.open(path: path, concurrentReads: concurrentReads,
                       secrets: try SecretEnvironment.secrets(in: ProcessInfo.processInfo.environment))
    }
}
