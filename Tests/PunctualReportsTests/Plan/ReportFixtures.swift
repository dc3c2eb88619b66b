import Foundation
@testable import Punctual
@testable import PunctualCore
@testable import PunctualReports

/// A hand-made plan for the rendering tests, shaped like the planner's output for the sample
/// business (Missoula, MT): three technicians with visits (one starting from home, one running
/// into overtime), one without, promised and availability windows, a visit at risk of lateness,
/// breaks, parts checklists, and two unassigned jobs of which one is a broken promise.
enum ReportFixtures {
    static let calendar = BusinessCalendar(timeZone: TimeZone(identifier: "America/Denver")!)
    static let date = LocalDate(year: 2026, month: 11, day: 24)!
    static let depot = GeoPoint(latitude: 46.8705, longitude: -114.026)

    /// The local time `clock` (`HH:MM`) on the plan date.
    static func at(_ clock: String) -> ReportInstant {
        ReportInstant(calendar.instant(date, TimeOfDay(parsing: clock)!), calendar: calendar,
                      dayStart: calendar.instant(date, .midnight))
    }

    /// A visit; `window` is `HH:MM-HH:MM`.
    static func visit(_ sequence: Int, _ job: String, _ customer: String, _ address: String, _ lat: Double, _ lon: Double,
                      type: String, priority: Priority = .normal, travel: Int, arrival: String, work: String,
                      window: String? = nil, promised: Bool = false, onTime: Double? = nil) -> VisitReport {
        let workTimes = work.split(separator: "-").map(String.init)
        let windowTimes = window.map { $0.split(separator: "-").map { at(String($0)) } }
        let slack = windowTimes.map { Int($0[1].instant.timeIntervalSince(at(arrival).instant) / 60) }
        return VisitReport(
            sequence: sequence, job: job, customer: customer, address: "\(address), Missoula, MT",
            location: GeoPoint(latitude: lat, longitude: lon), type: type, priority: priority,
            status: promised ? .booked : .requested, travelMinutes: travel, arrival: at(arrival),
            start: at(workTimes[0]), end: at(workTimes[1]), windowStart: windowTimes?[0], windowEnd: windowTimes?[1],
            promised: promised, slackMinutes: slack, onTimeProbability: window == nil ? nil : (onTime ?? 0.99))
    }

    static func route(_ id: String, _ name: String, shift: String, start: String, end: String,
                      home: GeoPoint? = nil, returnTravel: Int = 0, distanceKm: Double = 0,
                      visits: [VisitReport] = [], breaks: [String] = [], checklist: [ChecklistLine] = []) -> RouteReport {
        let shiftTimes = shift.split(separator: "-").map { at(String($0)) }
        let endInstant = at(end)
        let overtime = max(0, Int(endInstant.instant.timeIntervalSince(shiftTimes[1].instant) / 60))
        return RouteReport(
            technician: id, technicianName: name, start: at(start), end: endInstant,
            shiftStart: shiftTimes[0], shiftEnd: shiftTimes[1], startLocation: home ?? depot, endLocation: home ?? depot,
            startsAtDepot: home == nil, visits: visits,
            breaks: breaks.map { let t = $0.split(separator: "-"); return BreakReport(start: at(String(t[0])), end: at(String(t[1]))) },
            checklist: checklist, travelMinutes: visits.reduce(returnTravel) { $0 + $1.travelMinutes },
            distanceKm: distanceKm, workMinutes: visits.reduce(0) { $0 + Int($1.end.instant.timeIntervalSince($1.start.instant) / 60) },
            overtimeMinutes: overtime)
    }

    static var routes: [RouteReport] {
        [
            route("T01", "Kim Edwards", shift: "08:00-17:00", start: "08:00", end: "12:56", returnTravel: 20, distanceKm: 31.4,
                  visits: [
                      visit(1, "J0005", "Dana Evans", "675 S Higgins Ave", 46.864900, -113.995505, type: "outlet-repair",
                            priority: .low, travel: 12, arrival: "08:12", work: "08:12-09:00"),
                      visit(2, "J0009", "Abigail Grant", "2342 North Ave W", 46.849215, -114.036896, type: "thermostat-install",
                            travel: 14, arrival: "09:14", work: "09:14-10:44", window: "09:00-10:00", promised: true, onTime: 0.96),
                      visit(3, "J0011", "Jordan Miller", "5426 Grant Creek Rd", 46.918850, -114.057568, type: "furnace-repair",
                            priority: .high, travel: 22, arrival: "11:06", work: "11:06-12:06", window: "10:15-11:15",
                            promised: true, onTime: 0.62),
                  ],
                  breaks: ["12:06-12:36"],
                  checklist: [
                      ChecklistLine(part: "thermostat-smart", name: "Smart thermostat", needed: 1, inVan: 0, load: 1, jobs: ["J0009"]),
                      ChecklistLine(part: "pressure-switch", name: "Furnace pressure switch", needed: 1, inVan: 2, load: 0, jobs: ["J0011"]),
                  ]),
            route("T02", "Lydia Burke", shift: "08:00-17:00", start: "08:00", end: "13:19",
                  home: GeoPoint(latitude: 46.817546, longitude: -114.008958), returnTravel: 10, distanceKm: 24.8,
                  visits: [
                      visit(1, "J0003", "Beth Ross", "2980 Clements Rd", 46.842690, -114.057377, type: "furnace-repair",
                            travel: 18, arrival: "08:18", work: "08:30-10:15", window: "08:30-12:00", onTime: 1),
                      visit(2, "J0006", "John Foster", "3006 Hillview Way", 46.829935, -114.008005, type: "washer-repair",
                            travel: 16, arrival: "10:31", work: "10:31-11:30"),
                      visit(3, "J0004", "Walt Kelly", "349 Beckwith Ave", 46.855000, -113.991664, type: "furnace-repair",
                            priority: .high, travel: 14, arrival: "12:14", work: "12:14-13:09", window: "12:00-18:00", onTime: 1),
                  ],
                  breaks: ["11:30-12:00"],
                  checklist: [
                      ChecklistLine(part: "flame-sensor", name: "Flame sensor", needed: 1, inVan: 3, load: 0, jobs: ["J0003"]),
                  ]),
            route("T03", "Nina Hansen", shift: "08:00-13:00", start: "08:00", end: "13:22", returnTravel: 12, distanceKm: 9.6,
                  visits: [
                      visit(1, "J0001", "Jenna Rivera", "1182 Scott St", 46.882789, -114.001689, type: "dishwasher-repair",
                            travel: 15, arrival: "08:15", work: "08:15-10:45"),
                      visit(2, "J0002", "Wyatt Clark", "626 S 5th St W", 46.861739, -114.006567, type: "dishwasher-repair",
                            travel: 9, arrival: "11:24", work: "11:24-13:10", window: "11:00-12:00", promised: true, onTime: 0.91),
                  ],
                  breaks: ["10:45-11:15"],
                  checklist: [
                      ChecklistLine(part: "dishwasher-door-gasket", name: "Dishwasher door gasket", needed: 2, inVan: 1, load: 1,
                                    jobs: ["J0001", "J0002"]),
                  ]),
            route("T04", "Brandon Knutson", shift: "07:00-15:30", start: "07:00", end: "07:00",
                  home: GeoPoint(latitude: 46.858916, longitude: -113.988744)),
        ]
    }

    static let unassigned = [
        UnassignedReport(job: "J0008", customer: "Vanessa Turner", address: "588 Phillips St, Missoula, MT",
                         location: GeoPoint(latitude: 46.881824, longitude: -114.003516), priority: .high,
                         windowStart: nil, windowEnd: nil, promised: false,
                         reason: "no technician on shift has the skill 'plumbing'", proposal: nil),
        UnassignedReport(job: "J0018", customer: "Gary Larsen", address: "2912 Flynn Ln, Missoula, MT",
                         location: GeoPoint(latitude: 46.885640, longitude: -114.061760), priority: .normal,
                         windowStart: at("15:00"), windowEnd: at("16:00"), promised: true,
                         reason: "needs 'igniter-hot-surface', which no van carries and the depot is out of",
                         proposal: "rebook on 2026-11-25 09:00–10:00 with Lydia Burke (T02), or call the customer"),
    ]

    /// The whole fixture plan, KPIs recomputed from its routes.
    static var report: PlanReport {
        let routes = routes
        return report(routes: routes, unassigned: unassigned, brokenPromises: unassigned.filter(\.promised),
                      warnings: ["The routing service did not answer; travel times are great-circle estimates."])
    }

    /// A report over the given routes and jobs, with KPIs that agree with them.
    static func report(routes: [RouteReport], unassigned: [UnassignedReport], brokenPromises: [UnassignedReport],
                       warnings: [String] = []) -> PlanReport {
        let visits = routes.flatMap(\.visits)
        let slacks = visits.compactMap(\.slackMinutes)
        return PlanReport(
            date: date, timeZone: "America/Denver", business: "Garnet Range Home Services", depot: depot,
            plan: PlanHeader(id: 7, version: 2, state: "draft", createdAt: at("06:12"), travelSource: "great-circle",
                             warnings: warnings),
            routes: routes, unassigned: unassigned, brokenPromises: brokenPromises,
            kpis: PlanKPIs(
                jobs: visits.count + unassigned.count, served: visits.count, unassigned: unassigned.count,
                brokenPromises: brokenPromises.count, techniciansUsed: routes.filter { !$0.visits.isEmpty }.count,
                travelMinutes: routes.reduce(0) { $0 + $1.travelMinutes }, distanceKm: routes.reduce(0) { $0 + $1.distanceKm },
                workMinutes: routes.reduce(0) { $0 + $1.workMinutes }, overtimeMinutes: routes.reduce(0) { $0 + $1.overtimeMinutes },
                meanSlackMinutes: slacks.isEmpty ? nil : Double(slacks.reduce(0, +)) / Double(slacks.count),
                promisesAtRisk: visits.filter { $0.promised && $0.isAtRisk }.count))
    }

    /// A plan with technicians but not a single visit or unassigned job.
    static var emptyReport: PlanReport {
        report(routes: routes.map { route in
            var idle = route
            idle.visits = []
            idle.breaks = []
            idle.checklist = []
            idle.end = idle.start
            idle.travelMinutes = 0
            idle.distanceKm = 0
            idle.workMinutes = 0
            idle.overtimeMinutes = 0
            return idle
        }, unassigned: [], brokenPromises: [])
    }
}
