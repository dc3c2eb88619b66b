/// How much it matters that a job is served today; sets the price of leaving it unassigned.
public enum Priority: String, Codable, CaseIterable, Comparable, Sendable {
    case emergency, high, normal, low

    /// Higher is more urgent; used to order and to weigh unassigned penalties.
    public var rank: Int {
        switch self {
        case .emergency: 3
        case .high: 2
        case .normal: 1
        case .low: 0
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
