import PunctualCore
/// The single row of business settings.
struct SettingsRecord: StoreRecord {
    static let databaseTableName = "settings"
    var id = 1
    var name: String
    var timeZone: String
    var depotLat: Double
    var depotLon: Double
    var depotAddress: String

    enum CodingKeys: String, CodingKey {
        case name, timeZone = "time_zone", depotLat = "depot_lat", depotLon = "depot_lon",
            depotAddress = "depot_address"
    }

    init(_ settings: BusinessProfile) {
        name = settings.name
        timeZone = settings.timeZoneIdentifier
        depotLat = settings.depot.latitude
        depotLon = settings.depot.longitude
        depotAddress = settings.depotAddress
    }

    var settings: BusinessProfile {
        BusinessProfile(name: name, timeZoneIdentifier: timeZone,
                         depot: GeoPoint(latitude: depotLat, longitude: depotLon), depotAddress: depotAddress)
    }
}
