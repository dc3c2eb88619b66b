import Foundation
import Hummingbird
import Testing
@testable import Punctual
@testable import PunctualServer

/// A request that is not HTTP at all gets the API's JSON error, like any other refusal, and the
/// connection is closed; the server goes on answering others.
@Suite struct MalformedRequestTests {
    @Test(arguments: ["NONSENSE\r\n\r\n", "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", "GET / HTTP/9.9\u{0}\r\n\r\n"])
    func aRequestThatIsNotHTTPIsAJSON400(raw: String) async throws {
        let fixture = try APIFixtures()
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let app = PunctualServer.application(services: fixture.services, port: 0,
                                             limits: ServerLimits(headerTimeout: .seconds(600), idleTimeout: .seconds(600))) { announce.yield($0) }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var announced = ports.makeAsyncIterator()
        let port = try #require(await announced.next())
        let socket = try LoopbackSocket(port: port)
        socket.send(raw)
        let answer = await socket.readUntilClosed(within: 60)
        #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(60).debugDescription)")
        #expect(answer.lowercased().contains("content-type: application/json"))
        #expect(answer.contains(#""error":"bad_request""#))
        let next = try LoopbackSocket(port: port)
        next.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        #expect(await next.readUntilClosed(within: 60).hasPrefix("HTTP/1.1 200"))
    }
}
