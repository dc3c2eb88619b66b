import Foundation
import PunctualCore

/// Checks posted fixes, stores them through the group-commit writer and hands the rest (the
/// tracker's recompute, the responder) to the follow-up.
public struct PositionIntake: Sendable {
    public let writer: FixWriter
    public let followUp: FieldFollowUp
    /// Fixes outside it are stored flagged (`PositionFix.outsideArea`); nil flags none.
    public let area: ServiceArea?
    var tracker: Tracker { followUp.tracker }

    public init(writer: FixWriter, followUp: FieldFollowUp, area: ServiceArea? = nil) {
        self.writer = writer
        self.followUp = followUp
        self.area = area
    }

    /// Stores `fixes` (all of them or, if any is invalid, none) and returns how many were accepted.
    /// Duplicates and late fixes are accepted: the store keys fixes by instant and orders them by it.
    @discardableResult
    public func accept(_ fixes: [PositionFix], from technician: String, now: Date) async throws -> Int {
        try validate(fixes, now: now)
        var fixes = fixes
        if let area {
            for k in fixes.indices where !area.contains(fixes[k].location) { fixes[k].outsideArea = true }
        }
        try await writer.record(technician: technician, fixes: fixes)
        followUp.positionsRecorded(technician: technician, now: now)
        return fixes.count
    }

    /// Refuses an empty or oversized batch and names the first bad field.
    public func validate(_ fixes: [PositionFix], now: Date) throws(InvalidInput) {
        let policy = tracker.policy
        guard !fixes.isEmpty else { throw InvalidInput(field: "fixes", detail: "send at least one fix") }
        guard fixes.count <= policy.maxFixesPerRequest else {
            throw InvalidInput(field: "fixes", detail: "\(fixes.count) fixes in one request; send at most \(policy.maxFixesPerRequest)")
        }
        for (index, fix) in fixes.enumerated() {
            let prefix = fixes.count == 1 ? "" : "[\(index)]."
            if !GeoPoint.isValidLatitude(fix.location.latitude) {
                throw InvalidInput(field: "\(prefix)lat", detail: "latitude \(fix.location.latitude) is not between -90 and 90")
            }
            if !GeoPoint.isValidLongitude(fix.location.longitude) {
                throw InvalidInput(field: "\(prefix)lon", detail: "longitude \(fix.location.longitude) is not between -180 and 180")
            }
            if fix.at.timeIntervalSince(now) > policy.maxFutureSkew {
                throw InvalidInput(field: "\(prefix)at", detail: "the fix is stamped \(Int(fix.at.timeIntervalSince(now))) s in the future; check the phone's clock")
            }
            if let accuracy = fix.accuracyMetres, !(accuracy >= 0 && accuracy.isFinite) {
                throw InvalidInput(field: "\(prefix)accuracy_m", detail: "accuracy \(accuracy) must be a non-negative number of metres")
            }
            if let speed = fix.speedMetresPerSecond, !(speed >= 0 && speed.isFinite) {
                throw InvalidInput(field: "\(prefix)speed_mps", detail: "speed \(speed) must be a non-negative number of metres per second")
            }
            if let heading = fix.heading, !(heading >= 0 && heading < 360) {
                throw InvalidInput(field: "\(prefix)heading", detail: "heading \(heading) must be in [0, 360) degrees")
            }
        }
    }
}
