/// A small, fast, seedable random number generator (Steele, Lea & Flood's SplitMix64).
///
/// Every random choice in Punctual goes through a generator seeded by the caller, so a solve, a
/// generated business or a simulated day is reproduced exactly from its seed on any platform —
/// something `SystemRandomNumberGenerator` cannot give.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// - Parameter seed: any value; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
