import Foundation

/// Decides which candidate positions blink (are skipped), each independently with probability
/// `rate`, by drawing the geometric gap to the next blink instead of one number per position.
struct BlinkCountdown {
    let rate: Double
    var rng: SplitMix64
    private var left: Int
    private let logKeep: Double

    init(rate: Double, rng: SplitMix64) {
        self.rate = rate
        self.rng = rng
        logKeep = rate > 0 ? log(1 - rate) : 0
        left = 0
        left = draw()
    }

    private mutating func draw() -> Int {
        if rate <= 0 { return Int.max }
        if rate >= 1 { return 0 }
        return Int(log(1 - rng.unit()) / logKeep)
    }

    /// True when the next position blinks.
    @inline(__always) mutating func skip() -> Bool {
        if left > 0 {
            left -= 1
            return false
        }
        left = draw()
        return true
    }
}
