import Foundation
import Punctual
import PunctualCore
import PunctualImport

/// Times the tracker's recomputation for one technician with ten remaining visits: the forecast
/// alone (travel matrix, expected schedule, Monte Carlo) and a full update (read the day from the
/// store, forecast, save the forecasts).
enum RiskBenchmark {
    static func run(iterations: Int) throws {
        // A database file read through a pool of connections, as `punctual serve` opens it.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("risk-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store.open(path: directory.appendingPathComponent("risk.sqlite").path, create: true, concurrentReads: true)
        let settings = BusinessProfile(name: "Bench", timeZoneIdentifier: "America/Denver", depot: GeoPoint(latitude: 46.87, longitude: -114.02))
        try store.saveProfile(settings)
        let date = LocalDate(year: 2026, month: 11, day: 24)!
        var jobs = "id,customer,phone,email,notify,address,lat,lon,type,duration_minutes,skills,parts,priority,date,window_start,window_end,available,notes\n"
        for i in 1...10 {
            let hour = 8 + (i - 1) * 8 / 10
            jobs += "B\(i),Customer \(i),+1406555\(String(format: "%04d", i)),,sms,\(i) Main St,\(46.85 + Double(i) * 0.004),\(-114.05 + Double(i % 4) * 0.01),type-\(i % 3),35,,,normal,\(date),\(String(format: "%02d", hour)):00,\(String(format: "%02d", hour + 1)):00,,\n"
        }
        try Importer(store: store).run([
            .init(kind: .technicians, name: "technicians.csv", contents: BenchBusiness.techniciansCSV(count: 1)),
            .init(kind: .jobs, name: "jobs.csv", contents: jobs),
        ])
        let calendar = settings.calendar
        var visits: [PlanVisit] = []
        for i in 1...10 {
            let planned = calendar.instant(date, TimeOfDay(hour: 8, minute: (i - 1) * 48))
            visits.append(PlanVisit(technicianID: "T0001", sequence: i, jobID: "B\(i)", plannedArrival: planned,
                                    plannedStart: planned, plannedEnd: planned.addingTimeInterval(35 * 60)))
        }
        let plan = try store.savePlan(Plan(date: date, version: 0, state: .draft, createdAt: Date(), cost: 0, visits: visits, unassigned: []))
        try store.publishPlan(id: plan.id!)
        let now = calendar.instant(date, TimeOfDay(hour: 7, minute: 55))
        try store.recordFixes([("T0001", [PositionFix(at: now, location: settings.depot)])], receivedAt: now)

        let tracker = try Tracker(store: store)
        let day = try store.technicianDays(on: date, technician: "T0001")[0]
        var forecastTimes: [Double] = []
        var readTimes: [Double] = []
        var saveTimes: [Double] = []
        var updateTimes: [Double] = []
        for i in 0..<iterations {
            let at = now.addingTimeInterval(Double(i % 60))
            let readBegan = ContinuousClock.now
            _ = try store.technicianDays(on: date, technician: "T0001")
            readTimes.append((ContinuousClock.now - readBegan).timeInterval)
            let began = ContinuousClock.now
            let forecast = try tracker.forecast(day, now: at)
            forecastTimes.append((ContinuousClock.now - began).timeInterval)
            precondition(forecast.visits.count == 10)
            let saveBegan = ContinuousClock.now
            try store.saveForecasts(forecast.visits.compactMap(\.forecast), at: at, threshold: 2)
            saveTimes.append((ContinuousClock.now - saveBegan).timeInterval)
            let updateBegan = ContinuousClock.now
            try tracker.update(technician: "T0001", now: at)
            updateTimes.append((ContinuousClock.now - updateBegan).timeInterval)
        }
        print("risk recomputation, 1 technician, 10 remaining visits, \(TrackingPolicy().samples) samples, \(iterations) iterations")
        print("  read the day:             \(Percentiles(readTimes).milliseconds)")
        print("  forecast only:            \(Percentiles(forecastTimes).milliseconds)")
        print("  save forecasts:           \(Percentiles(saveTimes).milliseconds)")
        print("  update (read+forecast+save): \(Percentiles(updateTimes).milliseconds)")
    }
}
