import PunctualCore
/// What a technician needs in the van for the day: per part, the units the route's jobs need,
/// the units already in the van, and what to load at the depot (once the technician has set off,
/// what they loaded: a day re-planned later cannot load more).
enum PartsChecklist {
    static func items(for jobs: [Job], technician: Technician, startsAtDepot: Bool, loaded: [String: Int]? = nil) -> [PartChecklistItem] {
        var needed: [String: Int] = [:]
        for job in jobs {
            for part in job.parts { needed[part.part, default: 0] += part.quantity }
        }
        // What was loaded stays on the list while it is in the van, even once no job needs it.
        for (part, units) in loaded ?? [:] where units > 0 && needed[part] == nil { needed[part] = 0 }
        return needed.keys.sorted().map { part in
            let inVan = technician.stock.first { $0.part == part }?.quantity ?? 0
            let need = needed[part]!
            let load = loaded.map { $0[part] ?? 0 } ?? (startsAtDepot ? max(0, need - inVan) : 0)
            return PartChecklistItem(part: part, needed: need, inVan: inVan, load: load)
        }
    }
}
