/// How the recreate step orders the jobs it must reinsert; SISR draws one per iteration.
enum InsertionOrder: CaseIterable {
    case random, demand, far, close, windowLength, windowStart

    /// Relative draw weights (random and demand as in SISR; the window orders added for VRPTW).
    var weight: Int {
        switch self {
        case .random: return 4
        case .demand: return 4
        case .far: return 2
        case .close: return 1
        case .windowLength: return 1
        case .windowStart: return 1
        }
    }

    static func draw(_ rng: inout SplitMix64) -> InsertionOrder {
        let total = allCases.reduce(0) { $0 + $1.weight }
        var x = rng.below(total)
        for o in allCases {
            if x < o.weight { return o }
            x -= o.weight
        }
        return .random
    }

    /// Sort key, smaller first; ties keep the shuffled order. Higher priority always goes first.
    func key(_ j: Int, _ data: ProblemData) -> Int {
        switch self {
        case .random: return 0
        case .demand:
            var s = 0
            for k in 0..<data.dims { s += data.jobDemand[j * data.dims + k] }
            return -s
        case .far: return -data.c(data.vehStart[0], data.jobLoc[j])
        case .close: return data.c(data.vehStart[0], data.jobLoc[j])
        case .windowLength:
            let w = data.winOffset[j]
            return (data.winEnd[data.winOffset[j + 1] - 1] - data.winStart[w]) / 2
        case .windowStart: return data.winStart[data.winOffset[j]] / 2
        }
    }
}
