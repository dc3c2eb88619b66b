/// One part of a technician's day: how many the route's jobs need, how many the van holds, and
/// how many to load at the depot so the technician arrives with what each job needs.
public struct PartChecklistItem: Codable, Hashable, Sendable {
    public var part: String
    public var needed: Int
    public var inVan: Int
    public var load: Int

    public init(part: String, needed: Int, inVan: Int, load: Int) {
        self.part = part
        self.needed = needed
        self.inVan = inVan
        self.load = load
    }
}
