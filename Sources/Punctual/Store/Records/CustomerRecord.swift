import GRDB
import PunctualCore

package struct CustomerRecord: StoreRecord {
    package static let databaseTableName = "customer"
    package var id: Int64?
    package var name: String
    package var phone: String
    package var email: String?
    package var notify: NotifyChannel

    enum CodingKeys: String, CodingKey {
        case id, name, phone, email, notify
    }

    /// The columns the store's queries name, typed from the coding keys.
    package enum Columns {
        package static let id = Column(CodingKeys.id)
        package static let phone = Column(CodingKeys.phone)
    }

    package init(_ customer: Customer) {
        id = customer.id
        name = customer.name
        phone = customer.phone
        email = customer.email
        notify = customer.notify
    }

    package var customer: Customer { Customer(id: id, name: name, phone: phone, email: email, notify: notify) }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
