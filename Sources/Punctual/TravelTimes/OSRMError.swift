import Curl
import PunctualCore

/// Why an OSRM-compatible service gave no usable travel matrix. Point indices are positions in the
/// list the caller asked about.
public enum OSRMError: Error, CustomStringConvertible, Equatable {
    /// No complete answer: the service is down, unreachable, too slow, or the TLS setup is wrong.
    case transport(CurlError)
    /// An HTTP error status whose body was not an OSRM error.
    case httpStatus(Int, body: String)
    /// The service answered with a `code` other than `Ok` (e.g. `InvalidQuery`, `TooBig`).
    case refused(code: String, message: String, status: Int)
    /// The service found no route between two points (it returned `null` for the pair).
    case noRoute(from: Int, to: Int, annotation: String)
    /// The body is not the JSON of an OSRM table answer.
    case malformedResponse(String)
    /// A matrix in the answer does not have the shape that was asked for.
    case wrongSize(annotation: String, expected: String, received: String)

    public var description: String {
        switch self {
        case .transport(let error):
            "\(error)"
        case .httpStatus(let status, let body):
            "the table request got HTTP \(status)" + (body.isEmpty ? "" : ": \(body)")
        case .refused(let code, let message, let status):
            "the service refused the table request (HTTP \(status), code \(code))" + (message.isEmpty ? "" : ": \(message)")
        case .noRoute(let from, let to, let annotation):
            "the service has no route from point \(from) to point \(to) (null \(annotation)); "
                + "check that both lie on the road network it was built for"
        case .malformedResponse(let detail):
            "the table answer is not OSRM table JSON: \(detail)"
        case .wrongSize(let annotation, let expected, let received):
            "the table answer's \(annotation) are \(received) where \(expected) were asked for"
        }
    }
}
