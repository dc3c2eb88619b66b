import PunctualCore
/// Why a tracking write was refused by the store.
public enum TrackingStoreError: Error, CustomStringConvertible, Equatable {
    case unknownTechnician(String)

    public var description: String {
        switch self {
        case .unknownTechnician(let id):
            "there is no technician \(id): check the id with `punctual technicians list`"
        }
    }
}
