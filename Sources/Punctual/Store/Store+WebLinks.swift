import Foundation
import GRDB
import PunctualCore

/// The links the web pages open with: a job's tracking link, and one-time sign-in links.
extension Store {
    // MARK: Tracking links

    /// The job's tracking token, made the first time a message needs it. Every later message
    /// about the job carries the same link, so a customer keeps one page however the visit moves.
    public func trackingToken(jobID: String, now: Date) throws -> String {
        try writer.write { db in try Self.trackingToken(db, jobID: jobID, now: now) }
    }

    static func trackingToken(_ db: Database, jobID: String, now: Date) throws -> String {
        if let token = try String.fetchOne(db, sql: "SELECT token FROM tracking_link WHERE job_id = ?", arguments: [jobID]) {
            return token
        }
        let token = Self.randomHex(bytes: 16)
        try db.execute(sql: "INSERT INTO tracking_link (token, job_id, created_at) VALUES (?, ?, ?)", arguments: [token, jobID, now])
        return token
    }

    /// The job a tracking token opens, if the token is known.
    public func jobID(trackingToken token: String) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT job_id FROM tracking_link WHERE token = ?", arguments: [token])
        }
    }

    // MARK: Sign-in links

    /// Records a one-time sign-in code by its digest, for `caller`, good until `expiresAt`.
    public func saveSignInLink(codeHash: String, for caller: Caller, now: Date, expiresAt: Date) throws {
        try writer.write { db in
            if let technician = caller.technicianID, try !TechnicianRecord.exists(db, key: technician) {
                throw TrackingStoreError.unknownTechnician(technician)
            }
            try db.execute(sql: """
                INSERT INTO sign_in_link (code_hash, role, technician_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [codeHash, caller.technicianID == nil ? "dispatcher" : "technician", caller.technicianID, now, expiresAt])
        }
    }

    /// Spends the sign-in code with this digest and, in the same transaction, stores the access
    /// token digest it is exchanged for. Nil (and nothing written) when the code is unknown,
    /// spent or expired.
    public func redeemSignInLink(codeHash: String, tokenHash: String, now: Date) throws -> Caller? {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT role, technician_id FROM sign_in_link WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
                """, arguments: [codeHash, now]) else { return nil }
            guard let caller = AccessTokenRecord.caller(role: row[0], technicianID: row[1]) else { return nil }
            try db.execute(sql: "UPDATE sign_in_link SET used_at = ? WHERE code_hash = ?", arguments: [now, codeHash])
            var record = AccessTokenRecord(tokenHash: tokenHash, role: row[0], technicianId: row[1], createdAt: now)
            try record.insert(db)
            return caller
        }
    }

    /// Deletes one access token (a session signing out).
    public func deleteAccessToken(hash: String) throws {
        try writer.write { db in _ = try AccessTokenRecord.deleteOne(db, key: hash) }
    }

    /// `bytes` random bytes in lowercase hex.
    static func randomHex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<(2 * bytes)).map { _ in digits[Int(generator.next() % 16)] })
    }
}
