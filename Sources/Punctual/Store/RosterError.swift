/// Why a change to who works when was refused.
public enum RosterError: Error, CustomStringConvertible, Equatable {
    case unknownTechnician(String)
    case technicianExists(String)

    public var description: String {
        switch self {
        case .unknownTechnician(let id): "there is no technician '\(id)'; `punctual technicians list` shows them"
        case .technicianExists(let id): "technician \(id) already exists; change them with a technicians.csv import"
        }
    }
}
