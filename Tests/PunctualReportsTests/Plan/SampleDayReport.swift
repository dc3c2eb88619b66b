import Foundation
import PunctualTestSupport
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualReports

/// A full-size plan of the sample business's day (`data/`: 12 technicians, 96 jobs), made by a
/// deliberately simple greedy dispatcher (each technician in turn takes the job they can start
/// soonest), so the renderings can be checked at the scale a dispatcher sees. Not a planner: it
/// only has to produce a plausible, consistent `PlanReport`.
enum SampleDayReport {
    static let travel = GreatCircleTravelTimes()

    struct Job {
        var id, customer, address, type, priority: String
        var location: GeoPoint
        var duration: Int
        var skills: Set<String>
        var parts: [(String, Int)]
        var window: (Int, Int)?
        var promised: Bool
    }

    static func rows(_ file: String) throws -> [[String: String]] {
        let url = Fixtures.repositoryRoot.appendingPathComponent("data/\(file)")
        let table = try CSVTable(parsing: String(contentsOf: url, encoding: .utf8), file: file)
        return table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0.fields)) }
    }

    static func minutes(_ clock: String?) -> Int? { clock.flatMap(TimeOfDay.init(parsing:))?.minutes }

    static func at(_ minute: Int) -> ReportInstant {
        ReportInstant(ReportFixtures.calendar.instant(ReportFixtures.date, .midnight).addingTimeInterval(Double(minute) * 60),
                      calendar: ReportFixtures.calendar, dayStart: ReportFixtures.calendar.instant(ReportFixtures.date, .midnight))
    }

    static func drive(_ a: GeoPoint, _ b: GeoPoint) -> (minutes: Int, km: Double) {
        let matrix = travel.matrix(for: [a, b])
        return ((matrix.duration(from: 0, to: 1) + 59) / 60, Double(matrix.distance(from: 0, to: 1)) / 1000)
    }

    static func report() throws -> PlanReport {
        var open: [Job] = try rows("jobs.csv").map { row in
            let promised = !(row["window_start"] ?? "").isEmpty
            let available = (row["available"] ?? "").split(separator: ";").first.map { $0.split(separator: "-").map(String.init) }
            let window: (Int, Int)? = promised
                ? (minutes(row["window_start"])!, minutes(row["window_end"])!)
                : available.flatMap { parts in minutes(parts.first).flatMap { s in minutes(parts.last).map { (s, $0) } } }
            return Job(id: row["id"]!, customer: row["customer"]!, address: row["address"]!, type: row["type"]!,
                       priority: row["priority"]!,
                       location: GeoPoint(latitude: Double(row["lat"]!)!, longitude: Double(row["lon"]!)!),
                       duration: Int(row["duration_minutes"]!)!, skills: Set((row["skills"] ?? "").split(separator: ";").map(String.init)),
                       parts: (row["parts"] ?? "").split(separator: ";").map { let p = $0.split(separator: ":"); return (String(p[0]), Int(p[1])!) },
                       window: window, promised: promised)
        }
        let stock = try rows("stock.csv").reduce(into: [String: [String: Int]]()) {
            $0[$1["technician_id"]!, default: [:]][$1["part"]!] = Int($1["quantity"]!)!
        }
        let partNames = try rows("parts.csv").reduce(into: [String: String]()) { $0[$1["id"]!] = $1["name"]! }
        let depot = ReportFixtures.depot

        var routes: [RouteReport] = []
        for tech in try rows("technicians.csv") {
            let skills = Set(tech["skills"]!.split(separator: ";").map(String.init))
            let home = GeoPoint(latitude: Double(tech["start_lat"]!)!, longitude: Double(tech["start_lon"]!)!)
            let end = Double(tech["end_lat"] ?? "").map { GeoPoint(latitude: $0, longitude: Double(tech["end_lon"]!)!) } ?? home
            let shift = (minutes(tech["shift_start"])!, minutes(tech["shift_end"])!)
            let breakLength = Int(tech["break_minutes"] ?? "") ?? 0
            let breakEarliest = minutes(tech["break_earliest"]) ?? Int.max
            var now = shift.0, here = home, km = 0.0, travelMinutes = 0
            var visits: [VisitReport] = [], breaks: [BreakReport] = [], needed: [String: (Int, [String])] = [:]
            while true {
                if breakLength > 0, breaks.isEmpty, now >= breakEarliest {
                    breaks.append(BreakReport(start: at(now), end: at(now + breakLength)))
                    now += breakLength
                }
                let options = open.indices.compactMap { index -> (index: Int, start: Int, drive: (minutes: Int, km: Double))? in
                    let job = open[index]
                    guard job.skills.isSubset(of: skills) else { return nil }
                    let leg = drive(here, job.location)
                    let arrival = now + leg.minutes
                    let start = max(arrival, job.window?.0 ?? arrival)
                    if let window = job.window, arrival > window.1 { return nil }
                    guard start - now <= 120, start + job.duration + drive(job.location, end).minutes <= shift.1 + 20 else { return nil }
                    return (index, start - (job.promised ? 20 : 0), leg)
                }
                guard let best = options.min(by: { ($0.start, $0.drive.minutes) < ($1.start, $1.drive.minutes) }) else { break }
                let job = open.remove(at: best.index)
                let arrival = now + best.drive.minutes
                let start = max(arrival, job.window?.0 ?? arrival)
                let slack = job.window.map { $0.1 - arrival }
                visits.append(VisitReport(
                    sequence: visits.count + 1, job: job.id, customer: job.customer, address: job.address, location: job.location,
                    type: job.type, priority: Priority(rawValue: job.priority) ?? .normal, status: job.promised ? .booked : .requested,
                    travelMinutes: best.drive.minutes, arrival: at(arrival), start: at(start), end: at(start + job.duration),
                    windowStart: job.window.map { at($0.0) }, windowEnd: job.window.map { at($0.1) }, promised: job.promised,
                    slackMinutes: slack, onTimeProbability: slack.map { min(0.99, 0.45 + Double($0) / 50) }))
                for (part, quantity) in job.parts {
                    needed[part, default: (0, [])].0 += quantity
                    needed[part, default: (0, [])].1.append(job.id)
                }
                now = start + job.duration
                here = job.location
                km += best.drive.km
                travelMinutes += best.drive.minutes
            }
            let back = visits.isEmpty ? (minutes: 0, km: 0.0) : drive(here, end)
            let id = tech["id"]!
            let checklist = needed.keys.sorted().map { part in
                let inVan = stock[id]?[part] ?? 0
                return ChecklistLine(part: part, name: partNames[part] ?? part, needed: needed[part]!.0, inVan: inVan,
                                     load: max(0, needed[part]!.0 - inVan), jobs: needed[part]!.1)
            }
            let finish = visits.isEmpty ? shift.0 : now + back.minutes
            routes.append(RouteReport(
                technician: id, technicianName: tech["name"]!, start: at(shift.0), end: at(finish), shiftStart: at(shift.0),
                shiftEnd: at(shift.1), startLocation: home, endLocation: end, startsAtDepot: SVGMap.isNear(home, depot),
                visits: visits, breaks: visits.isEmpty ? [] : breaks, checklist: checklist, travelMinutes: travelMinutes + back.minutes,
                distanceKm: km + back.km, workMinutes: visits.reduce(0) { $0 + $1.end.minuteOfDay - $1.start.minuteOfDay },
                overtimeMinutes: max(0, finish - shift.1)))
        }
        let unassigned = open.map { job in
            UnassignedReport(job: job.id, customer: job.customer, address: job.address, location: job.location,
                             priority: Priority(rawValue: job.priority) ?? .normal, windowStart: job.window.map { at($0.0) },
                             windowEnd: job.window.map { at($0.1) }, promised: job.promised,
                             reason: "no technician with the skills '\(job.skills.sorted().joined(separator: "', '"))' has room for it",
                             proposal: job.promised ? "rebook on the next working day at the same time" : nil)
        }
        return ReportFixtures.report(routes: routes, unassigned: unassigned, brokenPromises: unassigned.filter(\.promised))
    }
}
