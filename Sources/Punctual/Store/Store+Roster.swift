import Foundation
import GRDB
import PunctualCore

/// Who works on a date and when: the technicians' usual shifts, one day's changes to them
/// (absences, other hours), and the date a technician stops working.
extension Store {
    /// The technicians working on `date`, with that date's shift and break, in id order: the
    /// deactivated and the absent all day are left out.
    public func technicians(on date: LocalDate) throws -> [Technician] {
        try writer.read { db in try Self.fetchTechnicians(db, on: date) }
    }

    static func fetchTechnicians(_ db: Database, on date: LocalDate) throws -> [Technician] {
        let changes = try dayChanges(db, on: date)
        return try fetchTechnicians(db, where: { $0.works(on: date) }).compactMap { technician in
            changes[technician.id].map { $0.apply(to: technician) } ?? technician
        }
    }

    /// The changes recorded for `date`, by technician.
    static func dayChanges(_ db: Database, on date: LocalDate) throws -> [String: TechnicianDayChange] {
        Dictionary(uniqueKeysWithValues: try TechnicianDayRecord.filter(TechnicianDayRecord.Columns.date == date.description)
            .fetchAll(db).map { ($0.technicianId, $0.change) })
    }

    /// `technician`'s recorded change for `date`, if any.
    public func dayChange(technician: String, on date: LocalDate) throws -> TechnicianDayChange? {
        try writer.read { db in try Self.dayChanges(db, on: date)[technician] }
    }

    /// The dates on and after `date` with a change recorded for `technician`, and what it is.
    public func dayChanges(technician: String) throws -> [TechnicianDayChange] {
        try writer.read { db in
            try TechnicianDayRecord.filter(TechnicianDayRecord.Columns.technicianId == technician)
                .order(TechnicianDayRecord.Columns.date).fetchAll(db).map(\.change)
        }
    }

    /// Stores `change` (replacing that technician's change for that date) with its audit entry.
    public func saveDayChange(_ change: TechnicianDayChange, audit: AuditEntry) throws {
        try writer.write { db in
            var record = TechnicianDayRecord(change)
            try record.save(db)
            try Self.recordAudit(db, audit)
        }
    }

    /// Adds a technician who was not known, with their van's stock, and its audit entry.
    public func addTechnician(_ technician: Technician, audit: AuditEntry) throws {
        try writer.write { db in
            guard try !TechnicianRecord.exists(db, key: technician.id) else { throw RosterError.technicianExists(technician.id) }
            var record = TechnicianRecord(technician)
            try record.insert(db)
            for item in technician.stock {
                var stock = VanStockRecord(technicianId: technician.id, partId: item.part, quantity: item.quantity)
                try stock.insert(db)
            }
            try Self.recordAudit(db, audit)
        }
    }

    /// From `date` on, `technician` works no more (their earlier days stay as they were).
    public func deactivateTechnician(_ technician: String, from date: LocalDate, audit: AuditEntry) throws {
        try writer.write { db in
            guard try TechnicianRecord.filter(key: technician)
                .updateAll(db, TechnicianRecord.Columns.inactiveFrom.set(to: date.description)) == 1 else {
                throw RosterError.unknownTechnician(technician)
            }
            try Self.recordAudit(db, audit)
        }
    }

    /// The technician as recorded, whatever the date; nil when unknown.
    public func technician(_ id: String) throws -> Technician? {
        try writer.read { db in try Self.fetchTechnicians(db, ids: [id]).first }
    }

    /// The first date `technician` no longer works, if deactivated.
    public func inactiveFrom(technician: String) throws -> LocalDate? {
        try writer.read { db in
            try TechnicianRecord.fetchOne(db, key: technician)?.inactiveFrom.flatMap(LocalDate.init(parsing:))
        }
    }

    /// The dates from `date` on that have a published plan: the days a roster change can disturb.
    public func publishedDates(from date: LocalDate) throws -> [LocalDate] {
        try writer.read { db in
            try String.fetchAll(db, PlanRecord.filter(PlanRecord.Columns.state == Plan.State.published.rawValue
                && PlanRecord.Columns.date >= date.description).select(PlanRecord.Columns.date).order(PlanRecord.Columns.date))
                .compactMap(LocalDate.init(parsing:))
        }
    }
}
