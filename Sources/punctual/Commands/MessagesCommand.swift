import ArgumentParser
import Foundation
import Punctual
import PunctualCore

struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages",
        abstract: "Show the customer messages (the outbox and the replies), or send what is due.",
        discussion: """
            Example:
              punctual messages --job J0001
              punctual messages --state failed --format json
              punctual messages send
            """,
        subcommands: [MessagesListCommand.self, MessagesSendCommand.self],
        defaultSubcommand: MessagesListCommand.self)
}

extension MessageState: ExpressibleByArgument {}
