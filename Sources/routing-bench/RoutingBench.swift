import ArgumentParser
import Foundation
import Routing

/// Solves Solomon VRPTW instances under the DIMACS-2021 convention and reports gaps to best known.
@main
struct RoutingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routing-bench",
        abstract: "Benchmark the Routing solver on Solomon VRPTW instances (DIMACS-2021 convention).",
        discussion: """
        Writes one VRPLIB .sol file per instance and results.csv into --out, prints one line per instance and a summary (mean and max gap to the DIMACS best known values, feasible count). Runs on one thread.

        Example (release build, 5 s per instance, all 56 instances):

          swift run -c release routing-bench --time-limit 5 --seed 1 --out out/solomon --dir ../shared/data/solomon
          ../shared/tools/vrptw-check --dir ../shared/data/solomon out/solomon
        """
    )

    @Option(help: "Seconds per instance.")
    var timeLimit: Double = 5

    @Option(help: "Cap on ruin-and-recreate iterations per instance (makes runs reproducible).")
    var iterations: Int?

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Initial annealing temperature, × the initial mean arc cost (tuning).")
    var initialTemperature: Double = SolverConfiguration().initialTemperature

    @Option(help: "Final annealing temperature, × the initial mean arc cost (tuning).")
    var finalTemperature: Double = SolverConfiguration().finalTemperature

    @Option(help: "Average number of jobs removed per iteration (tuning).")
    var averageRemoved: Double = SolverConfiguration().averageRemoved

    @Option(help: "Folder for the .sol files and results.csv.")
    var out: String = "out/routing-bench"

    @Option(help: "bks.csv with DIMACS best known distances (default: beside the instances, or ../shared/data/solomon/bks.csv).")
    var bks: String?

    @Option(help: "Take every .txt instance in this folder.")
    var dir: String?

    @Argument(help: "Solomon instance files.")
    var instances: [String] = []

    func validate() throws {
        if timeLimit <= 0 { throw ValidationError("--time-limit must be positive, got \(timeLimit)") }
        if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive, got \(iterations)") }
        if instances.isEmpty && dir == nil { throw ValidationError("give instance paths or --dir FOLDER") }
    }

    func run() throws {
        var paths = instances.map { URL(fileURLWithPath: $0) }
        if let dir {
            let folder = URL(fileURLWithPath: dir)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.lowercased().hasSuffix(".txt") && $0.lowercased() != "readme.txt" }
            paths += names.sorted(by: RoutingBench.instanceOrder).map { folder.appendingPathComponent($0) }
        }
        if paths.isEmpty { throw BenchError.noInstances }
        let best = try loadBestKnown(near: paths[0])
        let outURL = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
        var csv = SolutionWriter.csvHeader
        var results: [BenchResult] = []
        for path in paths {
            let instance = try SolomonInstance(contentsOf: path)
            let problem = try instance.problem()
            let solver = Solver(configuration: SolverConfiguration(
                timeLimit: timeLimit, iterationLimit: iterations, seed: seed, initialTemperature: initialTemperature,
                finalTemperature: finalTemperature, averageRemoved: averageRemoved))
            let solution = solver.solve(problem)
            let feasible = solution.isFeasible && solution.unassigned.isEmpty && solution.usedVehicles <= instance.vehicleCount
            let distance = Double(solution.travelCost) / 10
            let result = BenchResult(instance: instance.name, distance10: solution.travelCost, vehicles: solution.usedVehicles,
                                     seconds: solution.elapsedSeconds, gap: best.gap(instance.name, distance), feasible: feasible)
            try SolutionWriter.sol(solution, instance).write(to: outURL.appendingPathComponent(instance.name + ".sol"),
                                                             atomically: true, encoding: .utf8)
            csv += SolutionWriter.csvRow(result)
            results.append(result)
            say(String(format: "%-6@ %9.1f  %2d vehicles  %6.2f s  %8d it  gap %@  %@", instance.name as NSString,
                         distance, result.vehicles, result.seconds, solution.iterations,
                         (result.gap.map { String(format: "%6.3f %%", $0) } ?? "   n/a  ") as NSString,
                         (feasible ? "feasible" : "INFEASIBLE") as NSString))
        }
        try csv.write(to: outURL.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        printSummary(results)
    }

    func loadBestKnown(near instance: URL) throws -> BestKnown {
        if let bks { return try BestKnown(contentsOf: URL(fileURLWithPath: bks)) }
        let candidates = [instance.deletingLastPathComponent().appendingPathComponent("bks.csv"),
                          URL(fileURLWithPath: "../shared/data/solomon/bks.csv")]
        for c in candidates where FileManager.default.fileExists(atPath: c.path) {
            return try BestKnown(contentsOf: c)
        }
        return BestKnown()
    }

    func printSummary(_ results: [BenchResult]) {
        let gaps = results.compactMap { $0.feasible ? $0.gap : nil }
        let feasible = results.filter(\.feasible).count
        let mean = gaps.isEmpty ? 0 : gaps.reduce(0, +) / Double(gaps.count)
        say(String(format: "summary: %d instances, %d feasible, mean gap %.3f %%, max gap %.3f %%",
                     results.count, feasible, mean, gaps.max() ?? 0))
        var classes: [String: [Double]] = [:]
        for r in results where r.feasible { if let g = r.gap { classes[r.instanceClass, default: []].append(g) } }
        for name in classes.keys.sorted() {
            let g = classes[name]!
            say(String(format: "  %-4@ %2d instances  mean gap %.3f %%  max %.3f %%", name as NSString, g.count,
                         g.reduce(0, +) / Double(g.count), g.max() ?? 0))
        }
    }

    /// Writes a line unbuffered, so progress shows even when output goes to a file.
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// C101 < C102 < … < C201 < R101 < … < RC208: by class letters, then by number.
    static func instanceOrder(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> (String, Int) {
            let stem = s.split(separator: ".").first.map(String.init) ?? s
            let letters = String(stem.prefix { $0.isLetter }).uppercased()
            return (letters, Int(stem.dropFirst(letters.count)) ?? 0)
        }
        return key(a) < key(b)
    }
}
