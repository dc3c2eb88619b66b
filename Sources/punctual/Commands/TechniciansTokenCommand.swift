import ArgumentParser
import Punctual
import PunctualCore

struct TechniciansTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue a technician's API token (shown once), or revoke all of theirs.",
        discussion: """
            Only a hash of the token is stored; copy it into the technician's app now. Example:
              punctual technicians token T01
              punctual technicians token T01 --revoke
            """)

    @OptionGroup var store: StoreOptions

    @OptionGroup var clock: ClockOption

    @Argument(help: "The technician's id.")
    var technician: String

    @Flag(help: "Revoke every token of the technician instead of issuing one.")
    var revoke = false

    func run() throws {
        let tokens = AccessTokens(store: try store.openStore())
        if revoke {
            let count = try tokens.revoke(technician: technician)
            print("revoked \(count) token\(count == 1 ? "" : "s") of \(technician)")
        } else {
            print(try tokens.issue(for: .technician(technician), now: clock.instant))
        }
    }
}
