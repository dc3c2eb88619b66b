import Foundation
import Routing

/// Shows a search's progress on standard error: a bar redrawn in place on a terminal, a plain
/// line every few seconds otherwise (logs, CI), so output stays readable either way.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let interactive = isatty(STDERR_FILENO) == 1
    private var lastLine = Date.distantPast
    private let jobCount: Int
    private let width = 30

    init(jobCount: Int) {
        self.jobCount = jobCount
    }

    func update(_ progress: SolverProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let text = "served \(progress.assignedCount)/\(jobCount)  best cost \(progress.bestCost)  "
            + "\(progress.iteration) iterations  \(String(format: "%.1f", progress.elapsedSeconds)) s"
        if interactive {
            let filled = Int((progress.fraction * Double(width)).rounded())
            let bar = String(repeating: "█", count: min(width, filled)) + String(repeating: "░", count: max(0, width - filled))
            FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(Int(progress.fraction * 100))%  \(text)".utf8))
        } else if now.timeIntervalSince(lastLine) >= 2 || progress.fraction >= 1 {
            lastLine = now
            FileHandle.standardError.write(Data("planning: \(Int(progress.fraction * 100))%  \(text)\n".utf8))
        }
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
