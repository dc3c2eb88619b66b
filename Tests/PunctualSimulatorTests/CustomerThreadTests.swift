import Foundation
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualSample
@testable import PunctualSimulator

/// Every customer thread of simulated days reads true: no reminder that repeats a confirmation,
/// no "late" inside the promise, no rebooking offered once the technician is on the way, no two
/// arrivals at once, no texts promised to an email-only customer, no silence after a failed visit,
/// nothing about a visit after its cancellation, no notice of a promise since changed.
@Suite struct CustomerThreadTests {
    struct Business: Sendable, CustomStringConvertible {
        var technicians: Int
        var jobs: Int
        var seed: UInt64
        /// A hard morning: chances of a technician off sick and of a customer cancelling (else the defaults).
        var sick: Double? = nil
        var cancel: Double? = nil
        var description: String { "\(technicians) technicians, \(jobs) requests a day, seed \(seed)" + (sick.map { ", sick \($0)" } ?? "") }
    }

    static let hardMorning = Business(technicians: 6, jobs: 50, seed: 3, sick: 0.5, cancel: 0.1)
    /// The quick share (CI's runs with the clock moved) plays the hard morning only: the clock matters
    /// most where absences and cancellations move promises; the ordinary days run in the full run.
    static let businesses = PropertyScale.isQuick ? [hardMorning]
        : [Business(technicians: 8, jobs: 64, seed: 1), Business(technicians: 5, jobs: 45, seed: 2), hardMorning]

    @Test(arguments: businesses)
    func simulatedThreadsNeverContradictThemselves(business: Business) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("punctual-threads-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SampleBusinessGenerator(technicians: business.technicians, jobs: business.jobs, seed: business.seed).generate()
            .write(to: folder)
        var options = SimulationOptions()
        // A hard morning is one day: it is the morning that matters, and the suite has a time budget.
        options.days = business.sick != nil ? 1 : 2
        options.planSeconds = 60
        options.planIterations = 150
        options.seed = business.seed
        if let sick = business.sick { options.sickChance = sick }
        if let cancel = business.cancel { options.cancelChance = cancel }
        let store = try Store.open(path: folder.appendingPathComponent("threads.sqlite").path, create: true, concurrentReads: true)
        let result = try await Simulator(options: options, businessFolder: folder.path).play(width: 60, store: store)
        #expect(result.overall.visits > business.jobs / 2)
        #expect(result.days.allSatisfy { $0.refusedReports == 0 }, "the API refused simulated reports")
        if business.sick != nil {
            #expect(result.days.reduce(0) { $0 + $1.sickCalls } > 0 && result.days.reduce(0) { $0 + $1.cancellations } > 0,
                    "the hard morning had nobody off sick or cancelling")
        }
        let checker = ThreadChecker(calendar: try store.requireProfile().calendar)
        let customers = Dictionary(uniqueKeysWithValues: try store.customers().map { ($0.id!, $0) })
        var contradictions: [ThreadChecker.Contradiction] = []
        var threads = 0
        for (jobID, messages) in Dictionary(grouping: try store.messages(), by: { $0.jobID ?? "" }) where !jobID.isEmpty {
            guard let job = try store.job(jobID), let customer = customers[job.customerID] else { continue }
            threads += 1
            contradictions += checker.contradictions(jobID: jobID, messages: messages, customer: customer, finalStatus: job.status)
        }
        // Most requests were booked and told: two in three, since windows are offered only when they
        // are 95 % sure (on a hard morning, half: promises broken by an absence are rebooked onto
        // the next day, which then has less room for its own requests).
        #expect(threads > business.jobs * options.days * (business.sick == nil ? 2 : 3) / (business.sick == nil ? 3 : 6),
                "most requests were booked and told")
        // `PUNCTUAL_SHOW_THREAD=J0047` prints that job's whole thread, field events and inbox, to read a failure.
        // A failure prints the first contradicted job's thread by itself.
        if let shown = ProcessInfo.processInfo.environment["PUNCTUAL_SHOW_THREAD"] ?? contradictions.first?.jobID {
            for m in try store.messages(jobID: shown) { print("message", m.createdAt, m.kind.rawValue, m.channel.rawValue, m.body) }
            for e in try store.visitEvents(job: shown) { print("event", e.at, e.kind.rawValue, e.technicianID) }
            for i in try store.inbox(includeHandled: true, jobID: shown) { print("inbox", i.receivedAt, i.body, i.action ?? "") }
        }
        let byRule = Dictionary(grouping: contradictions, by: \.rule).mapValues(\.count)
        #expect(contradictions.isEmpty, "\(byRule) in \(threads) threads; e.g.\n\(contradictions.prefix(8).map(\.description).joined(separator: "\n"))")
    }
}
