import Foundation
import Logging
import Messaging
import Punctual
import PunctualCore
import PunctualImport
import PunctualServer

/// One policy (an offered window width) played over the simulated days, in a store of its own:
/// each evening the next day's requests are offered windows and booked, each morning the day is
/// planned and published, and then technicians drive and work through the day, reporting through
/// the `FieldLink` while the outbox runs and customers answer.
final class PolicyRun {
    let widthMinutes: Int
    let options: SimulationOptions
    let store: Store
    let clock: SimulatedClock
    let services: APIServices
    let link: any FieldLink
    let calendar: BusinessCalendar
    let narrator: any SimulationNarrator
    /// Where each day's requests and emergencies come from: the business's own jobs.
    let demand: BusinessDemand
    private let outbox: OutboxWorker
    private let booker = Booker()
    private var lastPass = Date.distantPast
    /// Per date, the windows promised when the morning's plan was made and the promises it dropped:
    /// a promise broken and rebooked elsewhere still counts against the day it was made for.
    private var mornings: [LocalDate: (promised: [String: DateInterval], dropped: Set<String>, visits: [String: PlanVisit])] = [:]
    /// The hidden truth of the field: the biases the product must learn.
    private let truth: FieldTruth
    /// The day being played: the oracle's latest projections, and what it had shown for each
    /// warned visit when its warning went out.
    private var oracle = OracleLog()
    /// Progress reports a phone is holding to send with its next batch of fixes, per technician.
    private var heldReports: [String: [ProgressReport]] = [:]
    /// The day's seed for the draws keyed by what they are about (a job's work, a phone's report,
    /// a customer's answer), so that a change in the product changes what happens, not which dice
    /// fall: two builds on one seed meet the same sick calls, jobs and answers.
    private var daySeed: UInt64 = 0
    /// How many texts of each kind each customer has had, per recipient and kind.
    private var textsSeen: [String: Int] = [:]

    init(widthMinutes: Int, options: SimulationOptions, store: Store, clock: SimulatedClock, services: APIServices,
         link: any FieldLink, demand: BusinessDemand, narrator: any SimulationNarrator) throws {
        self.widthMinutes = widthMinutes
        self.options = options
        self.store = store
        self.clock = clock
        self.services = services
        self.link = link
        self.narrator = narrator
        self.demand = demand
        truth = FieldTruth(noise: options.noise, seed: options.seed)
        calendar = try store.requireProfile().calendar
        var quiet = Logger(label: "punctual.simulator.outbox")
        quiet.logLevel = .error
        var worker = OutboxWorker(store: store, transports: .console(logger: quiet), retry: RetryPolicy(settings: try store.settings()),
                                  logger: quiet)
        worker.responder = services.responder
        outbox = worker
    }

    // MARK: Evening: requests become promises

    /// Imports `jobsCSV` (the day's requests) on the evening before `date` and books each request's
    /// chosen window, in a seeded random order; a request nobody can serve is turned away (cancelled).
    func book(jobsCSV: String, date: LocalDate, random: inout SimulationRandom) throws -> (requests: Int, declined: Int) {
        let evening = calendar.instant(date.adding(days: -1), TimeOfDay(hour: 17))
        clock.now = evening
        try Importer(store: store).run([.init(kind: .jobs, name: "jobs-\(date).csv", contents: jobsCSV)])
        var requests = try store.jobs(on: date).filter { $0.status == .requested && $0.promisedWindow == nil }
        // In the order the calls come: by id first, so the order is the day's, not the store's.
        requests.sort { $0.id < $1.id }
        for i in requests.indices.reversed() { requests.swapAt(i, random.int(in: 0...i)) }
        let preferences = random.nextSeed()
        var declined = 0
        for (n, job) in requests.enumerated() {
            let now = evening.addingTimeInterval(TimeInterval(n * 60))
            clock.now = now
            let offers = try booker.offers(jobID: job.id, from: date, days: 1, store: store, now: now)
            guard !offers.isEmpty else {
                try store.updateJobStatus(jobID: job.id, to: .cancelled)
                declined += 1
                continue
            }
            // Each customer's own taste, whatever the others were offered.
            var own = SimulationRandom(seed: preferences, key: job.id)
            let choice = WindowPreference.draw(&own).choose(from: offers, calendar: calendar, random: &own)
            _ = try booker.book(jobID: job.id, window: choice.window, store: store, now: now)
        }
        try deliverOutbox(at: clock.now)
        narrator.booked(date: date, requests: requests.count, booked: requests.count - declined, widthMinutes: widthMinutes)
        return (requests.count, declined)
    }

    // MARK: Morning: the plan

    func planAndPublish(_ date: LocalDate) throws {
        let morning = calendar.instant(date, TimeOfDay(hour: 6, minute: 30))
        clock.now = morning
        let planner = Planner(options: PlanningOptions(timeLimit: options.planSeconds, iterationLimit: options.planIterations,
                                                       seed: options.seed))
        let snapshot = try store.daySnapshot(on: date)
        let progress = narrator.planning(jobs: Planner.plannableJobs(snapshot).plannable.count)
        let promised = Dictionary(uniqueKeysWithValues: snapshot.jobs.compactMap { job in job.promisedWindow.map { (job.id, $0) } })
        let saved = try planner.planAndStore(snapshot, in: store, now: morning, publish: true, progress: progress)
        mornings[date] = (promised, Set(saved.unassigned.filter(\.brokenPromise).map(\.jobID)),
                          Dictionary(saved.visits.map { ($0.jobID, $0) }) { first, _ in first })
        narrator.planned(saved, date: date)
    }

    // MARK: The day

    /// Plays `date` from the first shift start until every technician is done (or 22:00).
    func play(_ date: LocalDate, requests: Int, declined: Int, random: inout SimulationRandom) async throws -> DayResult {
        let technicians = try store.technicians()
        // One stream per kind of event, split before any is drawn from, so that how many draws one
        // takes never shifts another's.
        var sickDraws = random.split()
        let cancelSeed = random.nextSeed()
        var emergencyDraws = random.split()
        let technicianSeed = random.nextSeed()
        daySeed = random.nextSeed()
        textsSeen = [:]
        let sickCalls = try callInSick(on: date, technicians: technicians, random: &sickDraws)
        var cancellations = try cancellationCalls(on: date, seed: cancelSeed)
        var cancelled: Set<String> = []
        var agents: [TechnicianAgent] = []
        // Each technician loads what the morning's parts checklist says before setting off.
        let morningChecklists = try checklists(on: date)
        for technician in technicians {
            let remaining = try await link.remainingRoute(technician: technician.id, date: date)
            var agent = TechnicianAgent(technician: technician, route: try jobs(remaining.jobs), date: date, calendar: calendar,
                                        truth: truth, travel: try store.settings().greatCircleTravelTimes,
                                        random: SimulationRandom(seed: technicianSeed, key: technician.id), fieldSeed: daySeed)
            agent.plannedBreak = remaining.breakStart.map { (after: remaining.breakAfter, start: $0) }
            agent.load(morningChecklists[technician.id] ?? [])
            agents.append(agent)
        }
        // The windows as promised this morning: a customer who later agrees to wait, or rebooks a
        // promise the plan dropped, was still let down.
        var promised = try mornings[date]?.promised ?? Dictionary(uniqueKeysWithValues: try store.jobs(on: date).compactMap { job in
            job.promisedWindow.map { (job.id, $0) }
        })
        let dayStart = technicians.map { calendar.instant(date, $0.shift.start) }.min() ?? calendar.instant(date, TimeOfDay(hour: 8))
        let dayEnd = calendar.instant(date, TimeOfDay(hour: 22))
        let emergencyAt = emergencyDraws.chance(options.emergencyChance)
            ? calendar.instant(date, TimeOfDay(minutes: 9 * 60 + emergencyDraws.int(in: 0...300))) : nil
        var emergencies = 0
        var refused = 0
        var fixes: [String: [PositionFix]] = [:]
        var replies: [CustomerReply] = []
        var planID = try store.publishedPlanID(on: date)
        var nextOutbox = dayStart
        var nextHour = dayStart
        var nextLook = dayStart
        var now = dayStart
        oracle = OracleLog()
        var reliability = ForecastSamples()
        let morning = calendar.instant(date, TimeOfDay(hour: 6, minute: 30))
        for jobID in mornings[date]?.dropped ?? [] { oracle.lateSince[jobID] = morning }

        while now <= dayEnd && !agents.allSatisfy(\.isFinished) {
            clock.now = now
            if let at = emergencyAt, emergencies == 0, now >= at {
                emergencies = 1
                if let id = try takeEmergency(on: date, index: emergencyDraws.int(in: 1...9999), random: &emergencyDraws) {
                    promised[id] = try store.job(id)?.promisedWindow
                }
            }
            while let call = cancellations.first, call.at <= now {
                cancellations.removeFirst()
                if try cancel(call.jobID, at: now) { cancelled.insert(call.jobID) }
            }
            for a in agents.indices {
                refused += try await report(agents[a].advance(to: now), technician: agents[a].technician.id, fixes: &fixes)
            }
            // In technician order, not the dictionary's (seeded per process), so a seed replays exactly.
            for technician in Set(fixes.keys).union(heldReports.keys).sorted() where now.timeIntervalSince(oldestUnsent(technician, fixes)) >= options.positionPostInterval {
                refused += try await post(fixes: &fixes, technician: technician)
            }
            if now >= nextLook {
                // What was knowable, and what the product believed, every five minutes.
                // Promised visits still ahead: not cancelled, nobody at the door yet.
                let reached = Set(agents.flatMap(\.arrivals.keys))
                let ahead = promised.filter { !cancelled.contains($0.key) && !reached.contains($0.key) }
                look(at: now, agents: agents, ahead: ahead)
                if calendar.local(now).time.minutes % 15 == 0 { try sampleForecasts(at: now, ahead: ahead, into: &reliability) }
                nextLook = now.addingTimeInterval(5 * 60)
            }
            if now >= nextOutbox {
                replies += try deliverOutbox(at: now)
                nextOutbox = now.addingTimeInterval(options.outboxInterval)
            }
            var replied = false
            while let i = replies.firstIndex(where: { $0.at <= now }) {
                let reply = replies.remove(at: i)
                do { try await link.customerTexts(from: reply.phone, body: reply.body) } catch { refused += 1 }
                narrator.customerReplied(try store.customer(phone: reply.phone)?.name ?? reply.phone, body: reply.body, at: now)
                replied = true
            }
            // A re-dispatch, an emergency or a rebooking changes routes: phones fetch theirs again.
            let currentPlan = try store.publishedPlanID(on: date)
            if currentPlan != planID || replied {
                planID = currentPlan
                let republished = try checklists(on: date)
                for a in agents.indices {
                    let technician = agents[a].technician.id
                    agents[a].reload(republished[technician] ?? [])
                    let remaining = try await link.remainingRoute(technician: technician, date: date)
                    agents[a].plannedBreak = remaining.breakStart.map { (after: remaining.breakAfter, start: $0) }
                    refused += try await report(agents[a].assign(try jobs(remaining.jobs), at: now), technician: technician, fixes: &fixes)
                }
            }
            if now >= nextHour {
                narrator.hourPassed(now)
                nextHour = now.addingTimeInterval(3600)
            }
            now = now.addingTimeInterval(60)
        }
        for technician in Set(fixes.keys).union(heldReports.keys).sorted() { refused += try await post(fixes: &fixes, technician: technician) }
        clock.now = now
        try deliverOutbox(at: now)
        // A visit the customer cancelled is not a promise the business failed to keep.
        var result = try collect(date: date, promised: promised.filter { !cancelled.contains($0.key) }, agents: agents,
                                 requests: requests + emergencies, declined: declined, emergencies: emergencies, refused: refused)
        result.sickCalls = sickCalls
        result.cancellations = cancelled.count
        var cameBy: [String: String] = [:]
        for agent in agents { for jobID in agent.arrivals.keys where cameBy[jobID] == nil { cameBy[jobID] = agent.technician.id } }
        result.reliability = reliability.resolved(late: Set(result.visits.filter(\.isLate).map(\.jobID)), cameBy: cameBy,
                                                  rebooked: Set(result.visits.filter(\.rebooked).map(\.jobID)))
        narrator.dayEnded(result)
        return result
    }

    // MARK: The dispatcher's phone

    /// Each technician may call in sick before the day starts; the dispatcher records it from the
    /// call's minute on, and the day is adjusted (visits handed over, customers told). Returns how many called.
    private func callInSick(on date: LocalDate, technicians: [Technician], random: inout SimulationRandom) throws -> Int {
        guard options.sickChance > 0 else { return 0 }
        var calls = 0
        let callers = technicians.filter { _ in random.chance(options.sickChance) }
            .map { (technician: $0, at: calendar.instant(date, TimeOfDay(minutes: 6 * 60 + 40 + random.int(in: 0...40)))) }
        // In the order the phone rings: the desk acts as of each call.
        for (technician, at) in callers.sorted(by: { ($0.at, $0.technician.id) < ($1.at, $1.technician.id) }) {
            clock.now = at
            let local = calendar.local(at).time
            do {
                try RosterDesk(store: store).absent(technician.id, on: date, from: local, actor: "dispatcher", reason: "called in sick", now: at)
                calls += 1
            } catch {
                refusals.warning("the desk refused \(technician.id)'s absence at \(local): \(error)")
            }
        }
        return calls
    }

    /// Which promised customers will call to cancel, and when, in call order.
    private func cancellationCalls(on date: LocalDate, seed: UInt64) throws -> [(at: Date, jobID: String)] {
        guard options.cancelChance > 0 else { return [] }
        return try store.jobs(on: date).filter { $0.promisedWindow != nil && !$0.status.isClosed }.compactMap { job in
            var own = SimulationRandom(seed: seed, key: job.id)
            return own.chance(options.cancelChance) ? (calendar.instant(date, TimeOfDay(minutes: 7 * 60 + own.int(in: 0...300))), job.id) : nil
        }.sorted { ($0.at, $0.jobID) < ($1.at, $1.jobID) }
    }

    /// A customer calls to cancel `jobID`: the dispatcher cancels it unless the technician has set
    /// off (then the visit goes ahead). Returns whether it was cancelled.
    private func cancel(_ jobID: String, at now: Date) throws -> Bool {
        guard let job = try store.job(jobID), [.booked, .scheduled].contains(job.status) else { return false }
        try JobDesk(store: store).cancel(jobID, actor: "dispatcher", reason: "the customer called to cancel", now: now)
        narrator.customerReplied(try store.customer(id: job.customerID)?.name ?? jobID, body: "(calls to cancel \(jobID))", at: now)
        return true
    }

    /// What the technician's phone does with `events`: buffers GPS fixes, and posts each progress
    /// report after the fixes before it. Returns how many posts the API refused.
    private func report(_ events: [FieldEvent], technician: String, fixes: inout [String: [PositionFix]]) async throws -> Int {
        var refused = 0
        for event in events {
            if case .position(let point) = event.kind {
                fixes[technician, default: []].append(PositionFix(at: event.at, location: point))
            } else if let report = ProgressReport(event) {
                var phone = SimulationRandom(seed: daySeed, key: "phone \(technician) \(report.job) \(report.kind.rawValue)")
                if report.kind == .arrived, phone.chance(options.noise.forgottenArrivalChance) { continue }
                // Some reports wait on the phone for the next batch (a weak signal, an app in the
                // background), and nothing overtakes a report that waits.
                if heldReports[technician] != nil || phone.chance(options.noise.phoneBatchChance) {
                    heldReports[technician, default: []].append(report)
                    continue
                }
                refused += try await post(fixes: &fixes, technician: technician)
                refused += try await post(report, technician: technician)
            }
        }
        return refused
    }

    /// When the oldest fix or report `technician`'s phone holds was taken.
    private func oldestUnsent(_ technician: String, _ fixes: [String: [PositionFix]]) -> Date {
        min(fixes[technician]?.first?.at ?? .distantFuture, heldReports[technician]?.first?.at ?? .distantFuture)
    }

    /// Posts `technician`'s buffered fixes, then the reports held with them; returns how many posts the API refused.
    private func post(fixes: inout [String: [PositionFix]], technician: String) async throws -> Int {
        var refused = 0
        if let batch = fixes.removeValue(forKey: technician), !batch.isEmpty {
            do {
                try await link.postPositions(batch, technician: technician)
            } catch {
                refusals.warning("the API refused \(batch.count) fixes of \(technician): \(error)")
                refused += 1
            }
        }
        for report in heldReports.removeValue(forKey: technician) ?? [] { refused += try await post(report, technician: technician) }
        return refused
    }

    /// Posts one progress report; returns 1 if the API refused it.
    private func post(_ report: ProgressReport, technician: String) async throws -> Int {
        do {
            try await link.postProgress(report, technician: technician)
            return 0
        } catch {
            // Handed to someone else between the phone's last look at the route and this tap: the
            // app hears the visit has moved and shows the new route (fetched next), as a real one
            // does; neither side is at fault.
            if report.kind == .enRoute, try !isOnRoute(report.job, technician: technician) {
                refusals.info("\(technician) set off for \(report.job) just as it was handed to someone else")
                return 0
            }
            refusals.warning("the API refused \(technician)'s \(report.kind.rawValue) for \(report.job): \(error)")
            return 1
        }
    }

    /// Whether `jobID` is on `technician`'s route of the published plan of its date.
    private func isOnRoute(_ jobID: String, technician: String) throws -> Bool {
        guard let job = try store.job(jobID) else { return false }
        return try store.publishedPlan(on: job.date)?.visits.contains { $0.jobID == jobID && $0.technicianID == technician } ?? false
    }

    /// Says why the API refused a simulated report: a refusal is a defect of the product or of the
    /// simulation, and the count alone would not tell which.
    private let refusals = Logger(label: "punctual.simulator.refusals")

    private func jobs(_ ids: [String]) throws -> [Job] {
        try ids.compactMap { try store.job($0) }
    }

    /// An emergency call mid-day: the business's most urgent kind of work at a new place in its
    /// area, offered today's first keepable window, booked, and slotted into the chosen technician's
    /// route. Returns its id when booked.
    private func takeEmergency(on date: LocalDate, index: Int, random: inout SimulationRandom) throws -> String? {
        let now = clock.now
        let id = "E\(date.description.replacingOccurrences(of: "-", with: ""))-\(index)"
        let known = Dictionary(try store.customers().map { ($0.phone, $0.name) }) { first, _ in first }
        let csv = demand.emergencyCSV(id: id, date: date, serial: index, knownNames: known, random: &random)
        try Importer(store: store).run([.init(kind: .jobs, name: "emergency.csv", contents: csv)])
        guard let offer = try booker.offers(jobID: id, from: date, days: 1, store: store, now: now).first else {
            try store.updateJobStatus(jobID: id, to: .cancelled)
            narrator.emergency(jobID: id, bookedWith: nil, window: nil, at: now)
            return nil
        }
        _ = try booker.book(jobID: id, window: offer.window, store: store, now: now)
        do {
            try Reassigner().reassign(id, to: offer.technicianID, store: store, now: now)
        } catch {
            // Booked but not slotted: the dispatcher would re-plan; the visit counts as a broken promise.
        }
        narrator.emergency(jobID: id, bookedWith: offer.technicianName, window: offer.window, at: now)
        return id
    }

    // MARK: Messages and customers

    /// Runs an outbox pass and returns how the customers who got a text will answer it: each
    /// customer's answer to their n-th text of a kind is drawn for them alone (their own dice).
    @discardableResult
    private func deliverOutbox(at now: Date) throws -> [CustomerReply] {
        try outbox.runPass(now: now)
        var replies: [CustomerReply] = []
        let sent = try store.messages(sentAfter: lastPass)
        lastPass = now
        for message in sent {
            if let jobID = message.jobID, message.kind.warnsOfLateness, oracle.atWarning[jobID] == nil {
                oracle.atWarning[jobID] = oracle.projected[jobID] ?? .distantFuture
            }
            let customer = try store.customer(id: message.customerID)
            narrator.messageSent(message, to: customer?.name ?? message.recipient, at: now)
            guard message.channel == .sms else { continue }
            let key = "\(message.recipient) \(message.kind.rawValue)"
            textsSeen[key, default: 0] += 1
            var answer = SimulationRandom(seed: daySeed, key: "\(key) \(textsSeen[key]!)")
            let delay = TimeInterval(answer.int(in: 2...12) * 60)
            switch message.kind {
            case .runningLate where message.body.contains("Reply 1"):
                replies.append(CustomerReply(at: now + delay, phone: message.recipient, body: answer.chance(options.waitShare) ? "1" : "2"))
            case .rebookOptions, .promiseBroken:
                replies.append(CustomerReply(at: now + delay, phone: message.recipient, body: "1"))
            default:
                break
            }
        }
        return replies
    }

    // MARK: What was knowable, and what the product believed

    /// Each technician's parts checklist on the published plan of `date`.
    private func checklists(on date: LocalDate) throws -> [String: [PartChecklistItem]] {
        Dictionary(try store.publishedPlan(on: date)?.routes.map { ($0.technicianID, $0.checklist) } ?? []) { first, _ in first }
    }

    /// Updates the oracle: every agent's true-means projection, and for each promised visit not yet
    /// reached, since when it has shown the visit late without a break (a visit no route holds
    /// any more will not be reached today, so it shows late).
    private func look(at now: Date, agents: [TechnicianAgent], ahead: [String: DateInterval]) {
        var projected: [String: Date] = [:]
        for agent in agents { projected.merge(agent.projectedArrivals(at: now)) { first, _ in first } }
        oracle.projected = projected
        for (jobID, window) in ahead {
            let showsLate = projected[jobID].map { $0 > window.end } ?? true
            if showsLate {
                if oracle.lateSince[jobID] == nil { oracle.lateSince[jobID] = now }
            } else {
                oracle.lateSince[jobID] = nil
            }
        }
    }

    /// Records the product's latest P(late) of every promised visit not yet reached, to be set
    /// against what happened (the reliability table).
    private func sampleForecasts(at now: Date, ahead: [String: DateInterval], into reliability: inout ForecastSamples) throws {
        for (jobID, window) in ahead.sorted(by: { $0.key < $1.key }) where window.end > now {
            guard let forecast = try store.visitForecast(jobID: jobID) else { continue }
            reliability.record(jobID: jobID, technicianID: forecast.technicianID, pLate: forecast.pLate)
        }
    }

    // MARK: The day's account

    private func collect(date: LocalDate, promised: [String: DateInterval], agents: [TechnicianAgent], requests: Int,
                         declined: Int, emergencies: Int, refused: Int) throws -> DayResult {
        var arrivals: [String: Date] = [:]
        var completed: Set<String> = []
        var missingPart: Set<String> = []
        var wrongPart: Set<String> = []
        for agent in agents {
            arrivals.merge(agent.arrivals) { first, _ in first }
            completed.formUnion(agent.completed)
            missingPart.formUnion(agent.missingPart)
            wrongPart.formUnion(agent.wrongPart)
        }
        // Warnings count only when sent on the day: a visit rebooked from the day before carries
        // that day's texts, and they said nothing about this promise. The thread's length counts
        // the evening before too (the confirmation, the reminder).
        let evening = calendar.instant(date.adding(days: -1), .midnight)
        let from = calendar.instant(date, .midnight)
        let until = calendar.instant(date.adding(days: 1), .midnight)
        var messages = 0
        var visits: [SimulatedVisit] = []
        for (jobID, window) in promised.sorted(by: { $0.key < $1.key }) {
            let thread = try store.messages(jobID: jobID).filter { $0.createdAt >= evening && $0.createdAt < until }
            messages += thread.count
            let sent = thread.filter { message in
                guard let at = message.sentAt else { return false }
                return at >= from && at < until
            }
            let toldBroken = sent.filter { $0.kind == .promiseBroken }.compactMap(\.sentAt).min()
            let job = try store.job(jobID)
            var visit = SimulatedVisit(
                jobID: jobID, window: window, arrival: arrivals[jobID], completed: completed.contains(jobID),
                warnedAt: sent.filter(\.kind.warnsOfLateness).compactMap(\.sentAt).min(),
                reassigned: sent.contains { $0.kind == .reassigned },
                droppedByPlan: mornings[date]?.dropped.contains(jobID) ?? false, toldBrokenAt: toldBroken)
            visit.rebooked = arrivals[jobID] == nil && job?.status != .cancelled && job?.promisedWindow != window
            visit.knowableLateAt = oracle.lateSince[jobID]
            visit.onTimeByOracleAtWarning = oracle.atWarning[jobID].map { $0 <= window.end }
            visit.missingPart = missingPart.contains(jobID)
            visit.wrongPart = wrongPart.contains(jobID)
            if let planned = mornings[date]?.visits[jobID] {
                visit.morningTechnicianID = planned.technicianID
                visit.morningSequence = planned.sequence
                visit.morningArrival = planned.plannedArrival
            }
            visits.append(visit)
        }
        let overtime = agents.compactMap(\.overtimeSeconds).reduce(0, +) / 60
        let working = agents.filter { !$0.arrivals.isEmpty }.count
        return DayResult(date: date, requests: requests, declined: declined, emergencies: emergencies, refusedReports: refused,
                         visits: visits, messages: messages, overtimeMinutes: overtime, technicianDays: working)
    }
}
