/// A person the business serves. Identified by phone, because that is how an inbound text finds them.
public struct Customer: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    /// E.164, unique among customers.
    public var phone: String
    public var email: String?
    public var notify: NotifyChannel

    public init(id: Int64? = nil, name: String, phone: String, email: String? = nil, notify: NotifyChannel) {
        self.id = id
        self.name = name
        self.phone = phone
        self.email = email
        self.notify = notify
    }
}
