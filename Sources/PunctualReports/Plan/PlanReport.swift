import Punctual
import PunctualCore
/// A plan as the dispatcher and other tools see it: the stable contract behind
/// `plan --format json` and `routes --format json`, and the input of every other rendering
/// (table, CSV, GeoJSON, HTML).
///
/// Keys are snake_case in JSON (`ListingJSON`); instants are ISO 8601 with the business's offset.
/// Fields are only ever added, never renamed or removed.
public struct PlanReport: Codable, Hashable, Sendable {
    /// The plan's local date.
    public var date: LocalDate
    /// IANA time zone of the business; every instant's offset is this zone's.
    public var timeZone: String
    public var business: String
    /// Where vans load parts.
    public var depot: GeoPoint
    public var plan: PlanHeader
    /// One route per technician, used or not, in technician order.
    public var routes: [RouteReport]
    /// Jobs of the date no route serves, each with the reason a dispatcher can act on.
    public var unassigned: [UnassignedReport]
    /// Promised windows this plan cannot keep (a subset of `unassigned`), each with why and the
    /// least-bad option.
    public var brokenPromises: [UnassignedReport]
    public var kpis: PlanKPIs

    public init(date: LocalDate, timeZone: String, business: String, depot: GeoPoint, plan: PlanHeader,
                routes: [RouteReport], unassigned: [UnassignedReport], brokenPromises: [UnassignedReport], kpis: PlanKPIs) {
        self.date = date
        self.timeZone = timeZone
        self.business = business
        self.depot = depot
        self.plan = plan
        self.routes = routes
        self.unassigned = unassigned
        self.brokenPromises = brokenPromises
        self.kpis = kpis
    }
}

/// Which version of the day's plan a report shows, and how it was made.
public struct PlanHeader: Codable, Hashable, Sendable {
    public var id: Int64?
    public var version: Int
    /// `draft`, `published` or `superseded`.
    public var state: String
    public var createdAt: ReportInstant
    /// Where travel times came from: `great-circle` or the routing service's name.
    public var travelSource: String
    /// What the dispatcher should know about how the plan was made (e.g. a routing-service fallback).
    public var warnings: [String]

    public init(id: Int64?, version: Int, state: String, createdAt: ReportInstant, travelSource: String, warnings: [String]) {
        self.id = id
        self.version = version
        self.state = state
        self.createdAt = createdAt
        self.travelSource = travelSource
        self.warnings = warnings
    }
}

/// One technician's day.
public struct RouteReport: Codable, Hashable, Sendable {
    /// Technician id.
    public var technician: String
    public var technicianName: String
    /// Departure from the start location (the shift start); the route's first instant.
    public var start: ReportInstant
    /// Back at the end location.
    public var end: ReportInstant
    public var shiftStart: ReportInstant
    public var shiftEnd: ReportInstant
    public var startLocation: GeoPoint
    public var endLocation: GeoPoint
    /// Whether the technician starts at the depot and so can load parts there.
    public var startsAtDepot: Bool
    public var visits: [VisitReport]
    public var breaks: [BreakReport]
    /// Parts for the day: needed by the route's jobs, in the van, to load at the depot.
    public var checklist: [ChecklistLine]
    public var travelMinutes: Int
    public var distanceKm: Double
    public var workMinutes: Int
    public var overtimeMinutes: Int

    public init(technician: String, technicianName: String, start: ReportInstant, end: ReportInstant,
                shiftStart: ReportInstant, shiftEnd: ReportInstant, startLocation: GeoPoint, endLocation: GeoPoint,
                startsAtDepot: Bool, visits: [VisitReport], breaks: [BreakReport], checklist: [ChecklistLine],
                travelMinutes: Int, distanceKm: Double, workMinutes: Int, overtimeMinutes: Int) {
        self.technician = technician
        self.technicianName = technicianName
        self.start = start
        self.end = end
        self.shiftStart = shiftStart
        self.shiftEnd = shiftEnd
        self.startLocation = startLocation
        self.endLocation = endLocation
        self.startsAtDepot = startsAtDepot
        self.visits = visits
        self.breaks = breaks
        self.checklist = checklist
        self.travelMinutes = travelMinutes
        self.distanceKm = distanceKm
        self.workMinutes = workMinutes
        self.overtimeMinutes = overtimeMinutes
    }
}

/// One stop of a route.
public struct VisitReport: Codable, Hashable, Sendable {
    /// 1-based position in the route.
    public var sequence: Int
    public var job: String
    public var customer: String
    public var address: String
    public var location: GeoPoint
    public var type: String
    public var priority: Priority
    public var status: JobStatus
    /// Driving from the previous stop (or the start), minutes.
    public var travelMinutes: Int
    public var arrival: ReportInstant
    public var start: ReportInstant
    public var end: ReportInstant
    /// The promised window, or else the customer's availability the visit falls in; nil = any time.
    public var windowStart: ReportInstant?
    public var windowEnd: ReportInstant?
    /// Whether the window is a promise made to the customer (hard) rather than availability.
    public var promised: Bool
    /// Minutes between the planned arrival and the window's end; nil without a window.
    public var slackMinutes: Int?
    /// Estimated probability of arriving inside the window given the spread of travel and work
    /// before it; nil without a window.
    public var onTimeProbability: Double?

    public init(sequence: Int, job: String, customer: String, address: String, location: GeoPoint, type: String,
                priority: Priority, status: JobStatus, travelMinutes: Int, arrival: ReportInstant, start: ReportInstant,
                end: ReportInstant, windowStart: ReportInstant?, windowEnd: ReportInstant?, promised: Bool,
                slackMinutes: Int?, onTimeProbability: Double?) {
        self.sequence = sequence
        self.job = job
        self.customer = customer
        self.address = address
        self.location = location
        self.type = type
        self.priority = priority
        self.status = status
        self.travelMinutes = travelMinutes
        self.arrival = arrival
        self.start = start
        self.end = end
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.promised = promised
        self.slackMinutes = slackMinutes
        self.onTimeProbability = onTimeProbability
    }
}

/// A break on a route.
public struct BreakReport: Codable, Hashable, Sendable {
    public var start: ReportInstant
    public var end: ReportInstant

    public init(start: ReportInstant, end: ReportInstant) {
        self.start = start
        self.end = end
    }
}

/// One part on a technician's checklist.
public struct ChecklistLine: Codable, Hashable, Sendable {
    /// Part id.
    public var part: String
    public var name: String
    /// Units the route's jobs need.
    public var needed: Int
    /// Units in the van at the start of the day.
    public var inVan: Int
    /// Units to load at the depot before leaving (needed beyond what the van holds).
    public var load: Int
    /// Jobs that need the part, in visit order.
    public var jobs: [String]

    public init(part: String, name: String, needed: Int, inVan: Int, load: Int, jobs: [String]) {
        self.part = part
        self.name = name
        self.needed = needed
        self.inVan = inVan
        self.load = load
        self.jobs = jobs
    }
}

/// A job a plan does not serve.
public struct UnassignedReport: Codable, Hashable, Sendable {
    public var job: String
    public var customer: String
    public var address: String
    public var location: GeoPoint
    public var priority: Priority
    public var windowStart: ReportInstant?
    public var windowEnd: ReportInstant?
    public var promised: Bool
    /// Why, in words a dispatcher can act on, e.g. "no technician has the skill 'electrical'".
    public var reason: String
    /// For a broken promise: the least-bad way out (a late arrival, another technician, a rebooking).
    public var proposal: String?

    public init(job: String, customer: String, address: String, location: GeoPoint, priority: Priority,
                windowStart: ReportInstant?, windowEnd: ReportInstant?, promised: Bool, reason: String, proposal: String?) {
        self.job = job
        self.customer = customer
        self.address = address
        self.location = location
        self.priority = priority
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.promised = promised
        self.reason = reason
        self.proposal = proposal
    }
}

/// The day in numbers.
public struct PlanKPIs: Codable, Hashable, Sendable {
    /// Jobs of the date that are not cancelled.
    public var jobs: Int
    public var served: Int
    public var unassigned: Int
    public var brokenPromises: Int
    /// Technicians with at least one visit.
    public var techniciansUsed: Int
    public var travelMinutes: Int
    public var distanceKm: Double
    public var workMinutes: Int
    public var overtimeMinutes: Int
    /// Mean minutes between planned arrival and window end over visits with a window.
    public var meanSlackMinutes: Double?
    /// Promised visits whose estimated on-time probability is below the planning threshold.
    public var promisesAtRisk: Int

    public init(jobs: Int, served: Int, unassigned: Int, brokenPromises: Int, techniciansUsed: Int, travelMinutes: Int,
                distanceKm: Double, workMinutes: Int, overtimeMinutes: Int, meanSlackMinutes: Double?, promisesAtRisk: Int) {
        self.jobs = jobs
        self.served = served
        self.unassigned = unassigned
        self.brokenPromises = brokenPromises
        self.techniciansUsed = techniciansUsed
        self.travelMinutes = travelMinutes
        self.distanceKm = distanceKm
        self.workMinutes = workMinutes
        self.overtimeMinutes = overtimeMinutes
        self.meanSlackMinutes = meanSlackMinutes
        self.promisesAtRisk = promisesAtRisk
    }
}
