import PunctualImport

extension SampleBusiness {
    /// The same business with every promised window blanked: a day of requests, for playing the
    /// booking desk from scratch.
    public func requestsOnly() throws -> SampleBusiness {
        let table = try CSVTable(parsing: jobs, file: "jobs.csv")
        let blank = Set(["window_start", "window_end"].compactMap { table.header.firstIndex(of: $0) })
        var writer = CSVWriter(header: table.header)
        for row in table.rows {
            writer.append(row.fields.enumerated().map { blank.contains($0.offset) ? "" : $0.element })
        }
        return SampleBusiness(business: business, parts: parts, technicians: technicians, stock: stock, jobs: writer.text)
    }
}
