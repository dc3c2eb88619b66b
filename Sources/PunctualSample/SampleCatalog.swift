import Punctual
import PunctualCore
/// What the sample business sells and carries: its skills, parts, job types and van kits.
///
/// The numbers are chosen so a generated day looks like a real one for a small home-services company
/// in a Montana November: heating work dominates, most visits take 30–60 minutes, a few replacements
/// take half a day, most parts ride on the van but the big ones (water heaters, panels) wait at the
/// depot, and a handful of jobs are no-heat emergencies.
enum SampleCatalog {
    /// A part in the catalogue.
    struct Part: Sendable {
        /// Lowercase slug, e.g. `capacitor-45uf`.
        let id: String
        let name: String
        /// Unit cost in US cents.
        let unitCostCents: Int
    }

    /// One independent draw of parts for a job: either one of the weighted bundles, or nothing.
    struct PartRule: Sendable {
        /// Bundles written `part:quantity;part:min-max` with their weights.
        let bundles: [(bundle: String, weight: Int)]
        /// Weight of needing nothing from this rule.
        let none: Int

        init(none: Int, _ bundles: (String, Int)...) {
            self.none = none
            self.bundles = bundles.map { (bundle: $0.0, weight: $0.1) }
        }
    }

    /// A kind of visit, with what it needs.
    struct JobType: Sendable {
        /// Slug written in `jobs.csv`, e.g. `furnace-repair`.
        let id: String
        /// The one skill the job requires.
        let skill: String
        /// Relative frequency from October to April (heating season).
        let winterWeight: Int
        /// Relative frequency from May to September.
        let summerWeight: Int
        /// Shortest and longest expected duration in minutes; draws cluster around the middle.
        let minutes: ClosedRange<Int>
        /// Weights of `emergency`, `high`, `normal`, `low`.
        let priorityWeights: [Int]
        let parts: [PartRule]
        /// What a customer typically says when booking, used for notes.
        let symptoms: [String]
    }

    /// The four trades, in the order used throughout the generator.
    static let skills = ["hvac", "plumbing", "electrical", "appliance"]

    /// Share of technicians whose main trade is each skill (percent, same order as `skills`);
    /// roughly the share of working minutes each trade's jobs take in the heating season.
    static let technicianSkillShare = [36, 28, 16, 20]

    /// Priority names, in the order of `JobType.priorityWeights`.
    static let priorities = ["emergency", "high", "normal", "low"]

    static let parts: [Part] = [
        Part(id: "capacitor-45uf", name: "Dual run capacitor 45/5 uF", unitCostCents: 2450),
        Part(id: "capacitor-35uf", name: "Dual run capacitor 35/5 uF", unitCostCents: 2175),
        Part(id: "contactor-30a", name: "Contactor 30 A, 24 V coil", unitCostCents: 1890),
        Part(id: "furnace-filter-16x25", name: "Furnace filter 16x25x1 MERV 8", unitCostCents: 875),
        Part(id: "furnace-filter-20x25", name: "Furnace filter 20x25x1 MERV 8", unitCostCents: 995),
        Part(id: "igniter-hot-surface", name: "Hot surface igniter", unitCostCents: 3840),
        Part(id: "flame-sensor", name: "Flame sensor rod", unitCostCents: 1460),
        Part(id: "pressure-switch", name: "Draft inducer pressure switch", unitCostCents: 4280),
        Part(id: "inducer-motor", name: "Draft inducer motor assembly", unitCostCents: 18900),
        Part(id: "thermostat-smart", name: "Smart Wi-Fi thermostat", unitCostCents: 16900),
        Part(id: "thermostat-programmable", name: "Programmable thermostat, 7-day", unitCostCents: 6450),
        Part(id: "flapper-valve", name: "Toilet flapper, 2 in", unitCostCents: 625),
        Part(id: "toilet-fill-valve", name: "Toilet fill valve", unitCostCents: 1480),
        Part(id: "wax-ring", name: "Toilet wax ring with flange", unitCostCents: 540),
        Part(id: "supply-line-braided", name: "Braided supply line 3/8 in x 20 in", unitCostCents: 920),
        Part(id: "p-trap-1-5in", name: "P-trap 1-1/2 in PVC", unitCostCents: 1135),
        Part(id: "faucet-cartridge", name: "Single-handle faucet cartridge", unitCostCents: 2260),
        Part(id: "shutoff-valve-1-2in", name: "Quarter-turn shutoff valve 1/2 in", unitCostCents: 1290),
        Part(id: "water-heater-40gal-gas", name: "Water heater, 40 gal natural gas", unitCostCents: 74900),
        Part(id: "water-heater-50gal-electric", name: "Water heater, 50 gal electric", unitCostCents: 68900),
        Part(id: "gas-flex-connector", name: "Gas flex connector 1/2 in x 24 in", unitCostCents: 1980),
        Part(id: "expansion-tank-2gal", name: "Thermal expansion tank, 2 gal", unitCostCents: 4650),
        Part(id: "gfci-outlet-20a", name: "GFCI outlet 20 A", unitCostCents: 2140),
        Part(id: "outlet-15a", name: "Duplex outlet 15 A", unitCostCents: 310),
        Part(id: "breaker-20a", name: "Circuit breaker 20 A single-pole", unitCostCents: 1180),
        Part(id: "breaker-afci-15a", name: "AFCI circuit breaker 15 A", unitCostCents: 4490),
        Part(id: "panel-200a", name: "Load center 200 A, 40 spaces", unitCostCents: 38900),
        Part(id: "dishwasher-drain-pump", name: "Dishwasher drain pump", unitCostCents: 6800),
        Part(id: "dishwasher-door-gasket", name: "Dishwasher door gasket", unitCostCents: 2950),
        Part(id: "washer-lid-switch", name: "Washer lid switch", unitCostCents: 2730),
        Part(id: "washer-drain-pump", name: "Washer drain pump", unitCostCents: 5870),
        Part(id: "fridge-defrost-thermostat", name: "Refrigerator defrost thermostat", unitCostCents: 2410),
        Part(id: "fridge-evaporator-fan", name: "Refrigerator evaporator fan motor", unitCostCents: 4680),
        Part(id: "fridge-water-valve", name: "Refrigerator water inlet valve", unitCostCents: 3990),
    ]

    static let jobTypes: [JobType] = [
        JobType(
            id: "furnace-repair", skill: "hvac", winterWeight: 16, summerWeight: 3, minutes: 35...75,
            priorityWeights: [20, 35, 40, 5],
            parts: [
                PartRule(none: 22, ("igniter-hot-surface:1", 30), ("flame-sensor:1", 25),
                         ("pressure-switch:1", 15), ("inducer-motor:1", 8)),
                PartRule(none: 60, ("furnace-filter-16x25:1", 40)),
            ],
            symptoms: ["No heat since last night", "Furnace clicks but won't light",
                       "Furnace short-cycling", "Blower runs, but air is cold",
                       "Status light blinks 3 times"]),
        JobType(
            id: "furnace-tuneup", skill: "hvac", winterWeight: 14, summerWeight: 4, minutes: 25...45,
            priorityWeights: [0, 0, 60, 40],
            parts: [
                PartRule(none: 10, ("furnace-filter-16x25:1", 55), ("furnace-filter-20x25:1", 35)),
                PartRule(none: 90, ("flame-sensor:1", 10)),
            ],
            symptoms: ["Annual tune-up", "Tune-up before Thanksgiving guests arrive",
                       "Furnace is 12 years old, wants it checked"]),
        JobType(
            id: "ac-repair", skill: "hvac", winterWeight: 3, summerWeight: 16, minutes: 40...70,
            priorityWeights: [0, 20, 70, 10],
            parts: [
                PartRule(none: 30, ("capacitor-45uf:1", 45), ("capacitor-35uf:1", 25)),
                PartRule(none: 60, ("contactor-30a:1", 40)),
            ],
            symptoms: ["Heat pump won't switch to heat", "Outdoor unit hums, fan not turning"]),
        JobType(
            id: "thermostat-install", skill: "hvac", winterWeight: 5, summerWeight: 5, minutes: 25...45,
            priorityWeights: [0, 5, 65, 30],
            parts: [PartRule(none: 0, ("thermostat-smart:1", 70), ("thermostat-programmable:1", 30))],
            symptoms: ["Wants the new thermostat set up on their phone",
                       "Old mercury thermostat, please take it away"]),
        JobType(
            id: "water-heater-replace", skill: "plumbing", winterWeight: 4, summerWeight: 4,
            minutes: 180...240, priorityWeights: [5, 50, 45, 0],
            parts: [
                PartRule(none: 0, ("water-heater-40gal-gas:1;gas-flex-connector:1", 65),
                         ("water-heater-50gal-electric:1", 35)),
                PartRule(none: 50, ("expansion-tank-2gal:1", 50)),
            ],
            symptoms: ["No hot water; tank leaking at the base", "Tank is 15 years old, rusty water"]),
        JobType(
            id: "drain-clog", skill: "plumbing", winterWeight: 10, summerWeight: 10, minutes: 25...45,
            priorityWeights: [5, 30, 60, 5],
            parts: [PartRule(none: 75, ("p-trap-1-5in:1", 25))],
            symptoms: ["Kitchen sink backed up", "Basement floor drain slow", "Bathtub drains slowly"]),
        JobType(
            id: "leak-repair", skill: "plumbing", winterWeight: 10, summerWeight: 10, minutes: 30...60,
            priorityWeights: [8, 30, 57, 5],
            parts: [
                PartRule(none: 8, ("flapper-valve:1", 25), ("toilet-fill-valve:1;flapper-valve:1", 10),
                         ("wax-ring:1", 15), ("supply-line-braided:1-2", 15), ("faucet-cartridge:1", 15),
                         ("shutoff-valve-1-2in:1-2", 12)),
            ],
            symptoms: ["Toilet runs all night", "Drip under the kitchen sink",
                       "Water stain on the ceiling below the bathroom"]),
        JobType(
            id: "outlet-repair", skill: "electrical", winterWeight: 11, summerWeight: 11, minutes: 20...40,
            priorityWeights: [2, 15, 70, 13],
            parts: [
                PartRule(none: 10, ("gfci-outlet-20a:1-2", 55), ("outlet-15a:2-4", 35)),
                PartRule(none: 85, ("breaker-20a:1", 15)),
            ],
            symptoms: ["Breaker keeps tripping", "Bathroom GFCI won't reset", "Outlet sparked, now dead"]),
        JobType(
            id: "panel-upgrade", skill: "electrical", winterWeight: 2, summerWeight: 2, minutes: 180...270,
            priorityWeights: [0, 0, 60, 40],
            parts: [PartRule(none: 0, ("panel-200a:1;breaker-20a:4-8;breaker-afci-15a:2-4", 100))],
            symptoms: ["Replacing an old Federal Pacific panel", "Upgrade for an EV charger circuit"]),
        JobType(
            id: "dishwasher-repair", skill: "appliance", winterWeight: 9, summerWeight: 9, minutes: 30...55,
            priorityWeights: [0, 10, 70, 20],
            parts: [PartRule(none: 25, ("dishwasher-drain-pump:1", 50), ("dishwasher-door-gasket:1", 25))],
            symptoms: ["Dishwasher not draining", "Dishwasher leaks from the door"]),
        JobType(
            id: "washer-repair", skill: "appliance", winterWeight: 8, summerWeight: 8, minutes: 30...55,
            priorityWeights: [0, 15, 70, 15],
            parts: [PartRule(none: 20, ("washer-lid-switch:1", 45), ("washer-drain-pump:1", 35))],
            symptoms: ["Washer won't spin", "Lid lock error, won't start", "Water left in the drum"]),
        JobType(
            id: "fridge-repair", skill: "appliance", winterWeight: 8, summerWeight: 10, minutes: 35...65,
            priorityWeights: [0, 35, 60, 5],
            parts: [
                PartRule(none: 10, ("fridge-defrost-thermostat:1", 40), ("fridge-evaporator-fan:1", 30),
                         ("fridge-water-valve:1", 20)),
            ],
            symptoms: ["Fridge not cooling; freezer OK", "Ice maker not filling",
                       "Fan noise from the freezer"]),
    ]

    /// What a van of each trade normally carries, with the usual quantity. Parts not listed
    /// (inducer motors, water heaters, panels) are loaded at the depot for the job that needs them.
    static let vanKits: [String: [(part: String, quantity: Int)]] = [
        "hvac": [
            ("capacitor-45uf", 3), ("capacitor-35uf", 2), ("contactor-30a", 2),
            ("furnace-filter-16x25", 6), ("furnace-filter-20x25", 4), ("igniter-hot-surface", 2),
            ("flame-sensor", 3), ("pressure-switch", 1), ("thermostat-programmable", 1),
            ("thermostat-smart", 1),
        ],
        "plumbing": [
            ("flapper-valve", 4), ("toilet-fill-valve", 2), ("wax-ring", 3), ("supply-line-braided", 4),
            ("p-trap-1-5in", 2), ("faucet-cartridge", 2), ("shutoff-valve-1-2in", 3),
            ("gas-flex-connector", 1), ("expansion-tank-2gal", 1),
        ],
        "electrical": [
            ("gfci-outlet-20a", 4), ("outlet-15a", 10), ("breaker-20a", 4), ("breaker-afci-15a", 2),
        ],
        "appliance": [
            ("dishwasher-drain-pump", 1), ("dishwasher-door-gasket", 1), ("washer-lid-switch", 2),
            ("washer-drain-pump", 1), ("fridge-defrost-thermostat", 2), ("fridge-evaporator-fan", 1),
            ("fridge-water-valve", 1),
        ],
    ]

    /// How customers describe getting in, written into some jobs' notes (some need CSV quoting).
    static let accessNotes = [
        "Gate code 4412; dog in yard", "Park in the alley, side door, not front",
        "Call 10 minutes ahead", "Basement entrance around back",
        "Tenant will let you in; landlord pays", "Please knock loudly, doorbell broken",
        "Ask for \"Mo\" at the front desk", "Steep icy driveway, park on the street",
        "Key in lockbox, code 2719", "Cat indoors, keep doors closed",
    ]
}
