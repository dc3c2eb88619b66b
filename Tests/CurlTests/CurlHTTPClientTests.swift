import Curl
import Foundation
import PunctualTestSupport
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The client against a real HTTP server on loopback: what is sent arrives intact, what comes back
/// is read whole, and each way a transfer can fail is named.
@Suite struct CurlHTTPClientTests {
    let client = CurlHTTPClient(userAgent: "punctual-tests")

    /// A server that greets, echoes what it receives, and can be slow.
    static func application() -> some ApplicationProtocol {
        let router = Router()
        router.get("/hello") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain", HTTPField.Name("X-Greeting")!: "yes"],
                     body: .init(byteBuffer: ByteBuffer(string: "hello, world")))
        }
        router.on("/echo", method: .post) { request, _ in try await echo(request) }
        router.on("/echo", method: .put) { request, _ in try await echo(request) }
        router.on("/echo", method: .delete) { request, _ in try await echo(request) }
        router.get("/slow") { _, _ in
            try await Task.sleep(for: .seconds(1))
            return "finally"
        }
        return Application(router: router)
    }

    /// Answers with the request body, and its method and headers as `X-Echo-…` fields.
    static func echo(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 1 << 20)
        var headers: HTTPFields = [HTTPField.Name("X-Echo-Method")!: request.method.rawValue]
        for name in ["Authorization", "Content-Type", "X-Request-Id", "Content-Length", "User-Agent"] {
            if let value = request.headers[HTTPField.Name(name)!] { headers[HTTPField.Name("X-Echo-\(name)")!] = value }
        }
        return Response(status: .created, headers: headers, body: .init(byteBuffer: body))
    }

    /// The echo application on a loopback port, answering on threads of its own, for `body`.
    func served(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await onLoopbackThreads { try await Self.application().test(.live, body) }
    }

    func url(_ port: Int?, _ path: String) -> URL { URL(string: "http://localhost:\(port!)\(path)")! }

    @Test func aGetReturnsStatusHeadersAndBody() async throws {
        try await served { server in
            let request = CurlHTTPClient.Request(url: url(server.port, "/hello"))
            let response = try await blocking { try client.perform(request) }
            #expect(response.status == 200)
            #expect(response.isSuccess)
            #expect(String(decoding: response.body, as: UTF8.self) == "hello, world")
            #expect(response.header("x-greeting") == "yes")
            #expect(response.header("Content-Type") == "text/plain")
        }
    }

    @Test func aPostDeliversItsBodyHeadersAndBasicAuthIntact() async throws {
        try await served { server in
            // Bytes of every value, more than curl's 1 KiB `Expect: 100-continue` threshold.
            let body = Data((0..<5000).map { UInt8($0 % 256) })
            let credentials = CurlCredentials(user: "AC0123", password: "s3cr:t wörd")
            let request = CurlHTTPClient.Request(
                method: .post, url: url(server.port, "/echo"),
                headers: [.init(name: "Content-Type", value: "application/octet-stream"), .init(name: "X-Request-Id", value: "42")],
                body: body, basicAuth: credentials, timeouts: CurlTimeouts(total: .seconds(10)))
            let response = try await blocking { try client.perform(request) }
            #expect(response.status == 201)
            #expect(response.body == body)
            #expect(response.header("X-Echo-Method") == "POST")
            #expect(response.header("X-Echo-Content-Type") == "application/octet-stream")
            #expect(response.header("X-Echo-X-Request-Id") == "42")
            #expect(response.header("X-Echo-Content-Length") == "5000")
            #expect(response.header("X-Echo-User-Agent") == "punctual-tests")
            let authorization = try #require(response.header("X-Echo-Authorization"))
            #expect(authorization.hasPrefix("Basic "))
            let decoded = Data(base64Encoded: String(authorization.dropFirst("Basic ".count))).map { String(decoding: $0, as: UTF8.self) }
            #expect(decoded == "AC0123:s3cr:t wörd")
        }
    }

    @Test func otherVerbsKeepTheirNameAndBody() async throws {
        try await served { server in
            let form = Data("To=%2B14065550101&Body=On+my+way".utf8)
            let put = try await blocking { try client.perform(.init(method: .put, url: url(server.port, "/echo"), body: form)) }
            #expect(put.header("X-Echo-Method") == "PUT")
            #expect(put.body == form)
            let delete = try await blocking { try client.perform(.init(method: .delete, url: url(server.port, "/echo"))) }
            #expect(delete.header("X-Echo-Method") == "DELETE")
            #expect(delete.body.isEmpty)
        }
    }

    @Test func aMissingRouteIsAResponseNotAnError() async throws {
        try await served { server in
            let response = try await blocking { try client.perform(.init(url: url(server.port, "/nowhere"))) }
            #expect(response.status == 404)
            #expect(!response.isSuccess)
        }
    }

    @Test func aSlowServerTimesOutWithinTheTotalLimit() async throws {
        try await served { server in
            let request = CurlHTTPClient.Request(url: url(server.port, "/slow"),
                                                 timeouts: CurlTimeouts(connect: .seconds(2), total: .milliseconds(200)))
            let error = await #expect(throws: CurlError.self) { try await blocking { try client.perform(request) } }
            // The server does answer, a second later: only the limit can have ended the wait with
            // `timedOut`. No stopwatch here; on a loaded machine it measures the scheduler too.
            #expect(error?.kind == .timedOut)
            #expect(error?.description.hasPrefix("timed out talking to http://localhost:\(server.port!)/slow: ") == true)
        }
    }

    @Test func aClosedPortIsRefusedAndNamed() async throws {
        let port = try closedLoopbackPort()
        let request = CurlHTTPClient.Request(url: URL(string: "http://127.0.0.1:\(port)/table?x=1")!)
        let error = await #expect(throws: CurlError.self) { try await blocking { try client.perform(request) } }
        #expect(error?.kind == .couldNotConnect)
        #expect(error?.url == "http://127.0.0.1:\(port)/table?x=1")
        #expect(error?.description.hasPrefix("could not connect to http://127.0.0.1:\(port)/table: ") == true)
        #expect(error?.message.isEmpty == false)
    }

    @Test func aMalformedURLIsNamed() async throws {
        let request = CurlHTTPClient.Request(url: URL(string: "htp://example.com/")!)
        let error = await #expect(throws: CurlError.self) { try await blocking { try client.perform(request) } }
        #expect(error?.kind == .unsupportedProtocol)
    }

    @Test func longURLsAreAbbreviatedInMessages() {
        let url = "http://router.example:5000/table/v1/driving/" + Array(repeating: "-114.012345,46.870123", count: 50).joined(separator: ";")
        let error = CurlError(kind: .timedOut, url: url + "?annotations=duration", message: "Operation timed out")
        #expect(error.description.count < 140)
        #expect(error.description.hasPrefix("timed out talking to http://router.example:5000/table/v1/driving/-114.012345"))
        #expect(error.description.hasSuffix("…: Operation timed out"))
        #expect(error.url.hasSuffix("?annotations=duration"))
    }

    @Test func manyThreadsMayShareOneClient() async throws {
        try await served { server in
            let request = CurlHTTPClient.Request(url: url(server.port, "/hello"))
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { try await blocking { try client.perform(request).status } } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 200, count: 8))
        }
    }
}
