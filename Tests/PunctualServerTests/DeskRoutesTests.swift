import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

/// The dispatcher's changes over HTTP do what the CLI's do, under the dispatcher's token; a
/// technician's phone cannot report a visit of another day, and a fix far from the business is
/// kept but never shown as where the technician is.
@Suite struct DeskRoutesTests {
    typealias A = APIFixtures

    @Test func aJobAddedCancelledAndItsHistoryReadOverTheAPI() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            let body = #"{"customer":"Ana Ruiz","phone":"(406) 555-0188","lat":46.87,"lon":-113.99,"type":"drain-clog","duration_minutes":30,"date":"2026-11-25","skills":"plumbing"}"#
            let id = try await client.execute(uri: "/v1/jobs", method: .post, headers: A.headers(fixture.dispatcherToken), body: A.body(body)) { response in
                #expect(response.status == .created)
                return A.json(response)["id"] as? String
            }
            #expect(id == "J0004")
            let customer = try #require(try fixture.store.customer(phone: "+14065550188"), "the national number is stored in E.164")
            #expect(customer.name == "Ana Ruiz")
            try await client.execute(uri: "/v1/jobs/J0003/cancel", method: .post, headers: A.headers(fixture.dispatcherToken),
                                     body: A.body(#"{"reason":"tenant moved out"}"#)) { response in
                #expect(response.status == .ok)
                #expect(A.json(response)["status"] as? String == "cancelled")
            }
            #expect(try fixture.store.messages(jobID: "J0003").contains { $0.kind == .cancelled })
            #expect(try fixture.store.publishedPlan(on: A.date)?.visits.contains { $0.jobID == "J0003" } == false,
                    "the published route closes up round the cancelled visit")
            try await client.execute(uri: "/v1/jobs/J0003/history", method: .get, headers: A.headers(fixture.dispatcherToken)) { response in
                let entries = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]] ?? []
                #expect(entries.first?["action"] as? String == "job.cancel")
                #expect(entries.first?["actor"] as? String == "api:dispatcher")
                #expect(entries.first?["reason"] as? String == "tenant moved out")
            }
        }
    }

    @Test func progressStampedOnAnotherDayIsRefusedWith409() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/me/visits/J0001/events", method: .post, headers: A.headers(fixture.technicianToken),
                                     body: A.body(#"{"type":"arrived","at":"2026-11-22T09:00:00-07:00"}"#)) { response in
                #expect(response.status == .conflict)
                #expect(A.error(response)?.error == "wrong_day")
                #expect(A.error(response)?.detail.contains("a visit of 2026-11-24") == true)
            }
        }
        #expect(try fixture.store.job("J0001")?.status == .scheduled)
    }

    /// Every operation that takes a day reads it the one way the document's `Day` says: a year
    /// outside 2000-2099 is 400 naming the field, and nothing is recorded.
    @Test(arguments: ["1999-12-31", "2100-01-01", "0794-05-01", "2026-02-30"])
    func aDayOutsideTheCenturyIsRefusedByEveryOperationThatTakesOne(day: String) async throws {
        let fixture = try A()
        let job = #"{"customer":"Ana Ruiz","phone":"(406) 555-0188","lat":46.87,"lon":-113.99,"type":"drain-clog","duration_minutes":30,"date":"\#(day)","skills":"plumbing"}"#
        let requests: [(String, HTTPRequest.Method, String?, String)] = [
            ("/v1/jobs", .post, job, fixture.dispatcherToken),
            ("/v1/technicians/T01/absences", .post, #"{"date":"\#(day)"}"#, fixture.dispatcherToken),
            ("/v1/technicians/T01/shifts", .post, #"{"date":"\#(day)","hours":"09:00-12:00"}"#, fixture.dispatcherToken),
            ("/v1/technicians/T01/deactivate", .post, #"{"date":"\#(day)"}"#, fixture.dispatcherToken),
            ("/v1/plans/\(day)/drafts", .post, nil, fixture.dispatcherToken),
            ("/v1/plans/\(day)/publish", .post, #"{"version":1}"#, fixture.dispatcherToken),
            ("/v1/board?date=\(day)", .get, nil, fixture.dispatcherToken),
            ("/v1/me/route?date=\(day)", .get, nil, fixture.technicianToken),
        ]
        let before = try fixture.store.history(technicianID: "T01").count
        try await fixture.app.test(.router) { client in
            for (uri, method, body, token) in requests {
                try await client.execute(uri: uri, method: method, headers: A.headers(token), body: body.map(A.body)) { response in
                    #expect(response.status == .badRequest, "\(method) \(uri)")
                    #expect(A.error(response)?.field == "date", "\(method) \(uri): \(A.error(response)?.detail ?? "")")
                }
            }
        }
        #expect(try fixture.store.history(technicianID: "T01").count == before)
        #expect(try fixture.store.job("J0004") == nil)
    }

    /// A technician added over the API follows a technicians.csv row's rules; a refused one is 400
    /// naming the field and is not added.
    @Test(arguments: [
        (#"{"id":"","name":"Ana","lat":46.9,"lon":-114,"shift":"08:00-16:00","skills":["hvac"]}"#, "id"),
        (#"{"id":"T 09","name":"Ana","lat":46.9,"lon":-114,"shift":"08:00-16:00","skills":["hvac"]}"#, "id"),
        (#"{"id":"T09","name":"  ","lat":46.9,"lon":-114,"shift":"08:00-16:00","skills":["hvac"]}"#, "name"),
        (#"{"id":"T09","name":"Ana","lat":46.9,"lon":-114,"shift":"08:00-16:00","skills":[]}"#, "skills"),
        (#"{"id":"T09","name":"Ana","lat":46.9,"lon":-114,"shift":"08:00-16:00","skills":["hvac",""]}"#, "skills"),
        (#"{"id":"T09","name":"Ana","lat":46.9,"lon":-114,"shift":"08:00-16:00","skills":["hvac;gas"]}"#, "skills"),
        (#"{"id":"T09","name":"Ana","lat":46.9,"lon":-114,"shift":"16:00-08:00","skills":["hvac"]}"#, "shift"),
    ])
    func aTechnicianIsAddedOnlyWithAValidIdANameAndSkills(body: String, field: String) async throws {
        let fixture = try A()
        let before = try fixture.store.technicians().count
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/technicians", method: .post, headers: A.headers(fixture.dispatcherToken), body: A.body(body)) { response in
                #expect(response.status == .badRequest)
                #expect(A.error(response)?.field == field, "\(A.error(response)?.detail ?? "")")
            }
            let good = #"{"id":"T09","name":" Ana Ruiz ","lat":46.9,"lon":-114,"shift":"08:00-16:00","skills":[" HVAC ","gas"]}"#
            try await client.execute(uri: "/v1/technicians", method: .post, headers: A.headers(fixture.dispatcherToken), body: A.body(good)) { response in
                #expect(response.status == .created)
            }
        }
        #expect(try fixture.store.technicians().count == before + 1)
        let added = try #require(try fixture.store.technician("T09"))
        #expect(added.name == "Ana Ruiz")
        #expect(added.skills == ["gas", "hvac"])
    }

    /// The body of a cancel is optional, as documented: none at all cancels without a reason.
    @Test func aCancelWithoutABodyCancels() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/jobs/J0003/cancel", method: .post, headers: A.headers(fixture.dispatcherToken)) { response in
                #expect(response.status == .ok)
                #expect(A.json(response)["status"] as? String == "cancelled")
            }
        }
    }

    @Test func aFixFarFromTheBusinessIsKeptFlaggedAndNotShownAsThePosition() async throws {
        let fixture = try A()
        try await fixture.app.test(.router) { client in
            // Near the depot, then a phone's bad fix in the Gulf of Guinea.
            for (minute, lat, lon) in [(28, 46.8705, -114.026), (29, 0.0, 0.0)] {
                let fix = #"{"at":"2026-11-24T09:\#(minute):00-07:00","lat":\#(lat),"lon":\#(lon)}"#
                try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken), body: A.body(fix)) { response in
                    #expect(response.status == .accepted || response.status == .ok)
                }
            }
            try await client.execute(uri: "/v1/board?date=2026-11-24", method: .get, headers: A.headers(fixture.dispatcherToken)) { response in
                let board = try JSONDecoder().decode(BoardResponse.self, from: Data(buffer: response.body))
                let kim = try #require(board.technicians.first { $0.technician_id == "T01" })
                #expect(kim.position?.lat == 46.8705, "the board shows the last fix inside the area")
            }
        }
        let stored = try fixture.store.fixes(technician: "T01")
        #expect(stored.count == 2 && stored.last?.outsideArea == true && stored.first?.outsideArea == false)
    }

    @Test func aDraftSaysWhomPublishingWouldTellAndPublishingTellsExactlyThem() async throws {
        let fixture = try A()
        // Nina, the only plumber, is off from now: her promised visits have nobody to go to.
        try fixture.store.saveDayChange(TechnicianDayChange(technicianID: "T02", date: A.date, away: TechnicianDayChange.wholeDay),
                                        audit: AuditEntry(at: fixture.now, actor: "test", action: "technician.absent", technicianID: "T02", detail: ""))
        try await fixture.app.test(.router) { client in
            let version = try await client.execute(uri: "/v1/plans/2026-11-24/drafts?time_limit=0.5", method: .post,
                                                   headers: A.headers(fixture.dispatcherToken)) { response -> Int? in
                #expect(response.status == .created)
                let json = A.json(response)
                #expect(Set(json["broken"] as? [String] ?? []) == ["J0002", "J0003"])
                let notices = (json["notices"] as? [[String: String]] ?? []).map { "\($0["job"] ?? "") \($0["kind"] ?? "")" }
                #expect(Set(notices) == ["J0002 promise_broken", "J0003 promise_broken"])
                return json["plan_version"] as? Int
            }
            #expect(try fixture.store.messages().filter { $0.kind == .promiseBroken }.isEmpty, "a draft tells nobody")
            try await client.execute(uri: "/v1/plans/2026-11-24/publish", method: .post, headers: A.headers(fixture.dispatcherToken),
                                     body: A.body(#"{"version":\#(version ?? 0)}"#)) { response in
                #expect(response.status == .ok)
            }
        }
        let told = Set(try fixture.store.messages().filter { $0.kind == .promiseBroken }.compactMap(\.jobID))
        #expect(told == ["J0002", "J0003"])
    }
}
