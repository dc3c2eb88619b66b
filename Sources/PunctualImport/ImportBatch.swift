import Punctual
import PunctualCore
/// Validated rows ready to be written together by `Store.apply(_:)`.
public struct ImportBatch: Sendable {
    /// One line of van stock.
    public struct StockEntry: Sendable, Hashable {
        public var technicianID: String
        public var part: PartQuantity
    }

    /// A job with the customer it belongs to; the customer's id is settled when written.
    public struct JobEntry: Sendable, Hashable {
        public var customer: Customer
        public var job: Job
    }

    public var parts: [Part] = []
    public var technicians: [Technician] = []
    public var stock: [StockEntry] = []
    public var jobs: [JobEntry] = []

    public init() {}
}
