import GRDB
import PunctualCore
struct PlanChecklistRecord: StoreRecord {
    static let databaseTableName = "plan_checklist"
    var planId: Int64
    var technicianId: String
    var partId: String
    var needed: Int
    var inVan: Int
    var load: Int

    enum CodingKeys: String, CodingKey {
        case planId = "plan_id", technicianId = "technician_id", partId = "part_id", needed, inVan = "in_van", load
    }

    /// The columns the store's queries name, typed from the coding keys.
    enum Columns {
        static let partId = Column(CodingKeys.partId)
        static let planId = Column(CodingKeys.planId)
    }

    init(planID: Int64, technicianID: String, _ item: PartChecklistItem) {
        planId = planID
        technicianId = technicianID
        partId = item.part
        needed = item.needed
        inVan = item.inVan
        load = item.load
    }

    var item: PartChecklistItem { PartChecklistItem(part: partId, needed: needed, inVan: inVan, load: load) }
}
