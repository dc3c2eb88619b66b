import Foundation
import Hummingbird
import Punctual
import PunctualCore
import PunctualImport

/// An error answered as JSON `{error, field?, detail}`: `error` is a stable code for programs,
/// `detail` a sentence for people, `field` the request field at fault when there is one.
public struct APIError: Error, Equatable {
    public struct Body: Codable, Equatable, Sendable {
        public var error: String
        public var field: String?
        public var detail: String
    }

    public var status: HTTPResponse.Status
    public var body: Body

    public init(_ status: HTTPResponse.Status, _ code: String, field: String? = nil, detail: String) {
        self.status = status
        self.body = Body(error: code, field: field, detail: detail)
    }

    /// The API's answer to any error a handler or middleware threw.
    static func from(_ error: any Error) -> APIError? {
        switch error {
        case let error as APIError:
            return error
        case let error as InvalidInput:
            return APIError(.badRequest, "invalid_input", field: error.field, detail: error.detail)
        case let error as DecodingError:
            return decoding(error)
        case let error as ProgressError:
            switch error {
            case .unknownJob: return APIError(.notFound, "not_found", field: "job", detail: error.description)
            case .notYourJob: return APIError(.forbidden, "forbidden", field: "job", detail: error.description)
            case .illegalTransition: return APIError(.conflict, "illegal_transition", field: "type", detail: error.description)
            case .wrongDay: return APIError(.conflict, "wrong_day", field: "at", detail: error.description)
            case .idempotencyKeyReused: return APIError(.conflict, "idempotency_key_reused", field: "Idempotency-Key", detail: error.description)
            }
        case let error as ReassignError:
            switch error {
            case .unknownJob: return APIError(.notFound, "not_found", field: "job", detail: error.description)
            case .unknownTechnician: return APIError(.badRequest, "invalid_input", field: "technician", detail: error.description)
            default: return APIError(.conflict, "not_reassignable", detail: error.description)
            }
        case let error as DeskError:
            switch error {
            case .unknownJob, .unknownTechnician: return APIError(.notFound, "not_found", field: error.field, detail: error.description)
            case .invalid, .dateInPast, .outsideShift: return APIError(.badRequest, "invalid_input", field: error.field, detail: error.description)
            case .promiseAtRisk: return APIError(.conflict, "promise_at_risk", detail: error.description)
            case .jobClosed, .underWay, .notWorking, .resetNotBackwards: return APIError(.conflict, "conflict", field: error.field, detail: error.description)
            }
        case let error as BookingError:
            switch error {
            case .unknownJob: return APIError(.notFound, "not_found", field: "job", detail: error.description)
            case .emptyWindow, .windowInPast: return APIError(.badRequest, "invalid_input", field: "window_start", detail: error.description)
            case .windowTooSoon, .notFeasible, .jobNotBookable: return APIError(.conflict, "not_bookable", detail: error.description)
            }
        case let error as JobIntake.Failure:
            switch error {
            case .invalid(let problems): return APIError(.badRequest, "invalid_input", field: problems.first?.field, detail: error.description)
            case .exists: return APIError(.conflict, "exists", field: "id", detail: error.description)
            }
        case let error as PlanningError:
            return APIError(.conflict, "day_is_over", field: "date", detail: error.description)
        case let error as RosterError:
            switch error {
            case .unknownTechnician: return APIError(.notFound, "not_found", field: "technician", detail: error.description)
            case .technicianExists: return APIError(.conflict, "exists", field: "id", detail: error.description)
            }
        case let error as FixWriterError:
            return APIError(.serviceUnavailable, "shutting_down", detail: error.description)
        case let error as any HTTPResponseError:
            switch error.status {
            case .notFound: return APIError(.notFound, "not_found", detail: "no such endpoint; see /openapi.yaml")
            case .contentTooLarge: return APIError(.contentTooLarge, "body_too_large", detail: "the request body is larger than 256 KiB; send fewer fixes per request")
            case .methodNotAllowed: return APIError(.methodNotAllowed, "method_not_allowed", detail: "this endpoint does not take that method")
            default: return APIError(error.status, "http_error", detail: error.status.reasonPhrase)
            }
        default:
            return nil
        }
    }

    private static func decoding(_ error: DecodingError) -> APIError {
        func path(_ codingPath: [any CodingKey]) -> String? {
            let text = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let trimmed = text.hasPrefix(".") ? String(text.dropFirst()) : text
            return trimmed.isEmpty ? nil : trimmed
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key]) ?? key.stringValue
            return APIError(.badRequest, "missing_field", field: field, detail: "\(field) is required")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            return APIError(.badRequest, "invalid_input", field: field, detail: "\(field ?? "the body") must be \(Self.describe(type))")
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            return APIError(.badRequest, field == nil ? "malformed_json" : "invalid_input", field: field,
                            detail: field == nil ? "the body is not valid JSON" : context.debugDescription)
        @unknown default:
            return APIError(.badRequest, "malformed_json", detail: "the body could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: "a number"
        case is String.Type: "a string"
        case is Array<Any>.Type: "an array"
        default: "a \(type)"
        }
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(body)) ?? Data(#"{"error":"internal","detail":"unencodable error"}"#.utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
