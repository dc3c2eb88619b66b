/// Why a `Problem` could not be built; the text names the offending item and what to fix.
public enum ProblemError: Error, Sendable, Equatable, CustomStringConvertible {
    case matrixSizeMismatch(expected: Int, durations: Int, distances: Int?)
    case locationOutOfRange(what: String, location: Int, locationCount: Int)
    case negativeValue(what: String, value: Int)
    case invalidWindow(what: String, window: TimeWindow)
    case vehicleOutOfRange(job: Int, vehicle: Int)
    case invalidFixedPrefix(vehicle: Int, job: Int)

    public var description: String {
        switch self {
        case let .matrixSizeMismatch(expected, durations, distances):
            return "travel matrices must be square and flat (\(expected) entries); durations has \(durations)"
                + (distances.map { ", distances has \($0)" } ?? "")
        case let .locationOutOfRange(what, location, count):
            return "\(what) refers to location \(location), but the matrices have only \(count) locations"
        case let .negativeValue(what, value):
            return "\(what) is \(value); it must be zero or more"
        case let .invalidWindow(what, w):
            return "\(what) has window [\(w.start), \(w.end)] whose end is before its start"
        case let .vehicleOutOfRange(job, vehicle):
            return "job \(job) is pinned to vehicle \(vehicle), which does not exist"
        case let .invalidFixedPrefix(vehicle, job):
            return "vehicle \(vehicle)'s fixed prefix names job \(job), which does not exist or is fixed twice"
        }
    }
}
