import Hummingbird
import Punctual
import PunctualCore

/// The request context of the API: Hummingbird's core storage plus the caller that the
/// authentication middleware established.
public struct APIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthMiddleware` on the routes that require a token.
    public var caller: Caller?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Bodies above this size are refused with 413: a batch of 1000 fixes is about 120 KiB.
    public var maxUploadSize: Int { 256 * 1024 }

    /// The technician calling; only reached behind `AuthMiddleware(.technician)`.
    func technicianID() throws -> String {
        guard let id = caller?.technicianID else { throw APIError(.forbidden, "forbidden", detail: "this endpoint is for technicians") }
        return id
    }
}
