import Foundation
import Hummingbird
import Testing
@testable import Punctual
@testable import PunctualServer

/// Clients that open connections and send nothing, trickle their headers or stop half-way through a
/// body are cut off after the limits, and a client that comes after them is still answered, though
/// they are more than the connections the server holds at once.
@Suite struct SlowClientTests {
    typealias A = APIFixtures

    @Test func slowClientsAreCutOffAndOneAfterThemIsStillAnswered() async throws {
        let fixture = try A()
        let limits = ServerLimits(maxConnections: 8, headerTimeout: .milliseconds(500), bodyTimeout: .milliseconds(500),
                                  idleTimeout: .seconds(1))
        // Served as `punctual serve` serves it (the live test client would drop the connection limit).
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let app = PunctualServer.application(services: fixture.services, port: 0, limits: limits) { announce.yield($0) }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var announced = ports.makeAsyncIterator()
        let port = try #require(await announced.next())

        let head = "POST /v1/me/positions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(fixture.technicianToken)\r\n"
        var silent: [LoopbackSocket] = [], trickling: [LoopbackSocket] = [], stalled: [LoopbackSocket] = []
        for _ in 0..<20 {
            silent.append(try LoopbackSocket(port: port))
            let trickler = try LoopbackSocket(port: port)
            trickler.send("POST /v1/me/pos")
            trickling.append(trickler)
            let staller = try LoopbackSocket(port: port)
            staller.send(head + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"at\":")
            stalled.append(staller)
        }
        // The tricklers send a byte every 100 ms: never idle, never done.
        let trickle = Task.detached { [trickling] in
            while !Task.isCancelled {
                for socket in trickling { socket.send("i") }
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
        defer { trickle.cancel() }
        // 60 slow connections, 8 held at once: the one after them is answered once they are cut off.
        let latecomer = try LoopbackSocket(port: port)
        latecomer.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        let answer = await latecomer.readUntilClosed(within: 120)
        #expect(answer.hasPrefix("HTTP/1.1 200"), "the client after the slow ones got '\(answer.prefix(40))'")
        for (name, sockets) in [("silent", silent), ("trickling", trickling), ("stalled mid-body", stalled)] {
            var open = 0
            for socket in sockets where await !socket.isClosedByServer(within: 60) { open += 1 }
            #expect(open == 0, "\(open) \(name) connections were never closed")
        }
        #expect(try fixture.store.fixCount() == 0)
    }
}
