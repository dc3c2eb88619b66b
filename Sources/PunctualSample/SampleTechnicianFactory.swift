import Punctual
import PunctualCore
/// Makes the sample's technicians and their van stock.
///
/// The team's shape is fixed and only its members vary with the seed: trades in proportion to the
/// season's demand, about half the team with a second trade, most shifts 08:00–17:00 with some early,
/// late and part-time ones, most vans leaving from the depot and a few from technicians' homes. Every
/// trade is always held by someone, so every generated job can be served by somebody.
struct SampleTechnicianFactory {
    /// One technician, in the units the CSV writes (minutes after midnight, microdegrees).
    struct Technician {
        let id: String
        let name: String
        let phone: String
        let email: String
        let start: (lat: Int, lon: Int)
        /// Nil when the day ends where it started.
        let end: (lat: Int, lon: Int)?
        let shiftStart: Int
        let shiftEnd: Int
        /// Skills in `SampleCatalog.skills` order.
        let skills: [String]
        /// Break length and the interval in which it must start; nil for a short shift.
        let lunch: (minutes: Int, earliest: Int, latest: Int)?
        let stock: [(part: String, quantity: Int)]
    }

    /// Shift kinds: start, end (minutes after midnight) and whether it includes a break.
    private static let shifts: [(start: Int, end: Int, lunch: Bool)] = [
        (480, 1020, true),  // 08:00–17:00
        (420, 930, true),   // 07:00–15:30
        (600, 1140, true),  // 10:00–19:00
        (480, 780, false),  // 08:00–13:00, part time
    ]
    /// Which shift kind each of every twelve technicians works.
    private static let shiftPattern = [0, 0, 1, 0, 2, 0, 0, 1, 0, 0, 3, 0]

    /// Where the day starts and ends, for every twelve technicians.
    private enum Base { case depot, home, depotThenHome, homeThenDepot }
    private static let basePattern: [Base] = [
        .depot, .depot, .home, .depot, .depot, .depotThenHome,
        .depot, .depot, .home, .depot, .homeThenDepot, .depot,
    ]

    /// Likely second trades for each main trade (weights in `SampleCatalog.skills` order).
    private static let secondSkillWeights: [String: [Int]] = [
        "hvac": [0, 25, 60, 15],
        "plumbing": [35, 0, 25, 40],
        "electrical": [50, 0, 0, 50],
        "appliance": [20, 30, 50, 0],
    ]

    static func make(
        count: Int, random: inout SampleRandom, phones: inout SamplePhoneBook,
        addresses: inout SampleAddressBook, names: inout Set<String>
    ) -> [Technician] {
        let skills = SampleCatalog.skills
        var primaries = SampleQuota.split(count, weights: SampleCatalog.technicianSkillShare)
            .enumerated().flatMap { Array(repeating: skills[$0.offset], count: $0.element) }
        random.shuffle(&primaries)
        var shiftKinds = (0..<count).map { shiftPattern[$0 % shiftPattern.count] }
        random.shuffle(&shiftKinds)
        var bases = (0..<count).map { basePattern[$0 % basePattern.count] }
        random.shuffle(&bases)

        var skillSets: [Set<String>] = primaries.map { primary in
            var set: Set<String> = [primary]
            if random.percent(50) {
                set.insert(skills[random.weightedIndex(secondSkillWeights[primary]!)])
                if random.percent(8) { set.insert(random.pick(skills)) }
            }
            return set
        }
        // A team smaller than the number of trades still covers them all.
        for (index, skill) in skills.enumerated() where !skillSets.contains(where: { $0.contains(skill) }) {
            skillSets[index % count].insert(skill)
        }

        let width = max(2, String(count).count)
        var emails: Set<String> = []
        return (0..<count).map { index in
            let name = SamplePeople.uniqueName(random: &random, taken: &names)
            let email = SamplePeople.uniqueEmail(
                local: SamplePeople.slug(name.given) + "." + SamplePeople.slug(name.family),
                domain: "example.com", taken: &emails)
            let home = addresses.take(residential: true, random: &random)
            let depot = (lat: MissoulaStreets.depot.lat, lon: MissoulaStreets.depot.lon)
            let start: (lat: Int, lon: Int)
            let end: (lat: Int, lon: Int)?
            switch bases[index] {
            case .depot: (start, end) = (depot, nil)
            case .home: (start, end) = ((home.lat, home.lon), nil)
            case .depotThenHome: (start, end) = (depot, (home.lat, home.lon))
            case .homeThenDepot: (start, end) = ((home.lat, home.lon), depot)
            }
            let shift = shifts[shiftKinds[index]]
            let ordered = skills.filter { skillSets[index].contains($0) }
            return Technician(
                id: SampleFormat.identifier("T", index + 1, width: width),
                name: "\(name.given) \(name.family)", phone: phones.take(), email: email, start: start, end: end,
                shiftStart: shift.start, shiftEnd: shift.end, skills: ordered,
                lunch: shift.lunch ? (30, 690, 810) : nil,
                stock: vanStock(skills: ordered, random: &random))
        }
    }

    /// A van's stock: the usual kit of each of the technician's trades, with a few items run out
    /// and quantities a little off the norm, as real vans are by Tuesday.
    private static func vanStock(skills: [String], random: inout SampleRandom) -> [(part: String, quantity: Int)] {
        var stock: [(part: String, quantity: Int)] = []
        for skill in skills {
            for item in SampleCatalog.vanKits[skill] ?? [] where random.percent(85) {
                stock.append((item.part, max(1, item.quantity + random.int(in: -1...1))))
            }
            // A few plumbers keep one gas water heater on the truck; the rest fetch it from the depot.
            if skill == "plumbing" && random.percent(25) {
                stock.append(("water-heater-40gal-gas", 1))
            }
        }
        return stock
    }
}
