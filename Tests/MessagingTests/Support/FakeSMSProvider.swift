import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PunctualTestSupport

/// A Twilio-compatible SMS API on loopback: `POST /2010-04-01/Accounts/{sid}/Messages.json`,
/// form-encoded, basic auth. It answers with a `sid`, remembers the idempotency key of each message
/// it accepted (a repeated key gets the first answer back, as a provider that honours keys does),
/// and can be made slow, failing or refusing.
final class FakeSMSProvider: @unchecked Sendable {
    enum Behaviour: Sendable {
        case accept
        /// Answer with this status and JSON error body (`code`, `message`).
        case fail(status: Int, code: Int)
        /// Wait this long, then accept.
        case slow(Duration)
    }

    struct Accepted: Equatable {
        var sid: String
        var key: String
        var to: String
        var from: String
        var body: String
        var statusCallback: String?
    }

    static let accountSID = "AC0123456789abcdef"
    static let authToken = "test-token-42"

    private let lock = NSLock()
    private var _behaviour: Behaviour = .accept
    private var _accepted: [Accepted] = []
    private var _requests = 0
    private var _inFlight = 0
    private var _maxInFlight = 0

    var behaviour: Behaviour {
        get { lock.withLock { _behaviour } }
        set { lock.withLock { _behaviour = newValue } }
    }

    /// The distinct messages accepted, in order.
    var accepted: [Accepted] { lock.withLock { _accepted } }
    /// Every request received, repeats included.
    var requests: Int { lock.withLock { _requests } }
    /// The most requests it was answering at once.
    var maxInFlight: Int { lock.withLock { _maxInFlight } }
    /// The requests it is answering now.
    var inFlight: Int { lock.withLock { _inFlight } }

    /// Runs the provider on a free loopback port for the length of `body`, which gets its base URL.
    func run<T: Sendable>(_ body: @escaping @Sendable (URL) async throws -> T) async throws -> T {
        let router = Router()
        router.post("/2010-04-01/Accounts/:sid/Messages.json") { request, context in
            try await self.answer(request, sid: context.parameters.get("sid") ?? "")
        }
        return try await onLoopbackThreads {
            try await Application(router: router).test(.live) { client in
                try await body(URL(string: "http://127.0.0.1:\(client.port!)")!)
            }
        }
    }

    private func answer(_ request: Request, sid account: String) async throws -> Response {
        lock.withLock {
            _requests += 1
            _inFlight += 1
            _maxInFlight = max(_maxInFlight, _inFlight)
        }
        defer { lock.withLock { _inFlight -= 1 } }
        let credentials = Data("\(Self.accountSID):\(Self.authToken)".utf8).base64EncodedString()
        guard account == Self.accountSID, request.headers[.authorization] == "Basic \(credentials)" else {
            return Self.json(status: 401, ["code": 20003, "message": "Authenticate"])
        }
        switch behaviour {
        case .fail(let status, let code):
            return Self.json(status: status, ["code": code, "message": "fake failure \(code)"])
        case .slow(let delay):
            try await Task.sleep(for: delay)
        case .accept:
            break
        }
        let body = try await request.body.collect(upTo: 64 * 1024)
        let fields = Dictionary(Self.decode(String(buffer: body)), uniquingKeysWith: { first, _ in first })
        let key = request.headers[HTTPField.Name("Idempotency-Key")!] ?? UUID().uuidString
        let accepted: Accepted = lock.withLock {
            if let earlier = _accepted.first(where: { $0.key == key }) { return earlier }
            let new = Accepted(sid: "SM\(_accepted.count + 1)", key: key, to: fields["To"] ?? "", from: fields["From"] ?? "",
                               body: fields["Body"] ?? "", statusCallback: fields["StatusCallback"])
            _accepted.append(new)
            return new
        }
        return Self.json(status: 201, ["sid": accepted.sid, "status": "queued", "to": accepted.to])
    }

    static func decode(_ text: String) -> [(String, String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    private static func json(status: Int, _ object: [String: Any]) -> Response {
        let data = try! JSONSerialization.data(withJSONObject: object)
        return Response(status: .init(code: status), headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
