import Foundation
import PunctualTestSupport
@testable import Punctual
@testable import PunctualCore

extension TrackingFixtures {
    /// The forecasts of `day` at `now`, straight from the tracker's internal models.
    static func forecasts(_ day: TechnicianDay, now: Date, history: [ServiceObservation] = [],
                          policy: TrackingPolicy = TrackingPolicy()) throws -> [VisitForecast] {
        let model = ServiceTimeModel(history: history, policy: policy)
        let route = try RemainingRouteProblem(day: day, now: now, calendar: calendar, travelTimes: GreatCircleTravelTimes(),
                                              model: model, policy: policy)
        return ArrivalRiskModel(policy: policy).forecasts(for: route, technician: "T01", model: model)
    }
}
