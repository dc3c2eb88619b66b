import Foundation

/// The figures as Markdown tables, ready to paste into a README.
enum BenchTable {
    static func results(_ rows: [BenchFigures]) -> String {
        var lines = [
            "| day | date | technicians | jobs | limit s | wall s | served | unassigned | broken promises | travel h | overtime min | iterations |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in rows {
            lines.append("| \(r.day) | \(r.date) | \(r.technicians) | \(r.jobs) | \(decimal(r.timeLimit, 0)) | "
                + "\(decimal(r.planSeconds, 2)) | \(r.served) | \(r.unassigned) | \(r.brokenPromises) | "
                + "\(decimal(r.travelHours, 1)) | \(r.overtimeMinutes) | \(r.iterations) |")
        }
        return lines.joined(separator: "\n")
    }

    static func phases(_ rows: [BenchFigures]) -> String {
        var lines = [
            "| day | import s | snapshot s | matrix s | day model s | search s | plan − search s | report s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in rows {
            let p = r.phases
            lines.append("| \(r.day) | " + [p.importing, p.snapshot, p.matrix, p.model, p.search, p.aroundSearch, p.report]
                .map { decimal($0, 3) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private static func decimal(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}
