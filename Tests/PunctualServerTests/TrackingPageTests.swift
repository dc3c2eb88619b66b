import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Messaging
import PunctualTestSupport
import Testing
@testable import Punctual
@testable import PunctualCore
@testable import PunctualImport
@testable import PunctualSample
@testable import PunctualServer
import Routing

/// The customer's tracking page without a browser: what it shows, to whom, and what its plain
/// forms do (the page works without JavaScript). The browser suite drives the same page live.
@Suite struct TrackingPageTests {
    typealias A = APIFixtures

    static func form(_ fields: [(String, String)] = []) -> (HTTPFields, ByteBuffer) {
        ([.contentType: "application/x-www-form-urlencoded"], ByteBuffer(string: FormEncoding.encode(fields)))
    }

    static func html(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// On generated businesses of several shapes, each job's page names its own customer and place
    /// and no other customer's, and a token that is not one of theirs opens nothing.
    @Test(arguments: [(2, 12, UInt64(11)), (6, 40, 12), (12, 96, 13)])
    func everyPageShowsItsOwnVisitAndNoOtherCustomer(technicians: Int, jobs: Int, seed: UInt64) async throws {
        let business = SampleBusinessGenerator(technicians: technicians, jobs: jobs, seed: seed).generate()
        let store = try Fixtures.store(generated: business)
        let date = LocalDate(parsing: SampleBusinessGenerator.sampleDate)!
        let calendar = try store.requireProfile().calendar
        let morning = calendar.instant(date, TimeOfDay(hour: 7))
        let all = try store.jobs(on: date)
        let customers = Dictionary(uniqueKeysWithValues: try store.customers().map { ($0.id!, $0) })
        var random = SplitMix64(seed: seed)
        let sampled = all.shuffled(using: &random).prefix(PropertyScale.cases(12))
        let services = try APIServices(store: store, clock: .fixed(morning))
        try await PunctualServer.application(services: services).test(.router) { client in
            for job in sampled {
                let token = try store.trackingToken(jobID: job.id, now: morning)
                let mine = try #require(customers[job.customerID])
                try await client.execute(uri: "/track/\(token)", method: .get) { response in
                    #expect(response.status == .ok)
                    let page = Self.html(response)
                    #expect(page.contains(HTML.escape(job.address)), "\(job.id)'s page lacks its address")
                    if let window = job.promisedWindow {
                        let range = calendar.localRange(window)
                        #expect(page.contains("\(range.start) – \(range.end)"), "\(job.id)'s page lacks its window")
                    }
                    for other in all where other.customerID != job.customerID && other.address != job.address {
                        #expect(!page.contains(HTML.escape(other.address)), "\(job.id)'s page shows \(other.id)'s address")
                        let name = try #require(customers[other.customerID]).name
                        if name != mine.name { #expect(!page.contains(HTML.escape(name)), "\(job.id)'s page names \(other.id)'s customer") }
                    }
                }
                // The status feed is the same view, as JSON.
                try await client.execute(uri: "/track/\(token)/status", method: .get) { response in
                    let view = try JSONDecoder().decode(TrackingView.self, from: Data(buffer: response.body))
                    #expect(view.address == job.address)
                }
            }
            let guessed = String(repeating: "a", count: 32)
            try await client.execute(uri: "/track/\(guessed)", method: .get) { response in #expect(response.status == .notFound) }
            try await client.execute(uri: "/track/\(guessed)/status", method: .get) { response in #expect(response.status == .notFound) }
            try await client.execute(uri: "/track/\(guessed)/keep", method: .post) { response in #expect(response.status == .notFound) }
        }
    }

    @Test func aLinkExpiresAtTheEndOfTheDayAfterTheVisit() async throws {
        let fixture = try A()
        let token = try fixture.store.trackingToken(jobID: "J0001", now: fixture.now)
        for (now, status) in [(Fixtures.calendar.instant(A.date.adding(days: 1), TimeOfDay(hour: 23, minute: 59)), HTTPResponse.Status.ok),
                              (Fixtures.calendar.instant(A.date.adding(days: 2), TimeOfDay(hour: 0)), .notFound)] {
            let services = try APIServices(store: fixture.store, clock: .fixed(now))
            try await PunctualServer.application(services: services).test(.router) { client in
                try await client.execute(uri: "/track/\(token)", method: .get) { response in
                    #expect(response.status == status, "at \(Fixtures.calendar.iso8601(now))")
                }
            }
        }
    }

    /// Keep, reschedule, a choice, a note and a cancellation, each a plain form post answered 303
    /// back to the page; each goes through the texts' logic into the one inbox, and the customer's
    /// thread stays free of contradictions.
    @Test func theFormsActAsTheTextsDoAndTheThreadStaysTrue() async throws {
        let now = A.at(7, 30)
        let fixture = try A(now: now)
        let store = fixture.store
        let token = try store.trackingToken(jobID: "J0003", now: now)
        try store.notify(jobID: "J0003", now: now) { Notifier().confirmation($0, now: now) }
        @Sendable func post(_ client: some TestClientProtocol, _ action: String, _ fields: [(String, String)] = []) async throws -> String {
            let (headers, body) = Self.form(fields)
            return try await client.execute(uri: "/track/\(token)/\(action)", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
        }
        nonisolated(unsafe) var chosenNumber = 0
        try await fixture.app.test(.router) { client in
            #expect(try await post(client, "keep") == "/track/\(token)?done=kept")
            #expect(try await post(client, "note", [("note", "  ")]) == "/track/\(token)?done=empty-note")
            #expect(try await post(client, "note", [("note", "Side gate; the dog is friendly")]) == "/track/\(token)?done=noted")
            #expect(try await post(client, "reschedule") == "/track/\(token)?done=choices")
            let page = try await client.execute(uri: "/track/\(token)?done=choices", method: .get) { Self.html($0) }
            #expect(page.contains("Pick the time that suits you"))
            let customerID = try #require(try store.job("J0003")).customerID
            let choices = try store.rebookChoices(customerID: customerID)
            #expect(!choices.isEmpty && page.components(separatedBy: "class=\"choice\"").count - 1 == choices.count)
            let chosen = try #require(choices.first)
            chosenNumber = chosen.number
            #expect(try await post(client, "choose", [("number", "\(chosen.number)")]) == "/track/\(token)?done=booked")
            #expect(try store.job("J0003")?.promisedWindow == chosen.window)
            #expect(try await post(client, "cancel") == "/track/\(token)?done=cancelled")
            #expect(try store.job("J0003")?.status == .cancelled)
            // Once cancelled, the page offers nothing to change.
            let after = try await client.execute(uri: "/track/\(token)", method: .get) { Self.html($0) }
            #expect(after.contains("Your visit is cancelled.") && !after.contains("id=\"reschedule\""))
            // A cancelled visit takes no more changes, and says so; a form with no number is a stale page.
            #expect(try await post(client, "cancel") == "/track/\(token)?done=closed")
            #expect(try await post(client, "note", [("note", "one more thing")]) == "/track/\(token)?done=closed")
            #expect(try await post(client, "choose") == "/track/\(token)?done=closed")
        }
        let job = try #require(try store.job("J0003"))
        #expect(job.notes.contains("Customer: Side gate; the dog is friendly"))
        let inbox = try store.inbox(includeHandled: true, jobID: "J0003")
        #expect(inbox.allSatisfy { $0.source == .web })
        let actions = inbox.map { $0.action ?? "" }
        #expect(actions.count == 5, "\(actions)")
        #expect(actions.first == "kept the appointment as booked" && actions.last == "cancelled on the tracking page")
        #expect(actions.count == 5 && actions[1] == "added to the job's notes" && actions[2].hasPrefix("offered ")
                && actions[3].hasPrefix("booked choice \(chosenNumber)"), "\(actions)")
        #expect(inbox.filter { !$0.handled }.map(\.body) == ["Side gate; the dog is friendly", "cancel"],
                "the note and the freed time wait for a person")
        let messages = try store.messages(jobID: "J0003")
        #expect(!messages.contains { $0.kind == .rebookOptions }, "the page shows the choices; they are not texted as well")
        let customer = try #require(try store.customer(id: job.customerID))
        let contradictions = ThreadChecker(calendar: Fixtures.calendar).contradictions(jobID: "J0003", messages: messages, customer: customer,
                                                                                       finalStatus: job.status)
        #expect(contradictions.isEmpty, "\(contradictions)")
        #expect(messages.contains { $0.kind == .cancelled })
    }

    @Test func messagesCarryTheTrackingLinkOnlyWhenThePagesHaveAnAddress() throws {
        let fixture = try A()
        let store = fixture.store
        let now = fixture.now
        let plain = try store.notify(jobID: "J0001", now: now) { Notifier().confirmation($0, now: now) }
        #expect(!plain.isEmpty && plain.allSatisfy { !$0.body.contains("/track/") })
        try store.setSetting(.webBaseURL, to: "https://punctual.example.com/")
        try store.setSetting(.templateOnMyWay, to: "{business}: {technician} is coming {arrival}. Follow: {tracking_link}")
        let context = try store.writer.write { db in try Store.noticeContext(db, jobID: "J0001", now: now) }
        let token = try store.trackingToken(jobID: "J0001", now: now)
        #expect(context.trackingLink == "https://punctual.example.com/track/\(token)")
        let confirmation = Notifier().confirmation(context, now: now)
        #expect(confirmation.allSatisfy { $0.body.hasSuffix("Track your visit: https://punctual.example.com/track/\(token)") })
        let onMyWay = Notifier().onMyWay(context, technician: "Kim", arrival: DateInterval(start: A.at(9, 5), duration: 1800), now: now)
        #expect(onMyWay.allSatisfy { $0.body.hasSuffix("Follow: https://punctual.example.com/track/\(token)") && !$0.body.contains("Track your visit") },
                "a template that places the link gets it once, where it says")
        #expect(try store.trackingToken(jobID: "J0001", now: now) == token, "one link per job, whatever moves")
    }

    /// The fixture at 08:00 with J0003's customer told Nina now arrives 14:10–14:40: the fixture,
    /// J0003's tracking token and that arrival.
    static func toldLate() throws -> (fixture: A, token: String, late: DateInterval) {
        let now = A.at(8)
        let fixture = try A(now: now)
        let token = try fixture.store.trackingToken(jobID: "J0003", now: now)
        let late = DateInterval(start: A.at(14, 10), end: A.at(14, 40))
        try fixture.store.notify(jobID: "J0003", now: now) { Notifier().runningLate($0, technician: "Nina", arrival: late, now: now) }
        return (fixture, token, late)
    }

    /// "Keep" accepts a running-late notice's new time only while it is about the promise standing
    /// now and still ahead; a notice about a window since moved is no longer the customer's to take.
    @Test func keepWaitsForTheCurrentLateNoticeOnlyAndNeverBringsBackAnOldOne() async throws {
        let (fixture, token, _) = try Self.toldLate()
        let store = fixture.store, now = fixture.services.clock()
        let page = try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/track/\(token)", method: .get) { String(buffer: $0.body) }
        }
        #expect(page.contains("Wait for the new time (14:10 – 14:40)"))
        // The visit moves by the dispatcher's hand: the late notice is about the old promise now.
        let moved = DateInterval(start: Fixtures.calendar.instant(A.date.adding(days: 1), TimeOfDay(hour: 9)), duration: 3600)
        _ = try JobDesk(store: store).move("J0003", to: moved, force: true, actor: "test", now: now)
        try await fixture.app.test(.router) { client in
            let (headers, body) = Self.form()
            try await client.execute(uri: "/track/\(token)/keep", method: .post, headers: headers, body: body) { response in
                #expect(response.headers[.location] == "/track/\(token)?done=kept")
            }
            let after = try await client.execute(uri: "/track/\(token)", method: .get) { String(buffer: $0.body) }
            #expect(after.contains("Keep my appointment") && !after.contains("Wait for the new time"))
        }
        #expect(try store.job("J0003")?.promisedWindow == moved, "the old late time did not come back")
    }

    @Test func aLateNoticeStillStandingIsAcceptedFromThePage() async throws {
        let (fixture, token, late) = try Self.toldLate()
        let store = fixture.store
        try await fixture.app.test(.router) { client in
            let (headers, body) = Self.form()
            try await client.execute(uri: "/track/\(token)/keep", method: .post, headers: headers, body: body) { response in
                #expect(response.headers[.location] == "/track/\(token)?done=waiting")
            }
        }
        #expect(try store.job("J0003")?.promisedWindow == late)
    }

    /// Escaping goes by Unicode scalar: a quote or a bracket fused with a combining mark into one
    /// Character is still escaped.
    @Test func everyMarkupCharacterIsEscapedEvenInsideAGraphemeCluster() {
        for text in ["\"\u{301} onmouseover=alert(1)", "<\u{301}script>", "\u{600}<b>", "'\u{20DD}", "&\u{301}amp;"] {
            let escaped = HTML.escape(text)
            #expect(!escaped.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) }, "\(text.debugDescription) → \(escaped.debugDescription)")
            #expect(Self.unescape(escaped) == text, "nothing else changes")
        }
    }

    /// The five entities back to their characters, by Unicode scalar.
    static func unescape(_ html: String) -> String {
        let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'"]
        var result = String.UnicodeScalarView(), entity: String.UnicodeScalarView?
        for scalar in html.unicodeScalars {
            if var name = entity {
                if scalar == ";" {
                    result.append(contentsOf: (entities[String(name)] ?? "&\(name);").unicodeScalars)
                    entity = nil
                } else {
                    name.append(scalar)
                    entity = name
                }
            } else if scalar == "&" {
                entity = String.UnicodeScalarView()
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}

/// Logs never carry the keys that open a customer's page or a session.
@Suite struct LoggedPathTests {
    @Test func tokensAndCodesAreLeftOutOfLoggedPaths() {
        #expect(LoggedPath.of("/track/0123456789abcdef0123456789abcdef") == "/track/…")
        #expect(LoggedPath.of("/track/0123456789abcdef0123456789abcdef/live") == "/track/…/live")
        #expect(LoggedPath.of("/signin/sl_0123") == "/signin/…")
        #expect(LoggedPath.of("/v1/me/visits/J0001/events") == "/v1/me/visits/J0001/events")
    }
}
