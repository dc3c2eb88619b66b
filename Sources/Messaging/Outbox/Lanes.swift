import Foundation

/// Runs `count` blocking lanes of work on threads of their own and waits for all of them. The
/// transports block (curl), so the lanes are threads, not tasks: blocking tasks would take the
/// cooperative threads the server answers on.
enum Lanes {
    static func run<T: Sendable>(_ count: Int, _ work: @escaping @Sendable (Int) throws -> T) throws -> [T] {
        let results = LaneResults<T>()
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread {
                results.set(index, Result { try work(index) })
                group.leave()
            }.start()
        }
        group.wait()
        return try (0..<count).map { try results.get($0) }
    }
}

/// What each lane returned or threw, filled from the lanes' threads.
private final class LaneResults<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: Result<T, any Error>] = [:]

    func set(_ index: Int, _ result: Result<T, any Error>) { lock.withLock { values[index] = result } }
    func get(_ index: Int) throws -> T { try lock.withLock { values[index]! }.get() }
}
