import PunctualCore
/// What a technician needs in the van for the day: per part, the units the route's jobs need,
/// the units already in the van, and what to load at the depot.
enum PartsChecklist {
    static func items(for jobs: [Job], technician: Technician, startsAtDepot: Bool) -> [PartChecklistItem] {
        var needed: [String: Int] = [:]
        for job in jobs {
            for part in job.parts { needed[part.part, default: 0] += part.quantity }
        }
        return needed.keys.sorted().map { part in
            let inVan = technician.stock.first { $0.part == part }?.quantity ?? 0
            let need = needed[part]!
            return PartChecklistItem(part: part, needed: need, inVan: inVan, load: startsAtDepot ? max(0, need - inVan) : 0)
        }
    }
}
