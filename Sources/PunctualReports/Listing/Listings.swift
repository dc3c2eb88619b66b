import Punctual
import PunctualCore
/// The listings the CLI prints and the API will serve, read from the store in one place.
public enum Listings {
    public static func technicians(_ store: Store) throws -> [TechnicianListing] {
        try store.technicians().map(TechnicianListing.init)
    }

    /// Jobs in id order, only those of `date` when given.
    public static func jobs(_ store: Store, on date: LocalDate? = nil) throws -> [JobListing] {
        let calendar = try store.requireProfile().calendar
        let customers = Dictionary(uniqueKeysWithValues: try store.customers().map { ($0.id!, $0) })
        return try store.jobs(on: date).map { job in
            JobListing(job, customer: customers[job.customerID]!, calendar: calendar)
        }
    }
}
