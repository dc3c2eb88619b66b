import Foundation

/// An appointment as a customer's calendar should hold it: the promised window, where, and who.
///
/// `uid` stays the same for the life of a job and `sequence` grows with each change, so a moved
/// window updates the entry the customer already has instead of adding a second one (RFC 5545 §3.8.7.4).
public struct CalendarEvent: Sendable, Equatable {
    public var uid: String
    public var sequence: Int
    public var start: Date
    public var end: Date
    public var summary: String
    public var location: String
    public var description: String
    public var organizerName: String
    /// When this version of the event was written (DTSTAMP).
    public var stamp: Date
    public var cancelled: Bool

    public init(uid: String, sequence: Int, start: Date, end: Date, summary: String, location: String,
                description: String, organizerName: String, stamp: Date, cancelled: Bool = false) {
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.organizerName = organizerName
        self.stamp = stamp
        self.cancelled = cancelled
    }
}
