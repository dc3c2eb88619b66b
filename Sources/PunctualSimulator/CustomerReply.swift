import Foundation

/// A text a simulated customer will send, once the simulated clock reaches `at`.
struct CustomerReply: Sendable, Hashable {
    var at: Date
    var phone: String
    var body: String
}
