import Foundation

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

    enum CodingKeys: String, CodingKey {
        case technicianId = "technician_id", at, lat, lon, accuracyM = "accuracy_m", speedMps = "speed_mps", heading,
            receivedAt = "received_at"
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
    }

    var fix: PositionFix {
        PositionFix(at: at, location: GeoPoint(latitude: lat, longitude: lon), accuracyMetres: accuracyM,
                    speedMetresPerSecond: speedMps, heading: heading)
    }
}
