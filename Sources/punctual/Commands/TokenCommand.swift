import ArgumentParser
import Punctual
import PunctualCore

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue API tokens that are not a technician's.",
        discussion: "Example:\n  punctual token dispatcher",
        subcommands: [TokenDispatcherCommand.self])
}

struct TokenDispatcherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatcher",
        abstract: "Issue a dispatcher token for the board and reassignment (shown once).",
        discussion: "Example:\n  export PUNCTUAL_TOKEN=$(punctual token dispatcher)")

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    func run() throws {
        print(try AccessTokens(store: try store.openStore()).issue(for: .dispatcher, now: clock.instant))
    }
}
