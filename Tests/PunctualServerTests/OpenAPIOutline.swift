import Foundation

/// What the conformance test reads from `/openapi.yaml`: the operations with their documented
/// response schemas, and each schema's required properties and references. A reader for the
/// document's own layout, not a general YAML parser — the test fails if the layout drifts.
struct OpenAPIOutline {
    struct Operation: Hashable {
        var path: String
        var method: String
    }

    struct Schema {
        var required: [String] = []
        /// False for a named scalar (`Day`, `Instant`): nothing inside it to require.
        var isObject = true
        /// Property name → (referenced schema, whether the property is an array of it).
        var references: [String: (schema: String, isArray: Bool)] = [:]
    }

    /// Operation → status code → schema name (nil when the response has no JSON schema).
    var responses: [Operation: [String: String?]] = [:]
    var schemas: [String: Schema] = [:]

    init(_ yaml: String) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }
        func key(_ line: String) -> String { String(line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)[0]) }
        func reference(_ line: String) -> String? {
            guard let range = line.range(of: "#/components/") else { return nil }
            let name = line[range.upperBound...].prefix { $0 != "'" }
            return name.hasPrefix("responses/") ? "Error" : String(name.dropFirst("schemas/".count))
        }
        var section = ""
        var path = "", method = "", status = ""
        var schema = ""
        var inProperties = false
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let depth = indent(line)
            if depth == 0 { section = key(line); continue }
            if section == "paths" {
                switch depth {
                case 2: path = key(line)
                case 4: method = key(line); status = ""
                case 8 where line.trimmingCharacters(in: .whitespaces).hasPrefix("'"):
                    status = key(line).replacingOccurrences(of: "'", with: "")
                    responses[Operation(path: path, method: method), default: [:]][status] = .some(reference(line))
                default:
                    if !status.isEmpty, depth > 8, line.contains("schema:"), let name = reference(line) {
                        responses[Operation(path: path, method: method), default: [:]][status] = name
                    }
                }
            } else if section == "components" {
                if depth == 2 { schema = ""; inProperties = false; if key(line) != "schemas" { schema = "-" } ; continue }
                if schema == "-" { continue }
                if depth == 4 { schema = key(line); schemas[schema] = Schema(); inProperties = false; continue }
                if depth == 6 {
                    inProperties = key(line) == "properties"
                    if key(line) == "type", !line.contains("object") { schemas[schema]?.isObject = false }
                    if key(line) == "required", let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") {
                        schemas[schema]?.required = line[line.index(after: open)..<close].split(separator: ",")
                            .map { $0.trimmingCharacters(in: .whitespaces) }
                    }
                    continue
                }
                if depth == 8, inProperties, let name = reference(line) {
                    schemas[schema]?.references[key(line)] = (name, line.contains("type: array"))
                }
            }
        }
    }

    /// The required properties missing from `value` against `schema`, as paths (`visits[0].job_id`).
    func missing(in value: Any, schema: String, at prefix: String = "") -> [String] {
        guard let definition = schemas[schema] else { return ["\(prefix)<unknown schema \(schema)>"] }
        guard definition.isObject else { return [] }
        guard let object = value as? [String: Any] else { return ["\(prefix)<not an object>"] }
        var missing = definition.required.filter { object[$0] == nil || object[$0] is NSNull }.map { prefix + $0 }
        for (property, reference) in definition.references {
            guard let child = object[property] else { continue }
            if reference.isArray, let items = child as? [Any] {
                for (index, item) in items.enumerated() {
                    missing += self.missing(in: item, schema: reference.schema, at: "\(prefix)\(property)[\(index)].")
                }
            } else if !reference.isArray {
                missing += self.missing(in: child, schema: reference.schema, at: "\(prefix)\(property).")
            }
        }
        return missing
    }
}
