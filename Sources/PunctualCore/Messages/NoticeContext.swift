import Foundation

/// Everything the policy needs to word a notice about one job, read in the transaction that will
/// queue it.
public struct NoticeContext: Sendable {
    public var job: Job
    public var customer: Customer
    public var business: BusinessProfile
    public var settings: Settings
    /// How many times a window has been promised for the job (1 after the first booking).
    public var promiseVersion: Int
    /// The job's earlier outbox rows, oldest first.
    public var previous: [Message]

    public init(job: Job, customer: Customer, business: BusinessProfile, settings: Settings,
                promiseVersion: Int, previous: [Message]) {
        self.job = job
        self.customer = customer
        self.business = business
        self.settings = settings
        self.promiseVersion = promiseVersion
        self.previous = previous
    }
}
