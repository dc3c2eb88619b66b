import Foundation
import Punctual
import PunctualCore

/// Times `offer` for one unbooked job against a day whose routes hold about a thousand promised
/// visits: the large day is planned and published, every routed job is given a one-hour promise
/// around its planned start, and a job the plan left out is offered windows over five days.
enum OfferBenchmark {
    struct Figures {
        var booked: Int
        var windowsTried: Int
        var offers: Int
        /// Offers on the busy day alone, milliseconds per run.
        var busyDayMilliseconds: [Double]
        /// `Booker.offers` over five days (the busy one first), milliseconds per run.
        var fiveDayMilliseconds: [Double]
    }

    static func run(_ day: BenchDay, seed: UInt64, runs: Int = 5) throws -> Figures {
        let (store, date, now, _) = try day.promised(seed: seed, seconds: min(day.timeLimit, 10))
        let snapshot = try store.daySnapshot(on: date)
        guard let job = snapshot.jobs.first(where: { $0.promisedWindow == nil }) else { throw BenchError.noJobs(day: day.name) }
        let finder = OfferFinder()
        var busy: [Double] = [], five: [Double] = []
        var offers = 0
        for _ in 0..<runs {
            let (found, seconds) = try DayBenchmark.timed { try finder.offers(for: job, on: snapshot, now: now) }
            offers = found.count
            busy.append(seconds * 1000)
            let (_, total) = try DayBenchmark.timed {
                try Booker(finder: finder).offers(jobID: job.id, from: date, days: 5, store: store, now: now)
            }
            five.append(total * 1000)
        }
        return Figures(booked: snapshot.jobs.filter { $0.promisedWindow != nil }.count,
                       windowsTried: finder.candidateWindows(for: job, on: snapshot, now: now).count, offers: offers,
                       busyDayMilliseconds: busy, fiveDayMilliseconds: five)
    }

    static func table(_ f: Figures) -> String {
        func stats(_ ms: [Double]) -> String {
            let sorted = ms.sorted()
            return String(format: "%.1f / %.1f", sorted[sorted.count / 2], sorted.last!)
        }
        return """
            | booked jobs on the day | windows tried | offers | busy day: median / max ms | five days: median / max ms |
            |---:|---:|---:|---:|---:|
            | \(f.booked) | \(f.windowsTried) | \(f.offers) | \(stats(f.busyDayMilliseconds)) | \(stats(f.fiveDayMilliseconds)) |
            """
    }
}
