import Foundation
import GRDB
import PunctualCore

/// Access tokens and GPS fixes.
extension Store {
    // MARK: Access tokens

    /// Records a token by its digest for `caller`. The raw token never reaches the database.
    public func saveAccessToken(hash: String, for caller: Caller, at now: Date) throws {
        try writer.write { db in
            if let technician = caller.technicianID, try !TechnicianRecord.exists(db, key: technician) {
                throw TrackingStoreError.unknownTechnician(technician)
            }
            var record = AccessTokenRecord(tokenHash: hash, role: caller.technicianID == nil ? "dispatcher" : "technician",
                                           technicianId: caller.technicianID, createdAt: now)
            try record.insert(db)
        }
    }

    /// Deletes every token of `technician`; returns how many there were.
    @discardableResult
    public func revokeAccessTokens(technician: String) throws -> Int {
        try writer.write { db in
            if try !TechnicianRecord.exists(db, key: technician) { throw TrackingStoreError.unknownTechnician(technician) }
            return try AccessTokenRecord.filter(AccessTokenRecord.Columns.technicianId == technician).deleteAll(db)
        }
    }

    /// Who holds the token with this digest, if anyone. Asked on every authenticated request, so
    /// one prepared primary-key lookup outside any transaction (a single statement reads one
    /// consistent state of the database on its own): it sees every commit made before it, from this
    /// process or another.
    public func caller(tokenHash: String) throws -> Caller? {
        try writer.unsafeRead { db in
            let statement = try db.cachedStatement(sql: "SELECT role, technician_id FROM access_token WHERE token_hash = ?")
            guard let row = try Row.fetchOne(statement, arguments: [tokenHash]) else { return nil }
            return AccessTokenRecord.caller(role: row[0], technicianID: row[1])
        }
    }

    // MARK: Position fixes

    /// Stores fixes for several technicians in one transaction (the group commit of many requests).
    /// A fix already stored for the same technician and instant is left as it was.
    /// - Returns: how many fixes were new.
    @discardableResult
    public func recordFixes(_ batches: [(technicianID: String, fixes: [PositionFix])], receivedAt: Date) throws -> Int {
        try writer.write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO position_fix (technician_id, at, lat, lon, accuracy_m, speed_mps, heading, received_at, outside_area)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var inserted = 0
            // Dates as GRDB stores them, written without its shared DateFormatter (StoredDate).
            let received = StoredDate.databaseValue(receivedAt)
            for batch in batches {
                let technician = batch.technicianID.databaseValue
                for fix in batch.fixes {
                    statement.setUncheckedArguments([technician, StoredDate.databaseValue(fix.at), fix.location.latitude.databaseValue,
                                                     fix.location.longitude.databaseValue, fix.accuracyMetres.databaseValue,
                                                     fix.speedMetresPerSecond.databaseValue, fix.heading.databaseValue, received,
                                                     fix.outsideArea.databaseValue])
                    try statement.execute()
                    inserted += db.changesCount
                }
            }
            return inserted
        }
    }

    /// The technician's fixes in `at` order (whatever order they arrived in), within `interval` if given.
    public func fixes(technician: String, in interval: DateInterval? = nil) throws -> [PositionFix] {
        try writer.read { db in
            var request = PositionFixRecord.filter(PositionFixRecord.Columns.technicianId == technician)
            if let interval { request = request.filter(PositionFixRecord.Columns.at >= interval.start && PositionFixRecord.Columns.at <= interval.end) }
            return try request.order(PositionFixRecord.Columns.at).fetchAll(db).map(\.fix)
        }
    }

    /// How many fixes are stored, for the load benchmark's count of accepted against stored.
    public func fixCount() throws -> Int {
        try writer.read { db in try PositionFixRecord.fetchCount(db) }
    }
}
