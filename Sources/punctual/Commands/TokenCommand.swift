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
        abstract: "Issue a dispatcher token for the board and reassignment (shown once), or a sign-in link for the web board.",
        discussion: """
            Examples:
              export PUNCTUAL_TOKEN=$(punctual token dispatcher)
              punctual token dispatcher --link --base-url http://localhost:8080   # open it, tap Sign in: /board
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Flag(help: "Print a one-time sign-in link for the web board instead of a token.")
    var link = false

    @Option(help: "With --link: the address the browser reaches `punctual serve` at (default: the setting web.base_url).")
    var baseURL: String?

    func run() throws {
        let store = try store.openStore()
        if link {
            print(try SignInLinkPrinter.link(for: .dispatcher, store: store, baseURL: baseURL, now: clock.instant))
        } else {
            print(try AccessTokens(store: store).issue(for: .dispatcher, now: clock.instant))
        }
    }
}
