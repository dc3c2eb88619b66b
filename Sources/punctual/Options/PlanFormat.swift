import ArgumentParser

/// How a plan is printed: a table for people, JSON for other tools (a stable contract), CSV for
/// spreadsheets, GeoJSON for GIS tools, and one self-contained HTML page with a map and timelines.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, geojson, html
}
