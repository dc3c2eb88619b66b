/// What a load run amounts to, said plainly: every way a request or connection failed, and whether
/// every fix the server acknowledged is stored. "none" only when nothing failed and the server lived
/// to the end; a fix the server acknowledged and did not store is a loss, while fixes of requests
/// left unanswered when a connection died may be stored or not.
struct LoadVerdict {
    var result: LoadClient.Result
    /// Fixes acknowledged in the warm-up and the measured run together.
    var accepted: Int
    /// This run's fixes found in the database afterwards.
    var stored: Int
    /// How the server ended, when it did not live to the end of the run (a spawned server).
    var serverDeath: String?

    var failures: String {
        var parts = result.failures.sorted { $0.key < $1.key }.map { status, count in
            "\(count) × " + (status == 0 ? "an answer that could not be read" : "status \(status)")
        }
        if result.connectionsLost > 0 {
            parts.append("\(result.connectionsLost) connection(s) lost mid-run, \(result.unansweredFixes) fix(es) left unanswered")
        }
        if result.connectFailures > 0 { parts.append("\(result.connectFailures) connection(s) refused") }
        if let serverDeath { parts.insert(serverDeath, at: 0) }
        return parts.isEmpty ? "none" : parts.joined(separator: "; ")
    }

    var durability: String {
        if stored == accepted { return "every accepted fix is stored" }
        if stored < accepted { return "LOST \(accepted - stored) of \(accepted) accepted fixes (\(stored) stored)" }
        let beyond = stored - accepted
        if beyond <= result.unansweredFixes {
            return "every accepted fix is stored, and \(beyond) of the \(result.unansweredFixes) left unanswered"
        }
        return "MISMATCH: \(stored) stored, more than the \(accepted) accepted and \(result.unansweredFixes) unanswered"
    }

    /// Whether the run went as a run should: nothing failed and nothing acknowledged is missing.
    var isClean: Bool {
        serverDeath == nil && result.failures.isEmpty && result.connectionsLost == 0 && result.connectFailures == 0 && stored == accepted
    }
}
