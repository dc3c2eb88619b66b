import ArgumentParser
import Punctual
import Foundation
import PunctualCore

struct TechniciansLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Print a one-time sign-in link for a technician's phone page.",
        discussion: """
            Opening the link on the phone and tapping "Sign in" spends it (it works once, for a day)
            and keeps the phone signed in for a week; `punctual technicians token T --revoke` signs it
            out. The link starts with the setting web.base_url (the address phones reach the server
            at), or --base-url. Example:
              punctual technicians link T01 --base-url http://192.168.1.20:8080
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var clock: ClockOption

    @Argument(help: "The technician's id.")
    var technician: String

    @Option(help: "The address the phone reaches `punctual serve` at (default: the setting web.base_url).")
    var baseURL: String?

    func run() throws {
        print(try SignInLinkPrinter.link(for: .technician(technician), store: try store.openStore(), baseURL: baseURL, now: clock.instant))
    }
}

/// Issues a sign-in code and words it as the link to open.
enum SignInLinkPrinter {
    static func link(for caller: Caller, store: Store, baseURL: String?, now: Date) throws -> String {
        let base = try baseURL ?? store.settings().text(.webBaseURL)
        if let problem = SettingKey.webBaseURL.problem(with: base) { throw ValidationError("--base-url: \(problem)") }
        guard !base.isEmpty else {
            throw ValidationError("no address to link to: give --base-url (such as http://192.168.1.20:8080) or set web.base_url")
        }
        let code = try AccessTokens(store: store).issueSignInCode(for: caller, now: now)
        return WebLinks.signIn(base: base, code: code)
    }
}
