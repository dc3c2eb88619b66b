import Foundation
import Punctual
import PunctualCore

/// A plan as an RFC 7946 GeoJSON `FeatureCollection`, to open in any GIS tool or web map.
///
/// Features, in order: per used route a `LineString` from its start through each visit to its
/// end, then per visit a `Point`; per unassigned job a `Point` with its reason; the depot last.
/// Colours follow the simplestyle convention (`stroke`, `marker-color`) so viewers that know it
/// draw routes in the same colours as the HTML page. Every feature has a `kind` property
/// (`route`, `visit`, `unassigned`, `depot`) to filter on.
public enum PlanGeoJSON {
    /// The collection as pretty-printed JSON text with sorted keys.
    public static func string(_ report: PlanReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(collection(report)), as: UTF8.self)
    }

    static func collection(_ report: PlanReport) -> FeatureCollection {
        var features: [Feature] = []
        for (index, route) in report.routes.enumerated() where !route.visits.isEmpty {
            let colour = TechnicianPalette.colour(at: index)
            let path = [route.startLocation] + route.visits.map(\.location) + [route.endLocation]
            features.append(Feature(geometry: .lineString(path), properties: [
                "kind": "route",
                "technician": .string(route.technician),
                "name": .string(route.technicianName),
                "stroke": .string(colour),
                "stroke-width": 3,
                "visits": .int(route.visits.count),
                "travel_minutes": .int(route.travelMinutes),
                "distance_km": .number(route.distanceKm),
                "start": .string(route.start.iso8601),
                "end": .string(route.end.iso8601),
            ]))
            for visit in route.visits {
                var properties: [String: PropertyValue] = [
                    "kind": "visit",
                    "job": .string(visit.job),
                    "technician": .string(route.technician),
                    "sequence": .int(visit.sequence),
                    "customer": .string(visit.customer),
                    "address": .string(visit.address),
                    "type": .string(visit.type),
                    "priority": .string(visit.priority.rawValue),
                    "arrival": .string(visit.arrival.iso8601),
                    "window_start": .optional(visit.windowStart?.iso8601),
                    "window_end": .optional(visit.windowEnd?.iso8601),
                    "promised": .bool(visit.promised),
                    "slack_minutes": visit.slackMinutes.map(PropertyValue.int) ?? .null,
                    "on_time_probability": visit.onTimeProbability.map(PropertyValue.number) ?? .null,
                    "marker-color": .string(colour),
                ]
                // simplestyle's symbols include the digits 0–9 only.
                if visit.sequence < 10 { properties["marker-symbol"] = .string(String(visit.sequence)) }
                features.append(Feature(geometry: .point(visit.location), properties: properties))
            }
        }
        for job in report.jobsLeftOut {
            features.append(Feature(geometry: .point(job.location), properties: [
                "kind": "unassigned",
                "job": .string(job.job),
                "customer": .string(job.customer),
                "address": .string(job.address),
                "priority": .string(job.priority.rawValue),
                "window_start": .optional(job.windowStart?.iso8601),
                "window_end": .optional(job.windowEnd?.iso8601),
                "promised": .bool(job.promised),
                "reason": .string(job.reason),
                "proposal": .optional(job.proposal),
                "marker-color": "#9ca3af",
            ]))
        }
        features.append(Feature(geometry: .point(report.depot), properties: [
            "kind": "depot",
            "name": .string(report.business),
            "marker-color": "#111827",
            "marker-symbol": "warehouse",
        ]))
        return FeatureCollection(features: features)
    }

    struct FeatureCollection: Encodable {
        let type = "FeatureCollection"
        var features: [Feature]
    }

    struct Feature: Encodable {
        let type = "Feature"
        var geometry: Geometry
        var properties: [String: PropertyValue]
    }

    /// A geometry; positions are `[longitude, latitude]`, as RFC 7946 orders them.
    enum Geometry: Encodable {
        case point(GeoPoint)
        case lineString([GeoPoint])

        private enum CodingKeys: String, CodingKey { case type, coordinates }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .point(let point):
                try container.encode("Point", forKey: .type)
                try container.encode(Self.position(point), forKey: .coordinates)
            case .lineString(let points):
                try container.encode("LineString", forKey: .type)
                try container.encode(points.map(Self.position), forKey: .coordinates)
            }
        }

        private static func position(_ point: GeoPoint) -> [Double] { [point.longitude, point.latitude] }
    }

    /// A property's value: GeoJSON properties are free-form JSON.
    enum PropertyValue: Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case string(String)
        case int(Int)
        case number(Double)
        case bool(Bool)
        case null

        init(stringLiteral value: String) { self = .string(value) }
        init(integerLiteral value: Int) { self = .int(value) }

        static func optional(_ text: String?) -> PropertyValue { text.map(PropertyValue.string) ?? .null }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .int(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .null: try container.encodeNil()
            }
        }
    }
}
