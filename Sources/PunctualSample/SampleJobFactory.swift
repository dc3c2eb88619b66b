import Punctual
import PunctualCore
/// Makes the sample's jobs for one working day.
///
/// Job types come in fixed proportions for the season; durations, parts, priorities, customers and
/// places vary with the seed. About 30% of jobs already carry a promised one-hour window, spread
/// over the day in proportion to how many technicians of the job's trade are working each hour, so a
/// good plan can keep them all; a quarter of the rest state when the customer is home.
struct SampleJobFactory {
    /// One job, in the units the CSV writes.
    struct Job {
        let id: String
        let customer: Customer
        let type: SampleCatalog.JobType
        let minutes: Int
        let parts: [(part: String, quantity: Int)]
        let priority: String
        /// A promised window's start (minutes after midnight); it ends an hour later.
        var windowStart: Int?
        /// Intervals (minutes after midnight) in which the customer can receive the technician.
        var available: [(start: Int, end: Int)] = []
        let notes: String
    }

    /// Who asked for the job and where.
    struct Customer {
        let name: String
        let phone: String
        let email: String
        let notify: String
        let address: SampleAddress
    }

    /// The working day in which jobs are promised or available (minutes after midnight).
    static let workingDay = 480...1080

    /// Availabilities customers state, with how often; long jobs only get the `long` ones.
    private static let availabilities: [(intervals: [(Int, Int)], weight: Int, long: Bool)] = [
        ([(480, 720)], 30, true),              // 08:00-12:00
        ([(720, 1020)], 18, false),            // 12:00-17:00
        ([(780, 1080)], 10, false),            // 13:00-18:00
        ([(480, 600), (840, 1020)], 12, false), // 08:00-10:00;14:00-17:00
        ([(540, 660)], 8, true),               // 09:00-11:00
        ([(600, 840)], 12, true),              // 10:00-14:00
        ([(900, 1080)], 10, false),            // 15:00-18:00
    ]

    static func make(
        count: Int, month: Int, technicians: [SampleTechnicianFactory.Technician],
        random: inout SampleRandom, phones: inout SamplePhoneBook,
        addresses: inout SampleAddressBook, names: inout Set<String>
    ) -> [Job] {
        let held = Set(technicians.flatMap(\.skills))
        let types = SampleCatalog.jobTypes.filter { held.contains($0.skill) }
        let summer = (5...9).contains(month)
        var typeOrder = SampleQuota.split(count, weights: types.map { summer ? $0.summerWeight : $0.winterWeight })
            .enumerated().flatMap { Array(repeating: $0.offset, count: $0.element) }
        random.shuffle(&typeOrder)

        var customers: [Customer] = []
        var emails: Set<String> = []
        let width = max(4, String(count).count)
        var jobs: [Job] = typeOrder.enumerated().map { index, typeIndex in
            let type = types[typeIndex]
            // A few customers book a second job for the same day (a tune-up and a leaky tap).
            let customer: Customer
            if !customers.isEmpty && random.percent(4) {
                customer = random.pick(customers)
            } else {
                customer = newCustomer(random: &random, phones: &phones, addresses: &addresses,
                                       names: &names, emails: &emails)
                customers.append(customer)
            }
            let priority = SampleCatalog.priorities[random.weightedIndex(type.priorityWeights)]
            return Job(
                id: SampleFormat.identifier("J", index + 1, width: width), customer: customer,
                type: type, minutes: duration(type, random: &random), parts: parts(type, random: &random),
                priority: priority, notes: notes(type, priority: priority, random: &random))
        }
        promiseWindows(&jobs, technicians: technicians, random: &random)
        stateAvailability(&jobs, random: &random)
        return jobs
    }

    private static func newCustomer(
        random: inout SampleRandom, phones: inout SamplePhoneBook, addresses: inout SampleAddressBook,
        names: inout Set<String>, emails: inout Set<String>
    ) -> Customer {
        let name = SamplePeople.uniqueName(random: &random, taken: &names)
        let notify = ["sms", "both", "email"][random.weightedIndex([45, 35, 20])]
        var email = ""
        if notify != "sms" || random.percent(50) {
            email = SamplePeople.uniqueEmail(
                local: SamplePeople.personalMailbox(given: name.given, family: name.family, random: &random),
                domain: random.pick(["example.com", "example.org", "example.net"]), taken: &emails)
        }
        return Customer(
            name: "\(name.given) \(name.family)", phone: phones.take(), email: email, notify: notify,
            address: addresses.take(residential: false, random: &random))
    }

    /// Minutes, clustered around the middle of the type's range (sum of two uniforms), to the 5.
    private static func duration(_ type: SampleCatalog.JobType, random: inout SampleRandom) -> Int {
        let draw = random.int(in: 0...1000) + random.int(in: 0...1000)
        let minutes = type.minutes.lowerBound + (type.minutes.upperBound - type.minutes.lowerBound) * draw / 2000
        return (minutes + 2) / 5 * 5
    }

    /// The parts the job needs: one draw per rule, quantities merged per part in first-seen order.
    private static func parts(_ type: SampleCatalog.JobType, random: inout SampleRandom) -> [(part: String, quantity: Int)] {
        var merged: [(part: String, quantity: Int)] = []
        for rule in type.parts {
            let choice = random.weightedIndex(rule.bundles.map(\.weight) + [rule.none])
            guard choice < rule.bundles.count else { continue }
            for item in rule.bundles[choice].bundle.split(separator: ";") {
                let fields = item.split(separator: ":")
                let bounds = fields[1].split(separator: "-").map { Int($0)! }
                let quantity = random.int(in: bounds[0]...bounds[bounds.count - 1])
                let part = String(fields[0])
                if let at = merged.firstIndex(where: { $0.part == part }) {
                    merged[at].quantity += quantity
                } else {
                    merged.append((part, quantity))
                }
            }
        }
        return merged
    }

    /// What the customer said: often nothing, else the symptom, how to get in, or both.
    /// An emergency always says what is wrong.
    private static func notes(_ type: SampleCatalog.JobType, priority: String, random: inout SampleRandom) -> String {
        if priority == "emergency" {
            return type.id == "furnace-repair" ? "No heat; house is getting cold" : random.pick(type.symptoms)
        }
        switch random.int(below: 20) {
        case 0..<9: return ""
        case 9..<14: return random.pick(type.symptoms)
        case 14..<18: return random.pick(SampleCatalog.accessNotes)
        default: return random.pick(type.symptoms) + "; " + random.pick(SampleCatalog.accessNotes)
        }
    }

    /// Gives about 30% of non-emergency jobs a promised one-hour window, starting on the hour.
    ///
    /// Each window goes to the hour where its trade is least loaded relative to the technicians of
    /// that trade on shift, among the hours from which the job can still finish before the last such
    /// shift ends; ties are broken at random. Longer jobs are placed first, as they have fewer hours.
    private static func promiseWindows(
        _ jobs: inout [Job], technicians: [SampleTechnicianFactory.Technician], random: inout SampleRandom
    ) {
        var candidates = jobs.indices.filter { jobs[$0].priority != "emergency" }
        random.shuffle(&candidates)
        let chosen = candidates.prefix((jobs.count * 30 + 50) / 100)
            .sorted { jobs[$0].minutes != jobs[$1].minutes ? jobs[$0].minutes > jobs[$1].minutes : $0 < $1 }
        let hours = Array(workingDay.lowerBound / 60..<workingDay.upperBound / 60)
        var load: [String: [Int]] = [:]
        for index in chosen {
            let skill = jobs[index].type.skill
            let crew = technicians.filter { $0.skills.contains(skill) }
            var best: [Int] = []
            var bestScore = Int.max
            for (slot, hour) in hours.enumerated() {
                let onShift = crew.filter {
                    $0.shiftStart <= hour * 60 && hour * 60 + jobs[index].minutes <= $0.shiftEnd
                }.count
                guard onShift > 0 else { continue }
                let score = (load[skill, default: hours.map { _ in 0 }][slot] + 1) * 1000 / onShift
                if score < bestScore { (best, bestScore) = ([slot], score) } else if score == bestScore { best.append(slot) }
            }
            // Only possible if no one of the trade works long enough; the job then stays unpromised.
            guard !best.isEmpty else { continue }
            let slot = random.pick(best)
            load[skill, default: hours.map { _ in 0 }][slot] += 1
            jobs[index].windowStart = hours[slot] * 60
        }
    }

    /// Gives about a quarter of the jobs without a window (emergencies aside) stated availability.
    private static func stateAvailability(_ jobs: inout [Job], random: inout SampleRandom) {
        var open = jobs.indices.filter { jobs[$0].windowStart == nil && jobs[$0].priority != "emergency" }
        let count = (jobs.filter { $0.windowStart == nil }.count * 25 + 50) / 100
        random.shuffle(&open)
        for index in open.prefix(count) {
            let long = jobs[index].minutes >= 150
            let options = availabilities.filter { !long || $0.long }
            let choice = options[random.weightedIndex(options.map(\.weight))]
            jobs[index].available = choice.intervals.map { (start: $0.0, end: $0.1) }
        }
    }
}
