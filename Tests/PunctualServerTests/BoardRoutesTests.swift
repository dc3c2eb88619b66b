import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

@Suite struct BoardRoutesTests {
    typealias A = APIFixtures

    @Test func theBoardShowsPositionsFreshnessAndEachRemainingVisitsForecast() async throws {
        let fixture = try A()
        try fixture.store.recordFixes([("T01", [PositionFix(at: A.at(9, 28), location: GeoPoint(latitude: 46.8705, longitude: -114.026))])],
                                      receivedAt: A.at(9, 28))
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/v1/board?date=2026-11-24", method: .get, headers: A.headers(fixture.dispatcherToken)) { response in
                #expect(response.status == .ok)
                let board = try JSONDecoder().decode(BoardResponse.self, from: Data(buffer: response.body))
                #expect(board.technicians.map(\.technician_id) == ["T01", "T02"])
                let kim = board.technicians[0]
                #expect(kim.fix_age_s == 120)
                #expect(!kim.stale)
                #expect(kim.visits.map(\.job_id) == ["J0001"])
                let visit = kim.visits[0]
                #expect(visit.median_arrival != nil && visit.p90_arrival != nil)
                #expect(visit.p_late.map { $0 < 0.05 } == true)
                let nina = board.technicians[1]
                #expect(nina.stale && nina.position == nil)
                #expect(nina.visits.map(\.job_id) == ["J0002", "J0003"])
            }
        }
    }

    @Test func aLateTechnicianShowsAtRiskAndRaisesOneEvent() async throws {
        // 09:58, Kim still at the depot, J0001's window closes at 10:00.
        let fixture = try A(now: A.at(9, 58))
        try await fixture.app.test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/v1/me/positions", method: .post, headers: A.headers(fixture.technicianToken),
                                         body: A.body(#"{"at":"2026-11-24T09:58:00-07:00","lat":46.8705,"lon":-114.026}"#)) { response in
                    #expect(response.status == .ok)
                }
            }
            try await client.execute(uri: "/v1/board", method: .get, headers: A.headers(fixture.dispatcherToken)) { response in
                let board = try JSONDecoder().decode(BoardResponse.self, from: Data(buffer: response.body))
                let visit = try #require(board.technicians.first?.visits.first)
                #expect(visit.at_risk)
                #expect((visit.p_late ?? 0) > 0.9)
            }
        }
        let events = try fixture.store.domainEvents()
        #expect(events.map(\.kind) == [.visitAtRisk])
        #expect(events.first?.leadSeconds == 120)
        // The responder acted on it at once: nobody else can make 10:00, so the customer was told.
        #expect(events.first?.consumedAt != nil)
        #expect(try fixture.store.messages(jobID: "J0001").contains { $0.kind == .runningLate })
    }
}
