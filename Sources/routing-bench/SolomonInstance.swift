import Foundation
import Routing

/// A Solomon VRPTW instance as published (CRLF or LF line ends), and its `Routing.Problem` under
/// the DIMACS-2021 convention, in tenths of a unit: d(i, j) = floor(10 · euclid(i, j)).
struct SolomonInstance {
    struct Node {
        var number: Int
        var x: Int
        var y: Int
        var demand: Int
        var ready: Int
        var due: Int
        var service: Int
    }

    var name: String
    var vehicleCount: Int
    var capacity: Int
    /// Node 0 is the depot.
    var nodes: [Node]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
        name = url.deletingPathExtension().lastPathComponent
        var vehicles: Int?, capacity: Int?
        var nodes: [Node] = []
        var i = 0
        while i < lines.count {
            let head = lines[i].trimmingCharacters(in: .whitespaces).uppercased()
            if head.hasPrefix("NUMBER") && head.contains("CAPACITY") {
                var j = i + 1
                while j < lines.count && lines[j].trimmingCharacters(in: .whitespaces).isEmpty { j += 1 }
                let t = j < lines.count ? lines[j].split(separator: " ").compactMap { Int($0) } : []
                if t.count >= 2 { vehicles = t[0]; capacity = t[1] }
                i = j
            } else if head.hasPrefix("CUST NO") {
                for row in lines[(i + 1)...] {
                    let t = row.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) }.map { Int($0) }
                    if t.count >= 7 {
                        nodes.append(Node(number: t[0], x: t[1], y: t[2], demand: t[3], ready: t[4], due: t[5], service: t[6]))
                    }
                }
                break
            }
            i += 1
        }
        guard let vehicles, let capacity, nodes.count >= 2 else {
            throw BenchError.notSolomon(path: url.path)
        }
        self.vehicleCount = vehicles
        self.capacity = capacity
        self.nodes = nodes
    }

    /// Distance in tenths, truncated: floor(10 · euclid) computed exactly in integers.
    static func distance10(_ a: Node, _ b: Node) -> Int {
        let dx = a.x - b.x, dy = a.y - b.y
        let sq = 100 * (dx * dx + dy * dy)
        var r = Int(Double(sq).squareRoot())
        while r * r > sq { r -= 1 }
        while (r + 1) * (r + 1) <= sq { r += 1 }
        return r
    }

    /// The instance as a routing problem: one location per node, times and distances ×10.
    func problem() throws -> Problem {
        let n = nodes.count
        var matrix = [Int](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { matrix[i * n + j] = SolomonInstance.distance10(nodes[i], nodes[j]) } }
        let depot = nodes[0]
        let jobs = nodes.dropFirst().enumerated().map { k, node in
            Job(location: k + 1, serviceDuration: node.service * 10,
                windows: [TimeWindow(start: node.ready * 10, end: node.due * 10)], demand: [node.demand])
        }
        let vehicle = Vehicle(startLocation: 0, endLocation: 0, shift: TimeWindow(start: depot.ready * 10, end: depot.due * 10),
                              capacity: [capacity])
        return try Problem(locationCount: n, durations: matrix, jobs: Array(jobs),
                           vehicles: Array(repeating: vehicle, count: vehicleCount))
    }
}
