import PunctualCore
/// A travel matrix with its provenance: which source produced it, and the warning to show and keep
/// with the plan when the configured service failed and the estimate stood in.
public struct TravelMatrixResult: Sendable, Equatable {
    public let matrix: TravelMatrix
    public let source: TravelTimeSource
    /// Set exactly when a configured routing service failed and the fallback was used.
    public let warning: String?

    public init(matrix: TravelMatrix, source: TravelTimeSource, warning: String? = nil) {
        self.matrix = matrix
        self.source = source
        self.warning = warning
    }
}
