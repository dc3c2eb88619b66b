import Foundation

/// `punctual serve` started as a separate process, the way it runs in production, so the server
/// and the load client each have their own runtime and the server's CPU time can be read apart.
final class SpawnedServer {
    let process = Process()
    private let log: URL

    /// Starts `executable serve` on `database` and `port`; its output goes to `log`.
    init(executable: String, database: String, port: Int, log: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw BenchError("--serve-with \(executable): no executable there (build it with swift build -c release --product punctual)")
        }
        self.log = log
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--db", database, "--host", "127.0.0.1", "--port", String(port), "--log-level", "warning"]
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    /// User and system CPU time the server has used so far, seconds (from /proc).
    func cpuSeconds() throws -> Double {
        let stat = try String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)
        // Fields after the command name, which is in parentheses and may hold spaces.
        guard let close = stat.lastIndex(of: ")") else { throw BenchError("unreadable /proc stat of the server") }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // utime and stime are fields 14 and 15 of the whole line, 12th and 13th after the name.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
            throw BenchError("unreadable /proc stat of the server")
        }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// SIGTERM, then waits: the server finishes in-flight requests and commits queued fixes first.
    /// Returns how the server ended when that was not a clean stop at the end of the run.
    func stop() -> String? {
        guard process.isRunning else {
            process.waitUntilExit()
            let how = process.terminationReason == .uncaughtSignal ? "killed by signal" : "exited with status"
            return "the server died during the run (\(how) \(process.terminationStatus); see \(log.path))"
        }
        process.terminate()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return "the server exited with status \(process.terminationStatus) when stopped; see \(log.path)"
        }
        return nil
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
