import ArgumentParser

/// How a listing is printed: a table for people, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
