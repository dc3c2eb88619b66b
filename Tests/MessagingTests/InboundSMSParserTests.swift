import Testing
@testable import Messaging

@Suite struct InboundSMSParserTests {
    @Test(arguments: [
        ("WAIT", InboundCommand.wait), (" wait ", .wait), ("Wait.", .wait),
        ("REBOOK", .rebook), ("rebook!", .rebook),
        ("STOP", .stop), ("stop", .stop), ("Unsubscribe", .stop), ("QUIT", .stop),
        ("HELP", .help), ("info", .help),
        ("1", .number(1)), ("2", .number(2)), (" 3 ", .number(3)),
        ("0", .text), ("1234", .text), ("-1", .text),
        ("Can you come after 3?", .text), ("stop by at noon please", .text), ("", .text),
    ])
    func keywords(text: String, command: InboundCommand) {
        #expect(InboundSMSParser.parse(text) == command)
    }
}
