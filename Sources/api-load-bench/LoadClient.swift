import Foundation
import NIOCore
import NIOPosix

/// Closed-loop HTTP/1.1 load over keep-alive connections: each connection posts one request, waits
/// for the whole answer, checks its status and body, records the latency and posts the next, until
/// the deadline. One request is in flight per connection (no pipelining).
///
/// The client shares the machine with the server it loads, so it is written to cost little: each
/// connection is a plain channel handler on one event loop that writes pre-encoded request bytes
/// and reads the answer with `HTTPAnswerParser` rather than through an HTTP codec and async
/// iterators. It still reads every answer in full, and counts a fix as accepted only when the answer
/// is 200 and its body says how many fixes were accepted.
struct LoadClient {
    struct Result {
        /// Latency of each request answered 200, seconds.
        var latencies: [Double] = []
        var fixesAccepted = 0
        /// Answers other than 200, by status (0: an answer the client could not read).
        var failures: [Int: Int] = [:]
        /// Connections closed or failed before the deadline (a server that died, or hung up).
        var connectionsLost = 0
        /// Fixes of requests sent on a lost connection and never answered: stored or not, nobody knows.
        var unansweredFixes = 0
        /// Connections that could not be opened at all.
        var connectFailures = 0

        mutating func add(_ other: Result) {
            latencies += other.latencies
            fixesAccepted += other.fixesAccepted
            failures.merge(other.failures, uniquingKeysWith: +)
            connectionsLost += other.connectionsLost
            unansweredFixes += other.unansweredFixes
            connectFailures += other.connectFailures
        }
    }

    var host: String
    var port: Int
    var connections: Int
    var fixesPerRequest: Int

    /// Runs until `deadline`; connection `i` posts as `tokens[i % tokens.count]`.
    ///
    /// Fixes are stamped from `origin` (an hour ago unless given) in steps of a millisecond, and the
    /// connections interleave their stamps, so no two fixes of a run share a technician and instant
    /// (the store keeps one fix per technician and millisecond) and every accepted fix is a new row.
    /// Runs against the same store need origins further apart than a run's fixes in milliseconds.
    func run(tokens: [String], until deadline: ContinuousClock.Instant, group: MultiThreadedEventLoopGroup,
             origin: Date = Date().addingTimeInterval(-3600)) async throws -> Result {
        let remaining = ContinuousClock.now.duration(to: deadline)
        let end = NIODeadline.now() + .nanoseconds(remaining.components.seconds * 1_000_000_000 + remaining.components.attoseconds / 1_000_000_000)
        let originMilliseconds = Int64((origin.timeIntervalSince1970 * 1000).rounded(.down))
        var futures: [EventLoopFuture<Result>] = []
        for index in 0..<connections {
            let eventLoop = group.next()
            let promise = eventLoop.makePromise(of: Result.self)
            let request = PositionRequest(host: host, token: tokens[index % tokens.count], fixesPerRequest: fixesPerRequest,
                                          firstMilliseconds: originMilliseconds + Int64(index), stepMilliseconds: Int64(connections))
            let bootstrap = ClientBootstrap(group: eventLoop)
                .channelOption(.socketOption(.so_reuseaddr), value: 1)
                .channelOption(.tcpOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(PostingHandler(request: request, deadline: end, done: promise))
                    }
                }
            // A connection refused is counted, not thrown: the report must say what happened to the run.
            bootstrap.connect(host: host, port: port).whenFailure { _ in promise.succeed(Result(connectFailures: 1)) }
            futures.append(promise.futureResult)
        }
        var total = Result()
        for future in futures { total.add(try await future.get()) }
        return total
    }
}

/// The bytes of one position post: a fixed head for the connection's token, and a body of
/// `fixesPerRequest` fixes stamped one step apart.
struct PositionRequest {
    let head: [UInt8]
    let fixesPerRequest: Int
    var nextMilliseconds: Int64
    let stepMilliseconds: Int64

    init(host: String, token: String, fixesPerRequest: Int, firstMilliseconds: Int64, stepMilliseconds: Int64) {
        head = Array("POST /v1/me/positions HTTP/1.1\r\nHost: \(host)\r\nAuthorization: Bearer \(token)\r\nContent-Type: application/json\r\nContent-Length: ".utf8)
        self.fixesPerRequest = fixesPerRequest
        nextMilliseconds = firstMilliseconds
        self.stepMilliseconds = stepMilliseconds
    }

    /// Writes the next request into `buffer`.
    mutating func write(into buffer: inout ByteBuffer) {
        var body: [UInt8] = []
        body.reserveCapacity(fixesPerRequest * 72 + 2)
        if fixesPerRequest > 1 { body.append(UInt8(ascii: "[")) }
        for index in 0..<fixesPerRequest {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(contentsOf: Self.fixPrefix)
            ISO8601Milliseconds.append(nextMilliseconds, to: &body)
            body.append(contentsOf: Self.fixSuffix)
            nextMilliseconds += stepMilliseconds
        }
        if fixesPerRequest > 1 { body.append(UInt8(ascii: "]")) }
        buffer.writeBytes(head)
        buffer.writeString(String(body.count))
        buffer.writeStaticString("\r\n\r\n")
        buffer.writeBytes(body)
    }

    private static let fixPrefix = Array(#"{"at":""#.utf8)
    private static let fixSuffix = Array(#"","lat":46.87,"lon":-114.02,"accuracy_m":6}"#.utf8)
}

/// One keep-alive connection of the load: posts, reads the whole answer, posts again.
final class PostingHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var request: PositionRequest
    private let deadline: NIODeadline
    private let done: EventLoopPromise<LoadClient.Result>
    private var result = LoadClient.Result()
    private var parser = HTTPAnswerParser()
    private var sentAt: NIODeadline = .now()
    private var awaitingAnswer = false
    private var finished = false

    init(request: PositionRequest, deadline: NIODeadline, done: EventLoopPromise<LoadClient.Result>) {
        self.request = request
        self.deadline = deadline
        self.done = done
        result.latencies.reserveCapacity(16_384)
    }

    func channelActive(context: ChannelHandlerContext) {
        post(context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        parser.append(&bytes)
        switch parser.parse() {
        case .incomplete:
            return
        case .malformed:
            result.failures[0, default: 0] += 1
            finish(context: context)
        case .answer(let status, let body):
            awaitingAnswer = false
            let now = NIODeadline.now()
            if status == 200, let accepted = Self.accepted(in: body), accepted == request.fixesPerRequest {
                result.latencies.append(Double((now - sentAt).nanoseconds) * 1e-9)
                result.fixesAccepted += accepted
            } else {
                result.failures[status == 200 ? 0 : status, default: 0] += 1
            }
            if parser.hasLeftover {
                // An answer nobody asked for: the connection is out of step.
                result.failures[0, default: 0] += 1
                finish(context: context)
            } else if now < deadline {
                post(context: context)
            } else {
                finish(context: context)
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        lose(context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        // Closed by the server in mid-run: counted, and the run ends for this connection.
        lose(context: context)
    }

    /// The connection ended before the run did: counted, with the fixes of a request left unanswered.
    private func lose(context: ChannelHandlerContext) {
        guard !finished else { return }
        result.connectionsLost += 1
        if awaitingAnswer { result.unansweredFixes += request.fixesPerRequest }
        finish(context: context)
    }

    private func post(context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: request.head.count + request.fixesPerRequest * 72 + 16)
        request.write(into: &buffer)
        sentAt = .now()
        awaitingAnswer = true
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
    }

    private func finish(context: ChannelHandlerContext) {
        guard !finished else { return }
        finished = true
        done.succeed(result)
        context.close(promise: nil)
    }

    /// N from a body `{"accepted":N}`.
    static func accepted(in body: ByteBuffer) -> Int? {
        body.withUnsafeReadableBytes { bytes in
            guard let key = HTTPAnswerParser.find(acceptedKey, in: bytes, from: 0) else { return nil }
            var value = 0
            var digits = 0
            var offset = key + acceptedKey.count
            while offset < bytes.count, let digit = bytes[offset].asciiDigit {
                value = value * 10 + digit
                digits += 1
                offset += 1
            }
            return digits > 0 ? value : nil
        }
    }

    private static let acceptedKey = Array(#""accepted":"#.utf8)
}

/// Reads one HTTP/1.1 answer at a time from the bytes a connection received: the status line,
/// the headers (which must give a Content-Length; chunked answers are reported as malformed) and
/// the body.
struct HTTPAnswerParser {
    enum Outcome: Equatable {
        case incomplete
        case malformed
        case answer(status: Int, body: ByteBuffer)
    }

    private var buffer = ByteBuffer()

    /// True when bytes beyond the last answer have arrived.
    var hasLeftover: Bool { buffer.readableBytes > 0 }

    mutating func append(_ bytes: inout ByteBuffer) {
        if buffer.readableBytes == 0 {
            buffer = bytes
        } else {
            buffer.writeBuffer(&bytes)
        }
    }

    /// The next complete answer, consumed from the buffer.
    mutating func parse() -> Outcome {
        enum Head { case incomplete, malformed, complete(status: Int, headLength: Int, contentLength: Int) }
        let head: Head = buffer.withUnsafeReadableBytes { bytes in
            guard let headEnd = Self.find(Self.headTerminator, in: bytes, from: 0) else { return .incomplete }
            // "HTTP/1.1 200 OK"
            guard headEnd >= 12, Self.version.indices.allSatisfy({ bytes[$0] == Self.version[$0] }) else { return .malformed }
            var status = 0
            for offset in 9..<12 {
                guard let digit = bytes[offset].asciiDigit else { return .malformed }
                status = status * 10 + digit
            }
            guard let length = Self.contentLength(in: bytes, headEnd: headEnd) else { return .malformed }
            return .complete(status: status, headLength: headEnd + 4, contentLength: length)
        }
        switch head {
        case .incomplete: return .incomplete
        case .malformed: return .malformed
        case .complete(let status, let headLength, let length):
            guard buffer.readableBytes >= headLength + length else { return .incomplete }
            buffer.moveReaderIndex(forwardBy: headLength)
            let body = buffer.readSlice(length: length)!
            if buffer.readableBytes == 0 { buffer.clear() }
            return .answer(status: status, body: body)
        }
    }

    /// The offset of the first `needle` in `bytes` at or after `start`.
    static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var offset = start
        while offset <= bytes.count - needle.count {
            var matched = 0
            while matched < needle.count && bytes[offset + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return offset }
            offset += 1
        }
        return nil
    }

    /// The value of the Content-Length header in the head `bytes[..<headEnd]`.
    private static func contentLength(in bytes: UnsafeRawBufferPointer, headEnd: Int) -> Int? {
        var lineStart = 0
        while lineStart < headEnd {
            let lineEnd = min(find(lineTerminator, in: bytes, from: lineStart) ?? headEnd, headEnd)
            let name = contentLengthName
            if lineEnd - lineStart > name.count, name.indices.allSatisfy({ bytes[lineStart + $0] | 0x20 == name[$0] }) {
                var value = 0
                var digits = 0
                for offset in (lineStart + name.count)..<lineEnd where bytes[offset] != UInt8(ascii: " ") {
                    guard let digit = bytes[offset].asciiDigit else { return nil }
                    value = value * 10 + digit
                    digits += 1
                }
                return digits > 0 ? value : nil
            }
            lineStart = lineEnd + 2
        }
        return nil
    }

    private static let headTerminator = Array("\r\n\r\n".utf8)
    private static let lineTerminator = Array("\r\n".utf8)
    private static let version = Array("HTTP/1.1 ".utf8)
    /// Lower case; a header name is compared with its bytes OR 0x20 (ASCII letters to lower case).
    private static let contentLengthName = Array("content-length:".utf8)
}

extension UInt8 {
    /// The value of an ASCII digit, or nil.
    var asciiDigit: Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) ? Int(self - UInt8(ascii: "0")) : nil
    }
}
