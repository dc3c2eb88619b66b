import Punctual
import PunctualCore
/// `parts.csv`: the catalogue that van stock and jobs refer to.
enum PartsImporter: RowImporter {
    static let schema = CSVSchema(required: ["id", "name"], optional: ["unit_cost"])

    static func read(_ row: inout RowReader, into batch: inout ImportBatch, context: inout ImportContext) {
        let id = row.identifier("id")
        let name = row.required("name")
        var cents: Int?
        let cost = row.text("unit_cost")
        if !cost.isEmpty {
            if let dollars = DecimalNumber.parse(cost), dollars >= 0, dollars < 1e9 {
                cents = Int((dollars * 100).rounded())
            } else {
                row.fail("unit_cost", "'\(cost)' is not an amount like 12.50")
            }
        }
        guard row.issues.isEmpty, let id, let name else { return }
        batch.parts.append(Part(id: id, name: name, unitCostCents: cents))
        context.snapshot.partIDs.insert(id)
    }
}
