import ArgumentParser

/// How a plan is printed: a table for people, JSON for other tools.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
