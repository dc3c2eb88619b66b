import Punctual
import PunctualCore
/// What the rows of an import can refer to: the ids already stored plus those earlier rows (or
/// earlier files of the same import) bring, and the ids each file has already used.
struct ImportContext {
    var snapshot: ImportSnapshot
    let calendar: BusinessCalendar
    /// Customer name per phone as first seen in this import, with the line that gave it.
    var customerNameByPhone: [String: (name: String, file: String, line: Int)] = [:]
    /// Days added to every job's date (`import --on`): the jobs, their promised windows and the
    /// customers' availability move together, since the latter two are local times of that date.
    var jobDateShift = 0
    /// The business's country calling code: phone numbers may be written the national way.
    var callingCode: String?

    init(snapshot: ImportSnapshot, calendar: BusinessCalendar) {
        self.snapshot = snapshot
        self.calendar = calendar
    }
}
