import Foundation
import NIOCore
import Testing
@testable import api_load_bench

/// The load client's own readers and writers, which stand in for a date formatter and an HTTP codec.
@Suite struct LoadClientTests {
    /// Foundation reads each stamp back as the same millisecond. (Compared that way round because
    /// Foundation's formatter truncates the binary fraction: 1.001 s may print as 1.000.)
    @Test func stampsReadBackAsTheirMillisecond() throws {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        var generator = SystemRandomNumberGenerator()
        let samples = [Int64(0), 951_782_400_000, 1_709_164_800_999, 4_102_444_799_999] + (0..<5000).map { _ in Int64(generator.next() % 4_102_444_800_000) }
        for milliseconds in samples {
            var bytes: [UInt8] = []
            ISO8601Milliseconds.append(milliseconds, to: &bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            let date = try Date(text, strategy: style)
            #expect(Int64((date.timeIntervalSince1970 * 1000).rounded()) == milliseconds, "\(text)")
            #expect(text.count == 24)
        }
    }

    @Test func answersAreReadWholeEvenWhenTheyArriveInPieces() {
        let answers = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: 14\r\n\r\n{\"accepted\":3}"
            + "HTTP/1.1 400 Bad Request\r\ncontent-length: 2\r\n\r\n{}"
        var parser = HTTPAnswerParser()
        var outcomes: [HTTPAnswerParser.Outcome] = []
        for byte in answers.utf8 {
            var piece = ByteBuffer(bytes: [byte])
            parser.append(&piece)
            let outcome = parser.parse()
            if outcome != .incomplete { outcomes.append(outcome) }
        }
        #expect(outcomes == [.answer(status: 200, body: ByteBuffer(string: "{\"accepted\":3}")), .answer(status: 400, body: ByteBuffer(string: "{}"))])
        #expect(PostingHandler.accepted(in: ByteBuffer(string: "{\"accepted\":3}")) == 3)
        #expect(PostingHandler.accepted(in: ByteBuffer(string: "{\"error\":\"x\"}")) == nil)
    }

    @Test func anAnswerWithoutALengthIsMalformed() {
        var parser = HTTPAnswerParser()
        var bytes = ByteBuffer(string: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        parser.append(&bytes)
        #expect(parser.parse() == .malformed)
    }

    @Test func requestsCarryDistinctStampsAndTheirLength() {
        var request = PositionRequest(host: "127.0.0.1", token: "pt_x", fixesPerRequest: 2, firstMilliseconds: 1_764_000_000_000, stepMilliseconds: 64)
        var buffer = ByteBuffer()
        request.write(into: &buffer)
        let text = String(buffer: buffer)
        let parts = text.components(separatedBy: "\r\n\r\n")
        #expect(parts[0].hasPrefix("POST /v1/me/positions HTTP/1.1\r\n"))
        #expect(parts[0].contains("Authorization: Bearer pt_x"))
        #expect(parts[0].hasSuffix("Content-Length: \(parts[1].utf8.count)"))
        let fixes = try? JSONSerialization.jsonObject(with: Data(parts[1].utf8)) as? [[String: Any]]
        #expect(fixes?.compactMap { $0["at"] as? String } == ["2025-11-24T16:00:00.000Z", "2025-11-24T16:00:00.064Z"])
    }
}
