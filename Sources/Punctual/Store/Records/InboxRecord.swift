import Foundation
import GRDB
import PunctualCore

struct InboxRecord: StoreRecord {
    static let databaseTableName = "inbox"
    var id: Int64?
    var source: InboxItem.Source
    var customerId: Int64?
    var jobId: String?
    var sender: String
    var body: String
    var action: String?
    var handled: Bool
    var receivedAt: Date
    /// The SMS provider's id of an inbound text (`MessageSid`), when it came by webhook.
    var providerMessageId: String? = nil

    enum CodingKeys: String, CodingKey {
        case id, source, customerId = "customer_id", jobId = "job_id", sender, body, action, handled,
            receivedAt = "received_at", providerMessageId = "provider_message_id"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let action = Column(CodingKeys.action)
        static let handled = Column(CodingKeys.handled)
        static let id = Column(CodingKeys.id)
        static let jobId = Column(CodingKeys.jobId)
        static let providerMessageId = Column(CodingKeys.providerMessageId)
    }

    var item: InboxItem {
        InboxItem(id: id!, source: source, customerID: customerId, jobID: jobId, sender: sender, body: body,
                  action: action, handled: handled, receivedAt: receivedAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
