import Foundation

/// What was knowable during a simulated day: the true-means projection of every visit still
/// ahead, since when it has shown each visit late, and what it showed when a warning went out.
struct OracleLog {
    /// The latest projected arrival of each visit still ahead.
    var projected: [String: Date] = [:]
    /// Since when the projection has shown each visit late without a break.
    var lateSince: [String: Date] = [:]
    /// The projected arrival when the visit's first warning was sent (`distantFuture`: no route held it).
    var atWarning: [String: Date] = [:]
}
