import PunctualCore
/// One rectangle of a travel matrix fetched in a single OSRM `/table` request.
///
/// OSRM servers refuse tables larger than their `--max-table-size` (100 × 100 by default) and URLs
/// grow with every coordinate, so a large point set is asked for block by block: rows × columns,
/// each at most `size` long. A diagonal block sends its points once; any other sends the row points
/// then the column points, with `sources=` and `destinations=` saying which are which.
struct OSRMTableBlock: Equatable {
    /// Indices, in the caller's point list, of the matrix rows this block fills.
    let rows: Range<Int>
    /// Indices, in the caller's point list, of the matrix columns this block fills.
    let columns: Range<Int>

    /// The blocks that tile a `count × count` matrix, row-block by row-block.
    static func tiling(count: Int, size: Int) -> [OSRMTableBlock] {
        precondition(size > 0, "a block size must be positive")
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        return ranges.flatMap { rows in ranges.map { OSRMTableBlock(rows: rows, columns: $0) } }
    }

    var isDiagonal: Bool { rows == columns }

    /// The caller's indices of the coordinates this block's request sends, in order.
    var coordinateIndices: [Int] { isDiagonal ? Array(rows) : Array(rows) + Array(columns) }

    /// The `sources`/`destinations` options, or none when every coordinate is both.
    var queryItems: [(name: String, value: String)] {
        guard !isDiagonal else { return [] }
        let sources = (0..<rows.count).map(String.init).joined(separator: ";")
        let destinations = (rows.count..<(rows.count + columns.count)).map(String.init).joined(separator: ";")
        return [("sources", sources), ("destinations", destinations)]
    }
}
