import Curl
import Foundation
import Messaging
import Punctual
import PunctualCore

/// Reaches Punctual over HTTP as phones and the SMS provider do: bearer tokens for technicians,
/// JSON bodies, and signed form posts to the SMS webhook. Any answer but 2xx is an error naming the
/// request and the server's reason.
public struct HTTPFieldLink: FieldLink {
    public let baseURL: URL
    /// Each technician's bearer token.
    public let tokens: [String: String]
    /// The SMS account's auth token, which signs webhook posts.
    public let smsAuthToken: String
    let calendar: BusinessCalendar
    let client = CurlHTTPClient(userAgent: "punctual-simulator")

    public init(baseURL: URL, tokens: [String: String], smsAuthToken: String, calendar: BusinessCalendar) {
        self.baseURL = baseURL
        self.tokens = tokens
        self.smsAuthToken = smsAuthToken
        self.calendar = calendar
    }

    public func postPositions(_ fixes: [PositionFix], technician: String) async throws {
        let body = fixes.map { fix -> [String: Any] in
            ["at": calendar.iso8601(fix.at), "lat": fix.location.latitude, "lon": fix.location.longitude]
        }
        _ = try await send(.post, "v1/me/positions", technician: technician, json: body)
    }

    public func postProgress(_ report: ProgressReport, technician: String) async throws {
        var body: [String: Any] = ["type": report.kind.rawValue, "at": calendar.iso8601(report.at)]
        if !report.partsUsed.isEmpty { body["parts_used"] = report.partsUsed.map { ["part": $0.part, "quantity": $0.quantity] } }
        if let notes = report.notes { body["notes"] = notes }
        if let reason = report.reason { body["reason"] = reason }
        if let minutes = report.minutesLeft { body["minutes_left"] = minutes }
        _ = try await send(.post, "v1/me/visits/\(report.job)/events", technician: technician, json: body,
                     headers: [.init(name: "Idempotency-Key", value: report.idempotencyKey)])
    }

    public func remainingRoute(technician: String, date: LocalDate) async throws -> RemainingRoute {
        let data = try await send(.get, "v1/me/route?date=\(date)", technician: technician, json: nil)
        struct Route: Decodable {
            struct Visit: Decodable {
                var sequence: Int
                var job_id: String
                var status: String
            }
            struct Break: Decodable {
                var start: String
                var after_visit: Int
            }
            var visits: [Visit]
            var breaks: [Break]
        }
        let route = try JSONDecoder().decode(Route.self, from: data)
        let planned = route.breaks.first
        return RemainingRoute(
            jobs: route.visits.filter { !(JobStatus(rawValue: $0.status)?.isClosed ?? false) }.map(\.job_id),
            breakAfter: planned.flatMap { b in route.visits.first { $0.sequence == b.after_visit }?.job_id },
            breakStart: planned.flatMap { ISO8601DateFormatter().date(from: $0.start) })
    }

    public func customerTexts(from phone: String, body: String) async throws {
        let url = baseURL.appendingPathComponent("v1/webhooks/sms")
        let parameters = [("From", phone), ("Body", body), ("MessageSid", "SM\(UUID().uuidString.prefix(8))")]
        let signature = TwilioSignature.signature(url: url.absoluteString, parameters: parameters, authToken: smsAuthToken)
        _ = try await perform(.init(method: .post, url: url,
                              headers: [.init(name: "Content-Type", value: "application/x-www-form-urlencoded"),
                                        .init(name: TwilioSignature.header, value: signature)],
                              body: Data(FormEncoding.encode(parameters).utf8)))
    }

    private func send(_ method: CurlHTTPClient.Method, _ path: String, technician: String, json: Any?,
                      headers: [CurlHTTPClient.Header] = []) async throws -> Data {
        guard let token = tokens[technician] else {
            throw HTTPFieldLinkError(request: path, status: 0, body: "no token for technician \(technician)")
        }
        let url = URL(string: path, relativeTo: baseURL)!.absoluteURL
        var allHeaders = headers + [.init(name: "Authorization", value: "Bearer \(token)")]
        var body: Data?
        if let json {
            body = try JSONSerialization.data(withJSONObject: json)
            allHeaders.append(.init(name: "Content-Type", value: "application/json"))
        }
        return try await perform(.init(method: method, url: url, headers: allHeaders, body: body))
    }

    /// Sends `request`; any answer but 2xx is an error naming the request and the server's reason.
    private func perform(_ request: CurlHTTPClient.Request) async throws -> Data {
        let response = try await client.perform(request)
        guard (200..<300).contains(response.status) else {
            throw HTTPFieldLinkError(request: "\(request.method.rawValue) \(request.url.path)", status: response.status,
                                     body: String(decoding: response.body, as: UTF8.self))
        }
        return response.body
    }
}

/// The server refused a simulated request.
public struct HTTPFieldLinkError: Error, CustomStringConvertible {
    public var request: String
    public var status: Int
    public var body: String
    public var description: String { "\(request) answered \(status): \(body)" }
}
