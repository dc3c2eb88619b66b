import Punctual
import PunctualCore
/// Splits a count into whole parts proportional to weights (largest-remainder method).
///
/// Drawing each job's type independently would let a small day come out with no tune-ups or three
/// panel upgrades; quotas keep every generated business, small or large, the same shape.
enum SampleQuota {
    /// Parts that sum to `total`, each within one of `total × weight / Σweights`.
    static func split(_ total: Int, weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
        var parts = weights.map { total * $0 / sum }
        let remainders = weights.enumerated()
            .map { (index: $0.offset, rest: total * $0.element % sum) }
            .sorted { $0.rest != $1.rest ? $0.rest > $1.rest : $0.index < $1.index }
        for slot in remainders.prefix(total - parts.reduce(0, +)) {
            parts[slot.index] += 1
        }
        return parts
    }
}
