/// Input a service refused because a field's value is wrong: the API answers 400 with `field`.
public struct InvalidInput: Error, CustomStringConvertible, Equatable {
    /// Where the value was, e.g. `fixes[2].lat`.
    public var field: String
    /// What is wrong with it and what is expected.
    public var detail: String

    public init(field: String, detail: String) {
        self.field = field
        self.detail = detail
    }

    public var description: String { "\(field): \(detail)" }
}
