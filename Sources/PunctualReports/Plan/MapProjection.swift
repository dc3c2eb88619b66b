import Foundation
import Punctual
import PunctualCore

/// Places coordinates on a drawing: an equirectangular projection (longitude scaled by the cosine
/// of the middle latitude, so a kilometre is as long east–west as north–south) fitted to a set of
/// points with a margin, centred, north up.
///
/// At the scale of a service area (tens of kilometres) this is indistinguishable from a proper
/// map projection and needs no tiles or libraries.
public struct MapProjection: Hashable, Sendable {
    /// Drawing size, pixels.
    public let width: Double
    public let height: Double
    /// Pixels per kilometre.
    public let pixelsPerKilometre: Double
    private let cosine: Double
    private let centreX: Double
    private let centreY: Double

    /// Kilometres per degree of latitude (mean Earth radius 6,371 km).
    static let kilometresPerDegree = 6371.0 * Double.pi / 180

    /// Fits `points` (non-finite ones ignored) into `width` pixels across, less `margin` on each
    /// side; the height follows the points' shape within `heightRange`. Points closer together than
    /// `minimumSpanKilometres` (a lone depot, say) are shown on a view that wide.
    public init(fitting points: [GeoPoint], width: Double, heightRange: ClosedRange<Double>, margin: Double,
                minimumSpanKilometres: Double = 2) {
        let points = points.filter { $0.latitude.isFinite && $0.longitude.isFinite }
        let latitudes = points.map(\.latitude)
        let midLatitude = points.isEmpty ? 0 : (latitudes.min()! + latitudes.max()!) / 2
        let cosine = max(cos(midLatitude * .pi / 180), 0.01)
        self.cosine = cosine
        let xs = points.map { $0.longitude * cosine }
        let ys = points.map(\.latitude)
        let minimumSpan = minimumSpanKilometres / Self.kilometresPerDegree
        let spanX = max((xs.max() ?? 0) - (xs.min() ?? 0), minimumSpan)
        // A flat minimum north–south, so a lone depot gets a low map rather than a tall square.
        let spanY = max((ys.max() ?? 0) - (ys.min() ?? 0), minimumSpan * 0.3)
        let usableWidth = max(width - 2 * margin, 1)
        let height = min(max(usableWidth * spanY / spanX + 2 * margin, heightRange.lowerBound), heightRange.upperBound)
        let usableHeight = max(height - 2 * margin, 1)
        let pixelsPerDegree = min(usableWidth / spanX, usableHeight / spanY)
        self.width = width
        self.height = height
        pixelsPerKilometre = pixelsPerDegree / Self.kilometresPerDegree
        centreX = ((xs.min() ?? 0) + (xs.max() ?? 0)) / 2
        centreY = ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2
    }

    /// Where `point` falls on the drawing (y grows downwards, as in SVG).
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        let pixelsPerDegree = pixelsPerKilometre * Self.kilometresPerDegree
        return (width / 2 + (point.longitude * cosine - centreX) * pixelsPerDegree,
                height / 2 - (point.latitude - centreY) * pixelsPerDegree)
    }
}
