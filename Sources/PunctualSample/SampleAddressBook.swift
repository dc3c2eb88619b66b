import Punctual
import PunctualCore
/// Hands out distinct addresses along `MissoulaStreets`.
///
/// Two customers at one address would look like a data-entry error (and a technician living at a
/// customer's door would be odd), so every address is new; once a big business has used up a
/// stretch's house numbers, the next customers live in apartments.
struct SampleAddressBook {
    private var taken: Set<String> = []

    /// A new address; `residential` restricts it to streets people live on (technicians' homes).
    /// Jobs land on residential streets three times as often as on arterials.
    mutating func take(residential: Bool, random: inout SampleRandom) -> SampleAddress {
        let streets = residential ? MissoulaStreets.residential : MissoulaStreets.all
        let weights = streets.map { $0.residential ? 3 : 1 }
        var attempt = 0
        while true {
            let street = streets[random.weightedIndex(weights)]
            let point = street.address(permille: random.int(in: 0...1000), side: random.int(below: 2))
            var line = "\(point.number) \(street.name)"
            attempt += 1
            if attempt > 20 { line += " Apt \(random.int(in: 1...40))" }
            if taken.insert(line + street.zip).inserted {
                return SampleAddress(
                    text: "\(line), \(MissoulaStreets.city) \(street.zip)", lat: point.lat, lon: point.lon)
            }
        }
    }
}
