import Foundation

/// A real SMTP server on loopback: Debian's `python3-aiosmtpd`, run by the tests. Each message it
/// accepts is parsed by Python's own `email` package and written to a folder as `N.eml` (raw),
/// `N.txt` (the plain-text part) and `N.ics` (the calendar part, when there is one); a recipient whose
/// address starts with `bounce` is refused with 550.
final class SMTPCatcher: @unchecked Sendable {
    static let python = "/usr/bin/python3"

    /// Whether aiosmtpd is installed (`apt-get install python3-aiosmtpd`).
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import aiosmtpd.controller"]
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let script = #"""
        import email, json, os, socket, sys
        from email import policy
        from aiosmtpd.controller import Controller

        folder = sys.argv[1]

        class Handler:
            count = 0
            async def handle_RCPT(self, server, session, envelope, address, options):
                if address.startswith("bounce"):
                    return "550 5.1.1 <%s>: mailbox unavailable" % address
                envelope.rcpt_tos.append(address)
                return "250 OK"
            async def handle_DATA(self, server, session, envelope):
                Handler.count += 1
                base = os.path.join(folder, "%03d" % Handler.count)
                message = email.message_from_bytes(envelope.content, policy=policy.default)
                for part in message.walk():
                    if part.get_content_type() == "text/plain":
                        open(base + ".txt", "w").write(part.get_content())
                    if part.get_content_type() == "text/calendar":
                        open(base + ".ics", "w", newline="").write(part.get_content())
                json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos, "subject": str(message["subject"])},
                          open(base + ".json", "w"))
                open(base + ".tmp", "wb").write(envelope.original_content)
                os.rename(base + ".tmp", base + ".eml")
                return "250 Message accepted"

        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        controller = Controller(Handler(), hostname="127.0.0.1", port=port)
        controller.start()
        print(port, flush=True)
        sys.stdin.read()
        controller.stop()
        """#

    let folder: URL
    let port: Int
    private let process: Process
    private let input: Pipe

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = ["-c", Self.script, folder.path]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw POSIXError(.ECONNREFUSED)
        }
        self.port = port
    }

    /// Stops the server (closing its standard input) and removes the folder.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    struct Mail {
        var eml: String
        var text: String
        var ics: String?
        var envelopeTo: [String]
        var subject: String
    }

    /// The messages received so far, in order.
    func mails() throws -> [Mail] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }.sorted()
        return try names.map { name in
            let base = folder.appendingPathComponent(String(name.dropLast(4)))
            let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathExtension("json"))) as! [String: Any]
            return Mail(eml: try String(contentsOf: base.appendingPathExtension("eml"), encoding: .utf8),
                        text: (try? String(contentsOf: base.appendingPathExtension("txt"), encoding: .utf8)) ?? "",
                        ics: try? String(contentsOf: base.appendingPathExtension("ics"), encoding: .utf8),
                        envelopeTo: meta["to"] as? [String] ?? [], subject: meta["subject"] as? String ?? "")
        }
    }
}
