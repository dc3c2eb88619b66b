import Logging
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client is too slow to send its request: the headers must be whole
/// `headerTimeout` after the connection opens (or after the previous answer, beyond the idle time a
/// kept-alive connection may wait), and the body `bodyTimeout` after the headers. The idle timeout
/// alone does not do it: a client that sends a byte every few seconds is never idle.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limits: ServerLimits
    private let logger: Logger
    private var deadline: Scheduled<Void>?

    init(limits: ServerLimits, logger: Logger) {
        self.limits = limits
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        arm(context, after: limits.headerTimeout, waitingFor: "headers")
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: arm(context, after: limits.bodyTimeout, waitingFor: "body")
        case .body: break
        case .end:
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            arm(context, after: limits.idleTimeout + limits.headerTimeout, waitingFor: "the next request's headers")
        }
        context.write(data, promise: promise)
    }

    private func arm(_ context: ChannelHandlerContext, after delay: Duration, waitingFor what: String) {
        deadline?.cancel()
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        let logger = logger
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: delay.timeAmount) {
            logger.info("closing a slow connection", metadata: ["waiting for": "\(what)", "after": "\(delay)"])
            bound.value.close(promise: nil)
        }
    }
}
