import Punctual
import PunctualCore
/// `stock.csv`: what each van carries at the start of the day.
enum StockImporter: RowImporter {
    static let schema = CSVSchema(required: ["technician_id", "part", "quantity"], optional: [])
    static let keyColumns = ["technician_id", "part"]

    static func read(_ row: inout RowReader, into batch: inout ImportBatch, context: inout ImportContext) {
        let technician = row.required("technician_id")
        if let technician, !context.snapshot.technicianIDs.contains(technician) {
            row.fail("technician_id", "unknown technician '\(technician)'; import technicians first")
        }
        let part = row.required("part")
        if let part, !context.snapshot.partIDs.contains(part) {
            row.fail("part", "unknown part '\(part)'; add it to the parts catalogue first")
        }
        let quantity = row.positiveInteger("quantity", required: true, maximum: 100_000)
        guard row.issues.isEmpty, let technician, let part, let quantity else { return }
        batch.stock.append(.init(technicianID: technician, part: PartQuantity(part: part, quantity: quantity)))
    }
}
