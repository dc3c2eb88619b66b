import Foundation
import PunctualCore

/// How much longer (or shorter) trips really take than the travel-time estimate, learned from the
/// trips technicians reported: a log-scale factor for each part of the day (the morning rush,
/// midday, the evening rush, early and late), shrunk towards the whole day's factor, which is
/// itself shrunk towards none, each as if `travelPriorWeight` trips had taken exactly the estimate.
///
/// Without it every forecast leg is centred on the estimate, and when the roads are slower than
/// the estimate every visit ahead looks safer than it is.
public struct TravelTimeModel: Sendable {
    /// Hours (local, from midnight) where each part of the day begins.
    static let bandStarts = [0, 7, 9, 16, 18]

    /// Log-scale factor per band, and for the whole day.
    public private(set) var bandFactors: [Double]
    public private(set) var dayFactor: Double

    /// No history: the estimate as it is.
    public static let neutral = TravelTimeModel(bandFactors: Array(repeating: 0, count: bandStarts.count), dayFactor: 0)

    private init(bandFactors: [Double], dayFactor: Double) {
        self.bandFactors = bandFactors
        self.dayFactor = dayFactor
    }

    /// - Parameters:
    ///   - estimate: the travel-time estimate of a trip, seconds (the tracker's provider).
    ///   - secondsOfDay: local seconds after midnight of an instant.
    public init(history: [TripObservation], policy: TrackingPolicy, estimate: (GeoPoint, GeoPoint) -> Int?,
                secondsOfDay: (Date) -> Int) {
        var logs: [(band: Int, value: Double)] = []
        for trip in history {
            // Short hops say more about parking than about roads.
            guard let planned = estimate(trip.origin, trip.destination), planned >= 180, trip.actualSeconds > 0 else { continue }
            let ratio = Double(trip.actualSeconds) / Double(planned)
            guard (0.2...5).contains(ratio) else { continue }
            logs.append((Self.band(secondsOfDay: secondsOfDay(trip.departedAt)), log(ratio)))
        }
        let k = policy.travelPriorWeight
        let day = logs.reduce(0) { $0 + $1.value } / (Double(logs.count) + k)
        var bands = [Double](repeating: day, count: Self.bandStarts.count)
        for b in bands.indices {
            let inBand = logs.filter { $0.band == b }.map(\.value)
            bands[b] = (inBand.reduce(0, +) + k * day) / (Double(inBand.count) + k)
        }
        self.init(bandFactors: bands, dayFactor: day)
    }

    /// The model of trips placed in the day by the business's local time.
    public init(history: [TripObservation], policy: TrackingPolicy, calendar: BusinessCalendar, estimate: (GeoPoint, GeoPoint) -> Int?) {
        self.init(history: history, policy: policy, estimate: estimate, secondsOfDay: { calendar.local($0).time.minutes * 60 })
    }

    /// The part of the day `secondsOfDay` falls in.
    static func band(secondsOfDay: Int) -> Int {
        let hour = (secondsOfDay / 3600) % 24
        return (bandStarts.lastIndex { $0 <= hour }) ?? 0
    }

    /// Real ÷ estimated travel for a trip setting off `secondsOfDay` after local midnight (the median).
    public func factor(secondsOfDay: Int) -> Double { exp(bandFactors[Self.band(secondsOfDay: max(0, secondsOfDay))]) }
}
