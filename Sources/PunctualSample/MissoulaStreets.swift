import Punctual
import PunctualCore
/// Real street stretches of Missoula, Montana, and the sample business's depot.
///
/// The sample business must feel like a real day in a real city: travel times between jobs come from
/// these coordinates, so jobs cluster and spread the way Missoula's neighbourhoods do (downtown and the
/// University District north and south of the Clark Fork, the Rattlesnake up its valley, Midtown and
/// Franklin to the Fort in the grid west of Higgins, the South Hills and Linda Vista, Target Range,
/// Grant Creek). Each entry is a straight stretch chosen to stay on land, away from the river and
/// off the slopes of Mount Sentinel and Mount Jumbo; end points are approximate (about a block).
enum MissoulaStreets {
    /// The city printed in every address.
    static let city = "Missoula, MT"

    /// The depot: a shop and parts warehouse in the light-industrial strip on Wyoming St.
    static let depot = (
        address: "2205 Wyoming St, Missoula, MT 59801",
        lat: 46_870_500, lon: -114_026_000
    )

    /// The curated stretches, in a fixed order (the generator's output depends on it).
    static let all: [SampleStreet] = [
        // Downtown, Northside and Westside (north of the Clark Fork)
        SampleStreet("N Higgins Ave", "59802", "Downtown", 100...399,
                     from: (46.87250, -113.99420), to: (46.87570, -113.99440), residential: false),
        SampleStreet("E Broadway", "59802", "Downtown", 100...699,
                     from: (46.87230, -113.99250), to: (46.87190, -113.98780), residential: false),
        SampleStreet("W Broadway", "59802", "Downtown", 100...799,
                     from: (46.87270, -113.99600), to: (46.87370, -114.00400), residential: false),
        SampleStreet("W Broadway", "59802", "Westside", 1000...2299,
                     from: (46.87450, -114.00800), to: (46.87900, -114.02900), residential: false),
        SampleStreet("E Pine St", "59802", "Downtown", 100...599,
                     from: (46.87440, -113.99300), to: (46.87420, -113.98780)),
        SampleStreet("W Spruce St", "59802", "Downtown", 100...399,
                     from: (46.87360, -113.99580), to: (46.87420, -113.99950)),
        SampleStreet("Scott St", "59802", "Northside", 700...1399,
                     from: (46.87900, -114.00100), to: (46.88450, -114.00200)),
        SampleStreet("Phillips St", "59802", "Northside", 200...799,
                     from: (46.88150, -113.99800), to: (46.88200, -114.00650)),
        SampleStreet("Cooley St", "59802", "Westside", 300...699,
                     from: (46.87520, -114.00600), to: (46.87780, -114.00630)),
        // Lower and Upper Rattlesnake
        SampleStreet("Van Buren St", "59802", "Lower Rattlesnake", 300...999,
                     from: (46.87250, -113.98320), to: (46.87850, -113.98300)),
        SampleStreet("Rattlesnake Dr", "59802", "Rattlesnake", 1000...2999,
                     from: (46.88050, -113.98200), to: (46.89900, -113.97550)),
        SampleStreet("Duncan Dr", "59802", "Rattlesnake", 1000...2499,
                     from: (46.88200, -113.98750), to: (46.89650, -113.98550)),
        // Hip Strip and University District (south of the river, west of Mount Sentinel)
        SampleStreet("S Higgins Ave", "59801", "Hip Strip", 500...1499,
                     from: (46.86700, -113.99540), to: (46.85500, -113.99600), residential: false),
        SampleStreet("Gerald Ave", "59801", "University District", 500...1299,
                     from: (46.86250, -113.98870), to: (46.85450, -113.98880)),
        SampleStreet("Maurice Ave", "59801", "University District", 500...1199,
                     from: (46.86300, -113.99160), to: (46.85550, -113.99170)),
        SampleStreet("S 6th St E", "59801", "University District", 100...599,
                     from: (46.86250, -113.99450), to: (46.86250, -113.98950)),
        SampleStreet("Daly Ave", "59801", "University District", 100...599,
                     from: (46.86000, -113.99480), to: (46.86000, -113.98950)),
        SampleStreet("Helen Ave", "59801", "University District", 100...599,
                     from: (46.85850, -113.99400), to: (46.85850, -113.98900)),
        SampleStreet("Beckwith Ave", "59801", "University District", 100...699,
                     from: (46.85500, -113.99500), to: (46.85500, -113.98700)),
        // Riverfront, Slant Streets, Franklin to the Fort
        SampleStreet("S 3rd St W", "59801", "Riverfront", 100...999,
                     from: (46.86400, -113.99750), to: (46.86300, -114.01300)),
        SampleStreet("S 5th St W", "59801", "Riverfront", 100...899,
                     from: (46.86220, -113.99800), to: (46.86150, -114.01100)),
        SampleStreet("S Russell St", "59801", "Franklin to the Fort", 800...1899,
                     from: (46.86050, -114.02980), to: (46.84950, -114.02990), residential: false),
        SampleStreet("S 14th St W", "59801", "Franklin to the Fort", 1000...2199,
                     from: (46.85550, -114.01600), to: (46.85500, -114.03700)),
        SampleStreet("Garfield St", "59801", "Franklin to the Fort", 1300...1999,
                     from: (46.86000, -114.02050), to: (46.85250, -114.02070)),
        SampleStreet("North Ave W", "59801", "Franklin to the Fort", 1200...2399,
                     from: (46.84950, -114.01500), to: (46.84920, -114.03800)),
        // Midtown (Brooks, Russell, Reserve)
        SampleStreet("Mount Ave", "59801", "Midtown", 1000...2399,
                     from: (46.85250, -114.00700), to: (46.85200, -114.03500)),
        SampleStreet("South Ave W", "59801", "Midtown", 1000...2999,
                     from: (46.84580, -114.00600), to: (46.84550, -114.04400)),
        SampleStreet("Brooks St", "59801", "Midtown", 1400...3499,
                     from: (46.85500, -114.00600), to: (46.83450, -114.03700), residential: false),
        SampleStreet("Stephens Ave", "59801", "Midtown", 1300...2399,
                     from: (46.85600, -114.00350), to: (46.84450, -114.01200)),
        SampleStreet("Strand Ave", "59801", "Midtown", 1500...2299,
                     from: (46.84300, -114.02000), to: (46.84300, -114.03300)),
        SampleStreet("S Reserve St", "59801", "Reserve Street", 1600...3299,
                     from: (46.85600, -114.04750), to: (46.83500, -114.04800), residential: false),
        // Target Range
        SampleStreet("Clements Rd", "59804", "Target Range", 2000...3299,
                     from: (46.85400, -114.05700), to: (46.83900, -114.05750)),
        SampleStreet("Spurgin Rd", "59804", "Target Range", 4000...5299,
                     from: (46.84900, -114.05300), to: (46.84900, -114.08000)),
        SampleStreet("South Ave W", "59804", "Target Range", 3400...4999,
                     from: (46.84550, -114.05000), to: (46.84550, -114.07000)),
        // South Hills, Pattee Canyon, Linda Vista
        SampleStreet("39th St", "59803", "South Hills", 100...999,
                     from: (46.83600, -114.01200), to: (46.83600, -113.99500)),
        SampleStreet("Whitaker Dr", "59803", "South Hills", 3000...4299,
                     from: (46.83300, -113.99900), to: (46.82500, -114.00700)),
        SampleStreet("Hillview Way", "59803", "South Hills", 3000...4399,
                     from: (46.83000, -114.00800), to: (46.81700, -114.00900)),
        SampleStreet("Pattee Canyon Dr", "59803", "Pattee Canyon", 100...999,
                     from: (46.84050, -113.99400), to: (46.83850, -113.97300)),
        SampleStreet("Miller Creek Rd", "59803", "Linda Vista", 2000...4999,
                     from: (46.82300, -114.04200), to: (46.80900, -114.03300)),
        SampleStreet("Linda Vista Blvd", "59803", "Linda Vista", 5000...6299,
                     from: (46.81650, -114.04200), to: (46.81100, -114.03600)),
        // Grant Creek and the Mullan Road area
        SampleStreet("Grant Creek Rd", "59808", "Grant Creek", 1500...6999,
                     from: (46.90100, -114.04900), to: (46.92600, -114.06100)),
        SampleStreet("Mullan Rd", "59808", "Mullan", 2000...4999,
                     from: (46.87800, -114.05100), to: (46.88300, -114.08500)),
        SampleStreet("Flynn Ln", "59808", "Mullan", 2000...3199,
                     from: (46.87500, -114.06100), to: (46.88900, -114.06200)),
    ]

    /// The stretches people live on (technicians' homes are drawn from these).
    static let residential: [SampleStreet] = all.filter(\.residential)
}
