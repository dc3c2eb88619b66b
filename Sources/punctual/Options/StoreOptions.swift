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

    func openStore() throws -> Store {
        try Store.open(path: path)
    }
}
