import Foundation
import Punctual
import PunctualCore
import PunctualImport
import PunctualSample

extension Fixtures {
    /// A generated business in a fresh in-memory store, imported the way `punctual import all`
    /// would read its files.
    public static func store(generated business: SampleBusiness) throws -> Store {
        let store = try Store.inMemory()
        try store.saveProfile(try BusinessFile.parse(business.business, file: "business.csv"))
        let contents: [ImportKind: String] = [.parts: business.parts, .technicians: business.technicians,
                                              .stock: business.stock, .jobs: business.jobs]
        try Importer(store: store).run(ImportKind.allCases.map { .init(kind: $0, name: $0.fileName, contents: contents[$0]!) })
        return store
    }
}
