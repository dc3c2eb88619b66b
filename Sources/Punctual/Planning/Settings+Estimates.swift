import Foundation
import PunctualCore

extension Settings {
    /// The embedded travel-time estimate with the business's speed, circuity and per-trip time.
    public var greatCircleTravelTimes: GreatCircleTravelTimes {
        GreatCircleTravelTimes(circuity: number(.travelCircuity), speedKilometresPerHour: number(.travelSpeed),
                               perTripSeconds: Int(number(.travelPerTripSeconds)))
    }

    /// How travel and job durations spread around their expectations, for on-time probabilities.
    public var arrivalSpread: ArrivalSpread {
        ArrivalSpread(serviceCV: number(.serviceSpread), travelCV: number(.travelSpread))
    }
}
