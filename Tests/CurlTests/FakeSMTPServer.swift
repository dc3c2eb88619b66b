import Foundation

/// An SMTP server on loopback for exactly one conversation, on a thread of its own: it offers
/// `AUTH PLAIN` (and STARTTLS when asked, without being able to do it), can reject one recipient,
/// and keeps what it was told.
final class FakeSMTPServer: @unchecked Sendable {
    struct Received {
        var commands: [String] = []
        /// The user and password of an `AUTH PLAIN` login.
        var login: (user: String, password: String)?
        /// The message after `DATA`, dot-unstuffed, lines ended by CRLF.
        var message: Data?
    }

    let port: Int
    private let listener: Int32
    private let offerStartTLS: Bool
    private let rejectedRecipient: String?
    private let lock = NSLock()
    private var _received = Received()

    init(offerStartTLS: Bool = false, rejectedRecipient: String? = nil) throws {
        self.offerStartTLS = offerStartTLS
        self.rejectedRecipient = rejectedRecipient
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(listener, generic, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, generic, &length) == 0
            }
        }
        guard listener >= 0, listening else { throw POSIXError(.EADDRNOTAVAIL) }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in
            let connection = accept(self.listener, nil, nil)
            close(listener)
            guard connection >= 0 else { return }
            serve(connection)
            close(connection)
        }.start()
    }

    var received: Received { lock.withLock { _received } }

    private func serve(_ connection: Int32) {
        var reader = LineReader(socket: connection)
        func reply(_ text: String) { _ = text.utf8CString.withUnsafeBufferPointer { Glibc.send(connection, $0.baseAddress, $0.count - 1, 0) } }
        reply("220 fake.test ESMTP\r\n")
        while let line = reader.next() {
            lock.withLock { _received.commands.append(line) }
            switch line.prefix(4).uppercased() {
            case "EHLO":
                reply("250-fake.test\r\n" + (offerStartTLS ? "250-STARTTLS\r\n" : "") + "250 AUTH PLAIN\r\n")
            case "AUTH":
                var encoded = String(line.dropFirst("AUTH PLAIN".count)).trimmingCharacters(in: .whitespaces)
                if encoded.isEmpty {
                    reply("334 \r\n")
                    encoded = reader.next() ?? ""
                }
                let parts = Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) }?
                    .split(separator: "\0", omittingEmptySubsequences: false).map(String.init) ?? []
                if parts.count == 3 { lock.withLock { _received.login = (parts[1], parts[2]) } }
                reply("235 2.7.0 accepted\r\n")
            case "MAIL":
                reply("250 2.1.0 ok\r\n")
            case "RCPT":
                if let rejectedRecipient, line.contains("<\(rejectedRecipient)>") {
                    reply("550 5.1.1 no such mailbox\r\n")
                } else {
                    reply("250 2.1.5 ok\r\n")
                }
            case "DATA":
                reply("354 end with <CRLF>.<CRLF>\r\n")
                var message = Data()
                while let dataLine = reader.next(), dataLine != "." {
                    message.append(Data((dataLine.hasPrefix(".") ? String(dataLine.dropFirst()) : dataLine).utf8))
                    message.append(Data("\r\n".utf8))
                }
                lock.withLock { _received.message = message }
                reply("250 2.0.0 queued\r\n")
            case "QUIT":
                reply("221 2.0.0 bye\r\n")
                return
            default:
                reply("502 5.5.1 not implemented\r\n")
            }
        }
    }

    /// CRLF-ended lines from a socket.
    private struct LineReader {
        let socket: Int32
        var buffer: [UInt8] = []

        mutating func next() -> String? {
            while true {
                if let end = buffer.indices.first(where: { $0 > 0 && buffer[$0] == 10 && buffer[$0 - 1] == 13 }) {
                    let line = String(decoding: buffer[..<(end - 1)], as: UTF8.self)
                    buffer.removeFirst(end + 1)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = recv(socket, &chunk, chunk.count, 0)
                guard count > 0 else { return nil }
                buffer.append(contentsOf: chunk[..<count])
            }
        }
    }
}
