import Logging
import Punctual
import PunctualCore

/// The embedded default: writes each message to the log (the outbox keeps it too), so everything
/// works offline and in demos.
public struct ConsoleTransport: Transport {
    public var logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func send(_ message: Message, calendar: CalendarEvent?) throws(TransportError) -> TransportReceipt {
        let attachment = calendar.map { ICSWriter.document($0) }
        logger.info("\(message.channel.rawValue) to \(message.recipient): \(message.body)",
                    metadata: ["kind": .string(message.kind.rawValue), "job": .string(message.jobID ?? "-"),
                               "calendar": .string(calendar.map { "\($0.uid) #\($0.sequence)" } ?? "-")])
        return TransportReceipt(providerID: "console-\(message.id)", attachment: attachment)
    }
}
