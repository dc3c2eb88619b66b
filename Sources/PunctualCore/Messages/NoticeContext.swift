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
    /// The catalogue's name of each part id, so a customer reads "Flapper valve", not `flapper-valve`.
    public var partNames: [String: String]
    /// The customer's page for this job (`web.base_url` + `/track/` + its token); nil when the
    /// business has set no address for its pages.
    public var trackingLink: String?

    public init(job: Job, customer: Customer, business: BusinessProfile, settings: Settings,
                promiseVersion: Int, previous: [Message], partNames: [String: String] = [:], trackingLink: String? = nil) {
        self.job = job
        self.customer = customer
        self.business = business
        self.settings = settings
        self.promiseVersion = promiseVersion
        self.previous = previous
        self.partNames = partNames
        self.trackingLink = trackingLink
    }
}
