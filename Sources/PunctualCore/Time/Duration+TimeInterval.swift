import Foundation

extension Duration {
    /// The duration in seconds as a `TimeInterval`: for time limits, leases and timings measured on
    /// `ContinuousClock` and compared with settings given in seconds.
    public var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
