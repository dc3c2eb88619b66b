import Foundation
import GRDB
import PunctualCore

struct PositionFixRecord: StoreRecord {
    static let databaseTableName = "position_fix"
    var technicianId: String
    var at: Date
    var lat: Double
    var lon: Double
    var accuracyM: Double?
    var speedMps: Double?
    var heading: Double?
    var receivedAt: Date
    var outsideArea: Bool

    enum CodingKeys: String, CodingKey {
        case technicianId = "technician_id", at, lat, lon, accuracyM = "accuracy_m", speedMps = "speed_mps", heading,
            receivedAt = "received_at", outsideArea = "outside_area"
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let at = Column(CodingKeys.at)
        static let technicianId = Column(CodingKeys.technicianId)
    }

    init(technicianID: String, _ fix: PositionFix, receivedAt: Date) {
        technicianId = technicianID
        at = fix.at
        lat = fix.location.latitude
        lon = fix.location.longitude
        accuracyM = fix.accuracyMetres
        speedMps = fix.speedMetresPerSecond
        heading = fix.heading
        self.receivedAt = receivedAt
        outsideArea = fix.outsideArea
    }

    var fix: PositionFix {
        PositionFix(at: at, location: GeoPoint(latitude: lat, longitude: lon), accuracyMetres: accuracyM,
                    speedMetresPerSecond: speedMps, heading: heading, outsideArea: outsideArea)
    }
}
