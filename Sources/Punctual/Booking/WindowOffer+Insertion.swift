import Foundation
import struct Routing.Insertion
import struct Routing.Problem
import PunctualCore

extension WindowOffer {
    /// The offer an insertion amounts to: who, the added driving, the arrival, and the chance of
    /// arriving by the window's end (or, without a window, within the insertion's slack) given the
    /// spread of every trip and job before it on the route (each job type's learned spread, overruns
    /// and all) and the trip to it.
    ///
    /// - Parameters:
    ///   - route: the vehicle's job list the insertion goes into (problem indices).
    ///   - location: matrix index of the job's place.
    init(job: Job, window: DateInterval?, insertion: Insertion, route: [Int], location: Int, model: DayModel,
         problem: Problem, spread: ArrivalSpread) {
        var accumulator = ArrivalSpread.Accumulator()
        var at = problem.vehicles[insertion.vehicle].startLocation
        for k in route.prefix(insertion.position) {
            spread.addTravel(problem.duration(from: at, to: problem.jobs[k].location), to: &accumulator)
            spread.addService(problem.jobs[k].serviceDuration, cv: model.serviceCV(ofJob: k), to: &accumulator)
            at = problem.jobs[k].location
        }
        spread.addTravel(problem.duration(from: at, to: location), to: &accumulator)
        let deadline = window.map { model.seconds($0.end) } ?? (insertion.arrival + insertion.slack)
        let margin = min(deadline - insertion.arrival, insertion.slack)
        let technician = model.technicians[insertion.vehicle]
        let arrival = model.instant(insertion.arrival)
        self.init(
            jobID: job.id, date: model.snapshot.date, window: window ?? DateInterval(start: arrival, duration: 0),
            technicianID: technician.id, technicianName: technician.name, addedTravelSeconds: insertion.addedTravel,
            plannedArrival: max(arrival, window?.start ?? arrival),
            onTimeProbability: ArrivalSpread.onTimeProbability(marginSeconds: margin,
                                                               standardDeviation: spread.standardDeviation(accumulator)))
    }
}
