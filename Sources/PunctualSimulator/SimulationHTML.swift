import Foundation
import Punctual

/// The simulation's HTML report (placeholder replaced below).
public enum SimulationHTML {
    public static func render(_ results: [PolicyResult], seed: UInt64) -> String { "" }
}
