import Punctual
import PunctualCore
/// A straight stretch of a real street, with the house numbers along it.
///
/// A generated address picks a fraction along the stretch and uses it both for the house number and
/// for the point, so the number and the coordinates agree and the point lies on the named street.
/// Coordinates are kept in microdegrees so interpolation and formatting are exact integer arithmetic
/// and a seed reproduces the same bytes on every platform.
struct SampleStreet: Sendable {
    /// Street name as written in an address, e.g. "S Higgins Ave".
    let name: String
    /// Five-digit ZIP code of the stretch.
    let zip: String
    /// Neighbourhood, for documentation and for spreading technicians' homes.
    let neighborhood: String
    /// House numbers at `from` and at `to` (either order).
    let numbers: ClosedRange<Int>
    /// One end of the stretch: latitude and longitude in microdegrees.
    let from: (lat: Int, lon: Int)
    /// The other end of the stretch, in microdegrees.
    let to: (lat: Int, lon: Int)
    /// Whether people live along it (arterials and commercial strips get fewer jobs and no homes).
    let residential: Bool

    init(
        _ name: String, _ zip: String, _ neighborhood: String, _ numbers: ClosedRange<Int>,
        from: (Double, Double), to: (Double, Double), residential: Bool = true
    ) {
        self.name = name
        self.zip = zip
        self.neighborhood = neighborhood
        self.numbers = numbers
        self.from = (Self.micro(from.0), Self.micro(from.1))
        self.to = (Self.micro(to.0), Self.micro(to.1))
        self.residential = residential
    }

    /// The house number and point at `permille` thousandths of the way along the stretch.
    ///
    /// `side` 0 gives even numbers and 1 odd, as the two sides of a US street do.
    func address(permille: Int, side: Int) -> (number: Int, lat: Int, lon: Int) {
        let span = numbers.upperBound - numbers.lowerBound
        var number = numbers.lowerBound + span * permille / 1000
        if number % 2 != side { number += number < numbers.upperBound ? 1 : -1 }
        let lat = from.lat + (to.lat - from.lat) * permille / 1000
        let lon = from.lon + (to.lon - from.lon) * permille / 1000
        return (number, lat, lon)
    }

    private static func micro(_ degrees: Double) -> Int {
        Int((degrees * 1_000_000).rounded())
    }
}
