extension SplitMix64 {
    /// A uniform draw in [0, 1).
    @inline(__always) mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in 0..<n (n > 0); the tiny modulo bias is irrelevant to the search.
    @inline(__always) mutating func below(_ n: Int) -> Int {
        Int(next() % UInt64(n))
    }
}
