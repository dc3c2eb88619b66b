import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that is not valid HTTP (a broken request line, a bad header) with the API's
/// JSON error, 400, before closing the connection: clients get the same `{error, detail}` as for
/// any other refusal, not an empty body. Only between requests, where no answer is under way; a
/// client hanging up (an unexpected end) is left to the server as before.
final class MalformedRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// A request has begun and its answer has not ended.
    private var inRequest = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { inRequest = true }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { inRequest = false }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parser = error as? HTTPParserError, parser != .invalidEOFState, !inRequest else {
            context.fireErrorCaught(error)
            return
        }
        let body = APIError.Body(error: "bad_request", field: nil, detail: "the request is not valid HTTP/1.1 (\(parser))")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = ByteBuffer(bytes: (try? encoder.encode(body)) ?? Data())
        let head = HTTPResponse(status: .badRequest, headerFields: [
            .contentType: "application/json", .contentLength: "\(bytes.readableBytes)", .connection: "close",
        ])
        inRequest = true  // nothing else is answered on this connection
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(bytes)), promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
    }
}
