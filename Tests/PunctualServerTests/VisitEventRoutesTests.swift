import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

@Suite struct VisitEventRoutesTests {
    typealias A = APIFixtures

    private func post(_ client: some TestClientProtocol, _ fixture: A, job: String = "J0001", _ body: String, key: String? = nil,
                      check: @escaping (TestResponse) throws -> Void) async throws {
        try await client.execute(uri: "/v1/me/visits/\(job)/events", method: .post,
                                 headers: A.headers(fixture.technicianToken, idempotencyKey: key), body: A.body(body)) { try check($0) }
    }

    @Test func aVisitRunsFromEnRouteToCompletedWithPartsAndNotes() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            for (type, status) in [("en_route", "en_route"), ("arrived", "arrived"), ("started", "in_progress"), ("paused", "in_progress"), ("started", "in_progress")] {
                try await post(client, fixture, #"{"type":"\#(type)"}"#) { response in
                    #expect(response.status == .created)
                    let event = A.json(response)
                    #expect(event["status"] as? String == status)
                    #expect(event["replayed"] as? Bool == false)
                }
            }
            try await post(client, fixture, #"{"type":"completed","at":"2026-11-24T09:29:00-07:00","parts_used":[{"part":"capacitor-45uf","quantity":1}],"notes":"Replaced capacitor"}"#) { response in
                #expect(response.status == .created)
                #expect(A.json(response)["at"] as? String == "2026-11-24T09:29:00-07:00")
            }
        }
        let events = try fixture.store.visitEvents(job: "J0001")
        #expect(events.last?.partsUsed == [PartQuantity(part: "capacitor-45uf", quantity: 1)])
        #expect(events.last?.notes == "Replaced capacitor")
        #expect(try fixture.store.jobs(on: A.date).first { $0.id == "J0001" }?.status == .completed)
    }

    @Test func completingAVisitNeverStartedIs409WithTheReason() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await post(client, fixture, #"{"type":"completed"}"#) { response in
                #expect(response.status == .conflict)
                let error = try #require(A.error(response))
                #expect(error.error == "illegal_transition")
                #expect(error.detail.contains("must be started before it is completed"))
            }
        }
        #expect(try fixture.store.visitEvents(job: "J0001").isEmpty)
    }

    @Test func aRetryWithTheSameIdempotencyKeyChangesNothing() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            var firstID: Int?
            try await post(client, fixture, #"{"type":"arrived"}"#, key: "abc-1") { response in
                #expect(response.status == .created)
                firstID = A.json(response)["id"] as? Int
            }
            try await post(client, fixture, #"{"type":"arrived"}"#, key: "abc-1") { response in
                #expect(response.status == .ok)
                let event = A.json(response)
                #expect(event["replayed"] as? Bool == true)
                #expect(event["id"] as? Int == firstID)
            }
            // Without the key the repeat is a second report, and an illegal one.
            try await post(client, fixture, #"{"type":"arrived"}"#) { response in
                #expect(response.status == .conflict)
            }
            try await post(client, fixture, #"{"type":"started"}"#, key: "abc-1") { response in
                #expect(response.status == .conflict)
                #expect(A.error(response)?.error == "idempotency_key_reused")
            }
        }
        #expect(try fixture.store.visitEvents(job: "J0001").count == 1)
    }

    /// A bare header was once stored as a real key, shared by every report sent with it: the
    /// technician's next visit reported so was refused as a reused key, a repeat of the same report
    /// taken for a replay.
    @Test(arguments: ["", " ", "\t", "   "])
    func anEmptyOrBlankKeyIs400NamingTheHeaderAndRecordsNothing(key: String) async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            for job in ["J0002", "J0003", "J0002"] {
                try await client.execute(uri: "/v1/me/visits/\(job)/events", method: .post,
                                         headers: A.headers(fixture.otherTechnicianToken, idempotencyKey: key), body: A.body(#"{"type":"en_route"}"#)) { response in
                    #expect(response.status == .badRequest)
                    #expect(A.error(response)?.field == "Idempotency-Key")
                }
            }
        }
        #expect(try fixture.store.visitEvents(job: "J0002").isEmpty)
        #expect(try fixture.store.visitEvents(job: "J0003").isEmpty)
    }

    @Test func aKeyOfUpTo200CharactersWorksAndALongerOneIs400() async throws {
        let fixture = try A()
        let longest = String(repeating: "k", count: IdempotencyKey.maximumLength)
        try await fixture.app.test(.router) { client in
            try await post(client, fixture, #"{"type":"arrived"}"#, key: longest + "k") { response in
                #expect(response.status == .badRequest)
                let error = try #require(A.error(response))
                #expect(error.field == "Idempotency-Key")
                #expect(error.detail.contains("201 characters"))
            }
            #expect(try fixture.store.visitEvents(job: "J0001").isEmpty)
            try await post(client, fixture, #"{"type":"arrived"}"#, key: longest) { #expect($0.status == .created) }
            try await post(client, fixture, #"{"type":"arrived"}"#, key: longest) { #expect($0.status == .ok) }
            // Counted in characters, not bytes: `é` is two.
            try await post(client, fixture, #"{"type":"started"}"#, key: "é" + longest.dropFirst()) { #expect($0.status == .created) }
        }
        #expect(try fixture.store.visitEvents(job: "J0001").map(\.idempotencyKey) == [longest, "é" + longest.dropFirst()])
    }

    /// The document promises what the server keeps.
    @Test func theDocumentStatesTheKeysLimits() {
        #expect(OpenAPIDocument.yaml.contains("schema: {type: string, minLength: 1, maxLength: 200, pattern: \\S}"))
    }

    @Test(arguments: [
        (#"{"type":"teleported"}"#, "type"),
        (#"{}"#, "type"),
        (#"{"type":"arrived","at":"2026-11-25T09:00:00-07:00"}"#, "at"),
        (#"{"type":"arrived","at":"09:00"}"#, "at"),
        (#"{"type":"arrived","parts_used":[{"part":"x"}]}"#, "parts_used[0].quantity"),
        (#"{"type":"running_over"}"#, "minutes_left"),
        (#"{"type":"running_over","minutes_left":0}"#, "minutes_left"),
        (#"{"type":"running_over","minutes_left":900}"#, "minutes_left"),
        (#"{"type":"arrived","minutes_left":20}"#, "minutes_left"),
    ])
    func badReportsAre400NamingTheField(body: String, field: String) async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await post(client, fixture, body) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.field == field)
            }
        }
        #expect(try fixture.store.visitEvents(job: "J0001").isEmpty)
    }

    @Test func aTechnicianRunningOverSaysHowLongIsLeftAndTheJobStaysInProgress() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await post(client, fixture, #"{"type":"running_over","minutes_left":40}"#) { response in
                #expect(response.status == .conflict)  // not started yet: nothing to run over
            }
            try await post(client, fixture, #"{"type":"arrived"}"#) { #expect($0.status == .created) }
            try await post(client, fixture, #"{"type":"started"}"#) { #expect($0.status == .created) }
            try await post(client, fixture, #"{"type":"running_over","minutes_left":40}"#) { response in
                #expect(response.status == .created)
                #expect(A.json(response)["status"] as? String == "in_progress")
            }
            try await post(client, fixture, #"{"type":"completed"}"#) { #expect($0.status == .created) }
        }
        #expect(try fixture.store.visitEvents(job: "J0001").compactMap(\.minutesLeft) == [40])
    }

    @Test func unableToCompleteNeedsAReasonAndAnUnknownJobIs404() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await post(client, fixture, #"{"type":"arrived"}"#) { #expect($0.status == .created) }
            try await post(client, fixture, #"{"type":"unable_to_complete"}"#) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.field == "reason")
            }
            try await post(client, fixture, #"{"type":"unable_to_complete","reason":"customer not home"}"#) { response in
                #expect(A.json(response)["status"] as? String == "failed")
            }
            try await post(client, fixture, job: "J9999", #"{"type":"arrived"}"#) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
