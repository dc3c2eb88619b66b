import Punctual
import PunctualCore
/// A generated street address and the point on the street where it is.
struct SampleAddress {
    /// e.g. `1234 S Higgins Ave, Missoula, MT 59801`.
    let text: String
    /// Microdegrees.
    let lat: Int
    /// Microdegrees.
    let lon: Int
}
