/// Why a job was left out, from the most to the least fundamental cause.
public enum UnassignedReason: String, Sendable, Hashable, Codable {
    /// No vehicle has every required skill (or the pinned vehicle lacks one).
    case noTechnicianWithSkills
    /// Every vehicle with the skills has too little stock of some part for this job alone.
    case partsExceedEveryVan
    /// No suitable vehicle can reach the job inside a window and still end its shift in time,
    /// even with nothing else to do.
    case windowUnreachable
    /// The job fits some vehicle on its own, but not beside the jobs that were preferred.
    case noRoom
}
