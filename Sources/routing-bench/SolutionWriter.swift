import Foundation
import Routing

/// Writes VRPLIB `.sol` files and the results CSV.
enum SolutionWriter {
    /// `Route #k: c1 c2 …` (customer numbers, depot omitted, used routes only) then `Cost X`.
    static func sol(_ solution: Solution, _ instance: SolomonInstance) -> String {
        var out = ""
        var k = 0
        for route in solution.routes where !route.isEmpty {
            k += 1
            out += "Route #\(k): " + route.visits.map { String(instance.nodes[$0.job + 1].number) }.joined(separator: " ") + "\n"
        }
        out += "Cost \(tenths(solution.travelCost))\n"
        return out
    }

    /// An integer count of tenths as a decimal with one digit.
    static func tenths(_ v: Int) -> String { "\(v / 10).\(v % 10)" }

    static let csvHeader = "instance,distance,vehicles,seconds,gap_pct,feasible\n"

    static func csvRow(_ r: BenchResult) -> String {
        "\(r.instance),\(tenths(r.distance10)),\(r.vehicles),\(String(format: "%.2f", r.seconds)),"
            + "\(r.gap.map { String(format: "%.3f", $0) } ?? ""),\(r.feasible)\n"
    }
}
