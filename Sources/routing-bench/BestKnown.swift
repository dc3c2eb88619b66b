import Foundation

/// Best known DIMACS-2021 distances by instance name (lowercased), from `bks.csv`.
struct BestKnown {
    var distances: [String: Double] = [:]

    init() {}

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
        guard let header = lines.first?.split(separator: ",").map(String.init),
              let iName = header.firstIndex(of: "instance"), let iDist = header.firstIndex(of: "bks_distance"),
              let iConv = header.firstIndex(of: "convention")
        else { throw BenchError.badBestKnown(path: url.path) }
        lines.removeFirst()
        for line in lines {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count > max(iName, iDist, iConv), f[iConv].hasPrefix("dimacs"), let d = Double(f[iDist]) else { continue }
            distances[f[iName].lowercased()] = d
        }
    }

    /// Gap of `distance` to the best known value, percent, or nil if unknown.
    func gap(_ instance: String, _ distance: Double) -> Double? {
        guard let best = distances[instance.lowercased()], best > 0 else { return nil }
        return 100 * (distance - best) / best
    }
}
