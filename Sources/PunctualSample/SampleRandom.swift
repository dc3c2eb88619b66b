import Punctual
import PunctualCore
import Routing

/// The sample generator's source of random choices: `SplitMix64` with its own bounded draws.
///
/// The standard library's `Int.random(in:using:)` and `shuffle(using:)` may change their algorithm
/// between Swift releases; drawing through these few integer-only helpers keeps a seed's output
/// byte-identical across toolchains and platforms.
struct SampleRandom {
    private var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// A raw 64-bit draw (used to seed independent sub-streams).
    mutating func next() -> UInt64 {
        generator.next()
    }

    /// A uniform integer in `0..<bound` (modulo bias is below 2⁻⁵⁰ for the bounds used here).
    mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(generator.next() % UInt64(bound))
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// True with probability `percent`/100.
    mutating func percent(_ percent: Int) -> Bool {
        int(below: 100) < percent
    }

    /// A uniform element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(below: items.count)]
    }

    /// An index drawn with probability proportional to its (non-negative) weight.
    mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "weights must not all be zero")
        var draw = int(below: total)
        for (index, weight) in weights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return weights.count - 1
    }

    /// Fisher–Yates shuffle.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(below: i + 1))
        }
    }
}
