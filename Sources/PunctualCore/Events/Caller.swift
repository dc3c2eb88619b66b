/// Who is calling the API, as established from a bearer token.
public enum Caller: Hashable, Sendable {
    /// A technician, who may read and write only their own route and visits.
    case technician(String)
    /// The dispatcher, who sees the board and may reassign.
    case dispatcher

    /// The technician's id, for a technician.
    public var technicianID: String? {
        if case .technician(let id) = self { return id }
        return nil
    }
}
