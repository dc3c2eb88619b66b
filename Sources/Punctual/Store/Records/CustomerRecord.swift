import GRDB

struct CustomerRecord: StoreRecord {
    static let databaseTableName = "customer"
    var id: Int64?
    var name: String
    var phone: String
    var email: String?
    var notify: NotifyChannel

    enum CodingKeys: String, CodingKey {
        case id, name, phone, email, notify
    }

    init(_ customer: Customer) {
        id = customer.id
        name = customer.name
        phone = customer.phone
        email = customer.email
        notify = customer.notify
    }

    var customer: Customer { Customer(id: id, name: name, phone: phone, email: email, notify: notify) }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
