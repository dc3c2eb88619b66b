import PunctualCore
/// The body of an OSRM `/table` answer: `code` is `Ok` or an error code with a `message`; the
/// matrices are rows of sources × columns of destinations, in seconds and metres, with `null` where
/// no route exists.
struct OSRMTableResponse: Decodable {
    let code: String
    let message: String?
    let durations: [[Double?]]?
    let distances: [[Double?]]?
}
