/// A messaging setting that cannot work as given.
public enum MessagingConfigurationError: Error, CustomStringConvertible, Equatable {
    case invalidURL(key: String, value: String)

    public var description: String {
        switch self {
        case .invalidURL(let key, let value): "setting \(key): '\(value)' is not a usable URL"
        }
    }
}
