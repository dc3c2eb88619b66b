import Punctual
import PunctualCore
/// The ids already in the store, which an import may refer to or update.
public struct ImportSnapshot: Sendable {
    public var partIDs: Set<String>
    public var technicianIDs: Set<String>
    public var jobIDs: Set<String>

    public init(partIDs: Set<String> = [], technicianIDs: Set<String> = [], jobIDs: Set<String> = []) {
        self.partIDs = partIDs
        self.technicianIDs = technicianIDs
        self.jobIDs = jobIDs
    }
}
