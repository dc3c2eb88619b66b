import Routing

/// Small problems built by hand or at random for the specifications.
enum TestProblems {
    /// Points on a plane; travel duration = rounded Euclidean distance (seconds), location 0 = depot.
    static func matrix(_ points: [(Int, Int)]) -> [Int] {
        var m: [Int] = []
        for a in points {
            for b in points {
                let dx = Double(a.0 - b.0), dy = Double(a.1 - b.1)
                m.append(Int((dx * dx + dy * dy).squareRoot().rounded()))
            }
        }
        return m
    }

    /// A problem whose job i sits at location i + 1.
    static func problem(points: [(Int, Int)], jobs: [Job], vehicles: [Vehicle]) -> Problem {
        try! Problem(locationCount: points.count, durations: matrix(points), jobs: jobs, vehicles: vehicles)
    }

    static func vehicle(shift: TimeWindow = TimeWindow(start: 0, end: 10_000), capacity: [Int] = [], skills: Set<String> = [],
                        breaks: [Break] = [], fixedPrefix: [Int] = [], maxOvertime: Int = 0, overtimeCost: Int = 0) -> Vehicle {
        Vehicle(startLocation: 0, endLocation: 0, shift: shift, maxOvertime: maxOvertime, overtimeCostPerSecond: overtimeCost,
                skills: skills, capacity: capacity, breaks: breaks, fixedPrefix: fixedPrefix)
    }

    /// A random problem: jobs with one or two windows, a demand dimension, optional breaks.
    static func random(seed: UInt64, jobs n: Int, vehicles: Int, breaks: Bool, windowWidth: Int = 300,
                       horizon: Int = 1_000, skills: Bool = false) -> Problem {
        var rng = SplitMix64(seed: seed)
        func draw(_ k: Int) -> Int { Int(rng.next() % UInt64(k)) }
        let points = (0...n).map { _ in (draw(100), draw(100)) }
        let jobs = (0..<n).map { i -> Job in
            let a = draw(horizon)
            var windows = [TimeWindow(start: a, end: a + draw(windowWidth) + 1)]
            if draw(3) == 0 {
                let b = windows[0].end + 50 + draw(horizon / 2)
                windows.append(TimeWindow(start: b, end: b + draw(windowWidth) + 1))
            }
            return Job(location: i + 1, serviceDuration: draw(30), windows: windows,
                       requiredSkills: skills && draw(3) == 0 ? ["gas"] : [], demand: [1 + draw(5)], priority: 1 + draw(2))
        }
        let fleet = (0..<vehicles).map { v in
            vehicle(shift: TimeWindow(start: 0, end: horizon * 2), capacity: [15 + draw(10)],
                    skills: skills && v == 0 ? ["gas"] : [],
                    breaks: breaks && v % 2 == 0 ? [Break(duration: 30, window: TimeWindow(start: horizon / 2, end: horizon / 2 + 200))] : [],
                    maxOvertime: draw(2) == 0 ? 100 : 0, overtimeCost: breaks ? draw(3) : 0)
        }
        return problem(points: points, jobs: jobs, vehicles: fleet)
    }
}
