import Foundation
import Punctual
import PunctualCore

/// One simulated day under one policy: what was asked, promised and done, and the promise metrics.
public struct DayResult: Sendable, Codable {
    public var date: LocalDate
    public var requests: Int
    /// Requests for which no window could be offered (turned away).
    public var declined: Int
    public var emergencies: Int
    /// Technicians who called in sick that morning, and customers who cancelled on the day (their
    /// visits are not counted against the promise).
    public var sickCalls: Int = 0
    public var cancellations: Int = 0
    /// Field reports the API refused (a simulator or server defect if ever non-zero).
    public var refusedReports: Int
    public var visits: [SimulatedVisit]
    public var messages: Int
    public var overtimeMinutes: Int
    public var technicianDays: Int
    public var metrics: PromiseMetrics
    /// The product's P(late) forecasts against what happened.
    public var reliability = ForecastReliability()

    /// Late visits whose customer was warned before the window ended.
    public var lateWarned: Int { Int((metrics.lateWarnedRate * Double(metrics.lateVisits)).rounded()) }

    init(date: LocalDate, requests: Int, declined: Int, emergencies: Int, refusedReports: Int, visits: [SimulatedVisit],
         messages: Int, overtimeMinutes: Int, technicianDays: Int) {
        self.date = date
        self.requests = requests
        self.declined = declined
        self.emergencies = emergencies
        self.refusedReports = refusedReports
        self.visits = visits
        self.messages = messages
        self.overtimeMinutes = overtimeMinutes
        self.technicianDays = technicianDays
        metrics = PromiseMetrics(outcomes: visits, messages: messages, overtimeMinutes: overtimeMinutes, technicianDays: technicianDays)
    }
}
