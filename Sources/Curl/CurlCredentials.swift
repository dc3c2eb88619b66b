/// A user name and password, sent as HTTP basic authentication or as an SMTP login.
public struct CurlCredentials: Sendable, Equatable {
    public var user: String
    public var password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }
}
