import ArgumentParser
import Foundation
import Punctual
import PunctualCore
import PunctualImport

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database for a business.",
        discussion: """
            Give the settings in a business.csv (name,time_zone,depot_lat,depot_lon,depot_address)
            or as options:
              punctual init --business data/business.csv
              punctual init --name "Garnet Range Home Services" --time-zone America/Denver --depot 46.8705,-114.026
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("A business.csv with the settings.", valueName: "file"))
    var business: String?

    @Option(help: "The business's name.")
    var name: String?

    @Option(help: ArgumentHelp("IANA time zone of the business, e.g. America/Denver.", valueName: "zone"))
    var timeZone: String?

    @Option(help: ArgumentHelp("Depot position as LAT,LON.", valueName: "lat,lon"))
    var depot: String?

    @Option(help: "Depot street address.")
    var depotAddress: String = ""

    func validate() throws {
        if business != nil {
            if name != nil || timeZone != nil || depot != nil {
                throw ValidationError("--business already gives the settings; drop --name, --time-zone and --depot")
            }
            return
        }
        guard name != nil, timeZone != nil, depot != nil else {
            throw ValidationError("give --business FILE, or all of --name, --time-zone and --depot")
        }
        if let timeZone, !BusinessProfile.isKnownTimeZone(timeZone) {
            throw ValidationError("--time-zone '\(timeZone)' is not an IANA time zone such as America/Denver")
        }
        if let depot, parsePoint(depot) == nil {
            throw ValidationError("--depot '\(depot)' is not LAT,LON with latitude -90…90 and longitude -180…180")
        }
    }

    func run() throws {
        let settings: BusinessProfile
        if let business {
            settings = try BusinessFile.load(path: business)
        } else {
            settings = BusinessProfile(name: name!, timeZoneIdentifier: timeZone!, depot: parsePoint(depot!)!,
                                        depotAddress: depotAddress)
        }
        if FileManager.default.fileExists(atPath: store.path) {
            throw StoreError.alreadyExists(path: store.path)
        }
        let database = try Store.open(path: store.path, create: true)
        try database.saveProfile(settings)
        print("Created \(store.path) for \(settings.name) (\(settings.timeZoneIdentifier)).")
    }

    private func parsePoint(_ text: String) -> GeoPoint? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let lat = parts[0], let lon = parts[1],
              GeoPoint.isValidLatitude(lat), GeoPoint.isValidLongitude(lon) else { return nil }
        return GeoPoint(latitude: lat, longitude: lon)
    }
}
