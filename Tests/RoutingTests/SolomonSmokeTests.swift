import Foundation
import Testing
import Routing

/// The Solomon instances live in the `shared` folder beside the repository.
private let solomonFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/data/solomon")

@Suite("Solomon smoke run", .enabled(if: FileManager.default.fileExists(atPath: solomonFolder.path)))
struct SolomonSmokeTests {
    /// Reads a Solomon file into a problem in tenths (DIMACS: floor(10 · euclid)); returns the
    /// problem, the customer count and the instance's vehicle limit.
    static func load(_ name: String) throws -> (Problem, [[Int]]) {
        let text = try String(contentsOf: solomonFolder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let lines = text.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map { $0.split(separator: " ").compactMap { Int($0) } }
        let header = lines.first { $0.count == 2 }!
        let rows = lines.filter { $0.count == 7 }
        var matrix: [Int] = []
        for a in rows {
            for b in rows {
                let sq = 100 * ((a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]))
                var r = Int(Double(sq).squareRoot())
                while r * r > sq { r -= 1 }
                while (r + 1) * (r + 1) <= sq { r += 1 }
                matrix.append(r)
            }
        }
        let jobs = rows.dropFirst().enumerated().map { k, row in
            Job(location: k + 1, serviceDuration: row[6] * 10, windows: [TimeWindow(start: row[4] * 10, end: row[5] * 10)], demand: [row[3]])
        }
        let vehicle = Vehicle(startLocation: 0, endLocation: 0, shift: TimeWindow(start: rows[0][4] * 10, end: rows[0][5] * 10),
                              capacity: [header[1]])
        let problem = try Problem(locationCount: rows.count, durations: matrix, jobs: Array(jobs),
                                  vehicles: Array(repeating: vehicle, count: header[0]))
        return (problem, rows)
    }

    @Test(arguments: ["C101", "R201"])
    func solvesFeasiblyWithinASecond(name: String) throws {
        let (problem, rows) = try Self.load(name)
        let solution = Solver(configuration: SolverConfiguration(timeLimit: 1, seed: 1)).solve(problem)
        #expect(solution.unassigned.isEmpty)
        #expect(ScheduleChecker.violations(problem, solution).isEmpty)
        // The DIMACS rule, read straight from the file's rows.
        var total = 0
        for route in solution.routes where !route.isEmpty {
            var t = 0, load = 0, prev = 0
            for j in route.jobs {
                let row = rows[j + 1]
                t = max(t + problem.duration(from: prev, to: j + 1), row[4] * 10)
                #expect(t <= row[5] * 10)
                total += problem.duration(from: prev, to: j + 1)
                t += row[6] * 10
                load += row[3]
                prev = j + 1
            }
            total += problem.duration(from: prev, to: 0)
            #expect(t + problem.duration(from: prev, to: 0) <= rows[0][5] * 10)
            #expect(load <= problem.vehicles[0].capacity[0])
        }
        #expect(total == solution.travelCost)
        let bestKnown = ["C101": 8273, "R201": 11434]
        #expect(Double(total) <= Double(bestKnown[name]!) * 1.10)  // loose: a debug build under load
    }
}
