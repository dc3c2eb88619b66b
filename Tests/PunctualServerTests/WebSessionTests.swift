import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualServer

/// Signing a browser in: a one-time link, spent by a button (not by opening it, which message
/// apps do to preview links), exchanged for a session cookie that the API takes in place of a
/// bearer token, and ended by revoking the technician's tokens or by signing out.
@Suite struct WebSessionTests {
    typealias A = APIFixtures

    static func cookie(in response: TestResponse) -> String? {
        guard let header = response.headers[.setCookie], header.hasPrefix("\(SessionCookie.name)=") else { return nil }
        return String(header.split(separator: ";")[0])
    }

    static func headers(cookie: String) -> HTTPFields { [.cookie: cookie] }

    @Test func aLinkSignsInOnceAndItsSessionReadsTheRouteUntilRevoked() async throws {
        let fixture = try A()
        let code = try fixture.services.tokens.issueSignInCode(for: .technician("T01"), now: fixture.now)
        try await fixture.app.test(.router) { client in
            // Opening the link (or a preview fetching it) spends nothing.
            for _ in 0..<2 {
                try await client.execute(uri: "/signin/\(code)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body).contains("id=\"sign-in\""))
                }
            }
            let cookie = try await client.execute(uri: "/signin/\(code)", method: .post) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/app")
                let setCookie = response.headers[.setCookie] ?? ""
                #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && !setCookie.contains("Secure"))
                return Self.cookie(in: response)
            }
            let session = try #require(cookie)
            try await client.execute(uri: "/signin/\(code)", method: .post) { response in
                #expect(response.status == .forbidden, "a link works once")
                #expect(response.headers[.setCookie] == nil)
            }
            try await client.execute(uri: "/v1/me/route", method: .get, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .ok)
                let route = try JSONDecoder().decode(RouteResponse.self, from: Data(buffer: response.body))
                #expect(route.technician_id == "T01" && route.now == Fixtures.calendar.iso8601(fixture.now))
                #expect(route.visits.map(\.customer_phone) == ["+14065550129"])
            }
            try await client.execute(uri: "/app", method: .get, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'self'") == true)
            }
            try await client.execute(uri: "/board", method: .get, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .unauthorized, "a technician's session does not open the board")
            }
            try await client.execute(uri: "/v1/board", method: .get, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .forbidden)
            }
            try AccessTokens(store: fixture.store).revoke(technician: "T01")
            try await client.execute(uri: "/v1/me/route", method: .get, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .unauthorized, "revoking the technician's tokens ends the phone's session")
            }
        }
    }

    @Test func anExpiredLinkOrAnUnknownOneOpensNothingAndSigningOutEndsTheSession() async throws {
        let fixture = try A()
        let tokens = fixture.services.tokens
        let stale = try tokens.issueSignInCode(for: .dispatcher, now: fixture.now.addingTimeInterval(-AccessTokens.signInLifetime - 1))
        let fresh = try tokens.issueSignInCode(for: .dispatcher, now: fixture.now)
        try await fixture.app.test(.router) { client in
            for code in [stale, "sl_" + String(repeating: "0", count: 48), "nonsense"] {
                try await client.execute(uri: "/signin/\(code)", method: .post) { response in
                    #expect(response.status == .forbidden, "\(code.prefix(8))")
                }
            }
            let session = try #require(try await client.execute(uri: "/signin/\(fresh)", method: .post) { response in
                #expect(response.headers[.location] == "/board")
                return Self.cookie(in: response)
            })
            try await client.execute(uri: "/v1/inbox", method: .get, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/signout", method: .post, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.setCookie]?.contains("Max-Age=0") == true)
            }
            try await client.execute(uri: "/v1/inbox", method: .get, headers: Self.headers(cookie: session)) { response in
                #expect(response.status == .unauthorized)
            }
        }
        // The dispatcher's bearer token still works: signing out ended only that session.
        #expect(try tokens.authenticate(fixture.dispatcherToken) == .dispatcher)
    }

    @Test func sessionsAreSecureCookiesWhenThePagesAreServedOverHTTPS() async throws {
        let fixture = try A()
        try fixture.store.setSetting(.webBaseURL, to: "https://punctual.example.com")
        let code = try fixture.services.tokens.issueSignInCode(for: .technician("T02"), now: fixture.now)
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/signin/\(code)", method: .post) { response in
                #expect(response.headers[.setCookie]?.hasSuffix("; Secure") == true)
            }
        }
    }

    /// A page of another site (or a sibling on this one) cannot use the session to change anything,
    /// nor sign the browser in; this site's own pages and non-browser clients can.
    @Test func aSessionChangesNothingForAPageOfAnotherOrigin() async throws {
        let fixture = try A()
        let code = try fixture.services.tokens.issueSignInCode(for: .technician("T01"), now: fixture.now)
        try await fixture.app.test(.router) { client in
            var foreign = HTTPFields()
            foreign[.origin] = "http://evil.example"
            try await client.execute(uri: "/signin/\(code)", method: .post, headers: foreign) { response in
                #expect(response.status == .forbidden)
            }
            let session = try #require(try await client.execute(uri: "/signin/\(code)", method: .post) { Self.cookie(in: $0) })
            let event = ByteBuffer(string: #"{"type":"en_route"}"#)
            for (name, value) in [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Site", "same-site"), ("Origin", "http://localhost:9999")] {
                var headers = Self.headers(cookie: session)
                headers[.contentType] = "application/json"
                headers[HTTPField.Name(name)!] = value
                try await client.execute(uri: "/v1/me/visits/J0001/events", method: .post, headers: headers, body: event) { response in
                    #expect(response.status == .forbidden, "\(name): \(value)")
                }
            }
            #expect(try fixture.store.visitEvents(job: "J0001").isEmpty)
            var own = Self.headers(cookie: session)
            own[.contentType] = "application/json"
            own[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin"
            try await client.execute(uri: "/v1/me/visits/J0001/events", method: .post, headers: own, body: event) { response in
                #expect(response.status == .created)
            }
            // Reading is not changing: a GET with the cookie from anywhere reads as before.
            var reading = Self.headers(cookie: session)
            reading[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            try await client.execute(uri: "/v1/me/route", method: .get, headers: reading) { response in #expect(response.status == .ok) }
        }
    }
}
