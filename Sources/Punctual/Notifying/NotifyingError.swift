import PunctualCore
/// Why a notice or a reply could not be handled, for the dispatcher or the log.
public enum NotifyingError: Error, CustomStringConvertible, Equatable {
    case unknownCustomer(Int64)
    case noPromisedWindow(job: String)
    case noSuchChoice(number: Int)

    public var description: String {
        switch self {
        case .unknownCustomer(let id): "no customer has id \(id)"
        case .noPromisedWindow(let job): "job \(job) has no promised window to announce"
        case .noSuchChoice(let number): "no rebook choice numbered \(number) is open for this customer"
        }
    }
}
