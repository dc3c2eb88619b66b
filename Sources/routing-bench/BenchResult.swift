/// The outcome of one instance.
struct BenchResult {
    var instance: String
    /// Total distance in tenths of a unit.
    var distance10: Int
    var vehicles: Int
    var seconds: Double
    /// Percent above the DIMACS best known value.
    var gap: Double?
    /// Every customer served, every route feasible, vehicle count within the limit.
    var feasible: Bool

    /// Solomon class: C1, C2, R1, R2, RC1 or RC2.
    var instanceClass: String {
        let letters = instance.uppercased().prefix { $0.isLetter }
        let digit = instance.dropFirst(letters.count).prefix(1)
        return String(letters + digit)
    }
}
