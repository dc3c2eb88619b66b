import Foundation

/// What a customer message asserts, beside its words, so that a thread can be checked by a program:
/// the promise it speaks of, the arrival it announces, who is coming, the choices it offers, and
/// the earlier notice it replaces.
public struct MessageFacts: Sendable, Hashable, Codable {
    /// The promised window in force when the message was written.
    public var promisedWindow: DateInterval?
    /// The arrival range announced (on my way, running late).
    public var arrival: DateInterval?
    /// The technician named.
    public var technician: String?
    /// The windows offered, numbered from 1 in this order.
    public var choices: [DateInterval]
    /// `job:kind:version` of the earlier notice this one supersedes, if any.
    public var replaces: String?

    public init(promisedWindow: DateInterval? = nil, arrival: DateInterval? = nil, technician: String? = nil,
                choices: [DateInterval] = [], replaces: String? = nil) {
        self.promisedWindow = promisedWindow
        self.arrival = arrival
        self.technician = technician
        self.choices = choices
        self.replaces = replaces
    }

    enum CodingKeys: String, CodingKey {
        case promisedWindow = "promised_window", arrival, technician, choices, replaces
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        promisedWindow = try container.decodeIfPresent(DateInterval.self, forKey: .promisedWindow)
        arrival = try container.decodeIfPresent(DateInterval.self, forKey: .arrival)
        technician = try container.decodeIfPresent(String.self, forKey: .technician)
        choices = try container.decodeIfPresent([DateInterval].self, forKey: .choices) ?? []
        replaces = try container.decodeIfPresent(String.self, forKey: .replaces)
    }
}
