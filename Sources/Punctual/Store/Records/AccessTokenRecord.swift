import Foundation
import GRDB
import PunctualCore

struct AccessTokenRecord: StoreRecord {
    static let databaseTableName = "access_token"
    /// SHA-256 of the token, hex; the token itself is never stored.
    var tokenHash: String
    /// `technician` or `dispatcher`.
    var role: String
    var technicianId: String?
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case tokenHash = "token_hash", role, technicianId = "technician_id", createdAt = "created_at"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let technicianId = Column(CodingKeys.technicianId)
    }

    var caller: Caller? { Self.caller(role: role, technicianID: technicianId) }

    /// Who a token of `role` (and `technicianID`) lets in; nil for a role this version does not know.
    static func caller(role: String, technicianID: String?) -> Caller? {
        switch role {
        case "dispatcher": .dispatcher
        case "technician": technicianID.map(Caller.technician)
        default: nil
        }
    }
}
