import Foundation
import Punctual
import PunctualCore

/// Builds the `PlanReport` of a stored or fresh plan from the day it plans.
///
/// Everything is derived from the plan's instants and the jobs, not from a travel matrix, so a
/// stored plan reads the same later as when it was made.
public struct PlanReportBuilder {
    public let snapshot: DaySnapshot

    public init(snapshot: DaySnapshot) {
        self.snapshot = snapshot
    }

    public func report(_ plan: Plan) -> PlanReport {
        let calendar = snapshot.calendar
        let dayStart = snapshot.dayStart
        func at(_ date: Date) -> ReportInstant { ReportInstant(date, calendar: calendar, dayStart: dayStart) }
        let jobs = Dictionary(uniqueKeysWithValues: snapshot.jobs.map { ($0.id, $0) })
        let parts = Dictionary(uniqueKeysWithValues: snapshot.parts.map { ($0.id, $0.name) })
        let spread = snapshot.settings.arrivalSpread
        let atRisk = snapshot.settings.number(.atRiskLateProbability)
        let depot = snapshot.business.depot

        var routes: [RouteReport] = []
        var slacks: [Int] = []
        var promisesAtRisk = 0
        for technician in snapshot.technicians {
            let shift = calendar.interval(snapshot.date, technician.shift)
            let route = plan.routes.first { $0.technicianID == technician.id }
            let stops = plan.visits(of: technician.id)
            let breaks = route?.breaks ?? []
            var visits: [VisitReport] = []
            var accumulator = ArrivalSpread.Accumulator()
            var previousEnd = route?.departure ?? shift.start
            var work = 0
            for stop in stops {
                guard let job = jobs[stop.jobID] else { continue }
                let resting = breaks.filter { $0.start >= previousEnd && $0.end <= stop.plannedArrival }
                    .reduce(0.0) { $0 + $1.duration }
                let travel = max(0, Int(stop.plannedArrival.timeIntervalSince(previousEnd) - resting))
                spread.addTravel(travel, to: &accumulator)
                let window = Self.window(of: job, around: stop.plannedStart)
                let service = Int(stop.plannedEnd.timeIntervalSince(stop.plannedStart))
                var slack: Int?
                var probability: Double?
                if let window {
                    // Availability bounds the whole visit, a promise only the arrival.
                    let latestArrival = job.promisedWindow == nil ? window.end.addingTimeInterval(-Double(service)) : window.end
                    let margin = Int(latestArrival.timeIntervalSince(stop.plannedArrival))
                    slack = margin / 60
                    probability = ArrivalSpread.onTimeProbability(marginSeconds: margin,
                                                                  standardDeviation: spread.standardDeviation(accumulator))
                    slacks.append(margin / 60)
                    // A promise forced past the check is at risk whatever the slack says.
                    if job.promisedWindow != nil, 1 - probability! >= atRisk || job.forcedPromise { promisesAtRisk += 1 }
                }
                spread.addService(service, to: &accumulator)
                work += service
                visits.append(VisitReport(
                    sequence: stop.sequence, job: job.id, customer: customerName(job), address: job.address,
                    location: job.location, type: job.type, priority: job.priority, status: job.status,
                    travelMinutes: (travel + 30) / 60, arrival: at(stop.plannedArrival), start: at(stop.plannedStart),
                    end: at(stop.plannedEnd), windowStart: window.map { at($0.start) }, windowEnd: window.map { at($0.end) },
                    promised: job.promisedWindow != nil, slackMinutes: slack, onTimeProbability: probability))
                previousEnd = stop.plannedEnd
            }
            let checklist = (route?.checklist ?? []).map { item in
                ChecklistLine(part: item.part, name: parts[item.part] ?? item.part, needed: item.needed, inVan: item.inVan,
                              load: item.load, jobs: stops.filter { stop in
                                  jobs[stop.jobID]?.parts.contains { $0.part == item.part } ?? false
                              }.map(\.jobID))
            }
            routes.append(RouteReport(
                technician: technician.id, technicianName: technician.name,
                start: at(route?.departure ?? shift.start), end: at(route?.end ?? shift.start),
                shiftStart: at(shift.start), shiftEnd: at(shift.end), startLocation: technician.start,
                endLocation: technician.end,
                startsAtDepot: DayModel.startsAtDepot(technician, depot: depot),
                visits: visits, breaks: breaks.map { BreakReport(start: at($0.start), end: at($0.end)) },
                checklist: checklist, travelMinutes: (route?.travelSeconds ?? 0) / 60,
                distanceKm: Double(route?.distanceMetres ?? 0) / 1000, workMinutes: work / 60,
                overtimeMinutes: ((route?.overtimeSeconds ?? 0) + 59) / 60))
        }

        let unassigned = plan.unassigned.compactMap { left -> UnassignedReport? in
            guard let job = jobs[left.jobID] else { return nil }
            let window = job.promisedWindow ?? job.availability.first
            return UnassignedReport(
                job: job.id, customer: customerName(job), address: job.address, location: job.location,
                priority: job.priority, windowStart: window.map { at($0.start) }, windowEnd: window.map { at($0.end) },
                promised: job.promisedWindow != nil, reason: left.reason, proposal: left.proposal)
        }
        let broken = unassigned.filter(\.promised)
        let kpis = PlanKPIs(
            jobs: plan.visits.count + unassigned.count, served: plan.visits.count, unassigned: unassigned.count,
            brokenPromises: broken.count, techniciansUsed: routes.filter { !$0.visits.isEmpty }.count,
            travelMinutes: plan.routes.reduce(0) { $0 + $1.travelSeconds } / 60,
            distanceKm: Double(plan.routes.reduce(0) { $0 + $1.distanceMetres }) / 1000,
            workMinutes: routes.reduce(0) { $0 + $1.workMinutes },
            overtimeMinutes: routes.reduce(0) { $0 + $1.overtimeMinutes },
            meanSlackMinutes: slacks.isEmpty ? nil : (Double(slacks.reduce(0, +)) / Double(slacks.count) * 10).rounded() / 10,
            promisesAtRisk: promisesAtRisk)
        let header = PlanHeader(id: plan.id, version: plan.version, state: plan.state.rawValue, createdAt: at(plan.createdAt),
                                travelSource: plan.travelSource, warnings: plan.warnings)
        return PlanReport(date: snapshot.date, timeZone: snapshot.business.timeZoneIdentifier, business: snapshot.business.name,
                          depot: depot, plan: header, routes: routes, unassigned: unassigned, brokenPromises: broken, kpis: kpis)
    }

    private func customerName(_ job: Job) -> String { snapshot.customers[job.customerID]?.name ?? "" }

    /// The window a visit keeps: the promise, else the availability interval its start falls in.
    static func window(of job: Job, around start: Date) -> DateInterval? {
        if let promised = job.promisedWindow { return promised }
        return job.availability.first { $0.start <= start && start <= $0.end } ?? job.availability.first
    }
}
