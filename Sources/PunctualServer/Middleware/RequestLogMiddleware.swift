import Foundation
import Punctual
import PunctualCore
import Hummingbird
import Logging

/// Logs each request (at debug when it succeeded, so a busy server's log stays readable) and
/// records it in the metrics, by route template rather than raw path so job ids do not explode the
/// series.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: APIMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let began = ContinuousClock.now
        let response = try await next(request, context)
        let seconds = (ContinuousClock.now - began).timeInterval
        let route = context.endpointPath ?? "unmatched"
        metrics.record(method: request.method.rawValue, route: route, status: response.status.code, seconds: seconds)
        let level: Logger.Level = response.status.code < 400 ? .debug : .info
        context.logger.log(level: level, "request", metadata: [
            "method": "\(request.method)", "path": "\(LoggedPath.of(request.uri.path))", "status": "\(response.status.code)",
            "ms": "\((seconds * 1000).formatted(.number.precision(.fractionLength(2))))",
        ])
        return response
    }
}
