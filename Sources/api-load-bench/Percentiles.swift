/// Order statistics of a sample of durations in seconds.
struct Percentiles {
    let sorted: [Double]

    init(_ values: [Double]) {
        sorted = values.sorted()
    }

    func quantile(_ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
    }

    var milliseconds: String {
        func ms(_ value: Double) -> String { String(format: "%.3f", value * 1000) }
        return "p50 \(ms(quantile(0.5))) ms, p90 \(ms(quantile(0.9))) ms, p99 \(ms(quantile(0.99))) ms, max \(ms(sorted.last ?? .nan)) ms"
    }
}
