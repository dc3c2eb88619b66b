import GRDB
import PunctualCore

extension Store {
    /// Sets the job's status (completed, failed, cancelled, …) as the field or the dispatcher reports it.
    public func updateJobStatus(jobID: String, to status: JobStatus) throws {
        try writer.write { db in
            guard try JobRecord.filter(key: jobID).updateAll(db, [JobRecord.Columns.status.set(to: status.rawValue)]) == 1 else {
                throw BookingError.unknownJob(jobID)
            }
        }
    }
}
