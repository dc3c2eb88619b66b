import Foundation

extension Double {
    /// Fixed-point text with `decimals` digits after the point, for tables.
    func formatted(decimals: Int) -> String {
        String(format: "%.\(decimals)f", self)
    }
}
