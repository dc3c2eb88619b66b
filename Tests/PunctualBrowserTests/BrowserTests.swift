import Foundation
import Messaging
@testable import Punctual
import PunctualCore
import PunctualTestSupport
import Testing

/// The three pages driven in a real headless browser (Chromium through chromedriver), as the
/// technician, the customer and the dispatcher use them. They run where the browser is installed
/// and PUNCTUAL_BROWSER_TESTS=1 (`scripts/browser-test`, run by CI); set, they fail if it is not.
@Suite(.enabled(if: BrowserRun.enabled), .serialized)
struct BrowserTests {
    /// Where the README's screenshots are written, when set.
    static let screenshots = ProcessInfo.processInfo.environment["PUNCTUAL_SCREENSHOTS"]

    @Test func aTechnicianSettingOffAndFinishingShowsOnTheCustomersPageWithinFiveSeconds() async throws {
        let fixture = try await BrowserFixture()
        try await blocking {
            let driver = try WebDriver()
            let phone = try driver.session()
            let customer = try driver.session()
            defer { phone.close(); customer.close() }

            try fixture.signIn(phone, as: .technician("T01"))
            try phone.element(#"[data-job="J0001"] [data-action="en_route"]"#)
            #expect(try phone.text(#"[data-job="J0001"] .notes"#).contains("Gate code 4412"))
            #expect(try phone.text(".break").contains("11:30"), "the planned break is on the route")

            try customer.open(try fixture.trackingLink("J0001"))
            #expect(try customer.text("#headline").contains("booked"))
            #expect(try customer.text("#window") == "09:00 – 10:00")

            try phone.click(#"[data-job="J0001"] [data-action="en_route"]"#)
            let onTheWay = try customer.waitForText("#arrival", within: 5) { $0.hasPrefix("between") }
            #expect(try customer.text("#headline").contains("Kim is on the way"))
            #expect(try customer.text("#technician") == "Kim")

            for step in ["arrived", "started"] { try phone.click(#"[data-job="J0001"] [data-action="\#(step)"]"#) }
            try phone.click(#"[data-job="J0001"] [data-action="completed"]"#)
            try phone.answerPrompt("1")  // one capacitor, the part the job is listed with
            let done = try customer.waitForText("#headline", within: 5) { $0.contains("done") }
            print("customer page: arrival shown \(onTheWay.seconds) s after en route, done \(done.seconds) s after done")
        }
        let events = try fixture.store.visitEvents(job: "J0001").map(\.kind)
        #expect(events == [.enRoute, .arrived, .started, .completed])
        #expect(try fixture.store.visitEvents(job: "J0001").last?.partsUsed == [PartQuantity(part: "capacitor-45uf", quantity: 1)])
    }

    @Test func aCustomerReschedulesFromTheLinkInTheirConfirmationAndTheBoardShowsIt() async throws {
        let fixture = try await BrowserFixture()
        let now = fixture.services.clock()
        let confirmation = try #require(try fixture.store.notify(jobID: "J0001", now: now) { Notifier().confirmation($0, now: now) }
            .first { $0.channel == .sms })
        let link = try #require(confirmation.body.components(separatedBy: "Track your visit: ").last)
        #expect(link == (try fixture.trackingLink("J0001")), "the confirmation carries the job's tracking link")
        let before = try #require(try fixture.store.job("J0001")?.promisedWindow)

        let chosen = try await blocking {
            let driver = try WebDriver()
            let desk = try driver.session(width: 1440, height: 900)
            let customer = try driver.session()
            defer { desk.close(); customer.close() }
            try fixture.signIn(desk, as: .dispatcher)
            let planned = try desk.waitForText(#".track [data-job="J0001"]"#, within: 10) { !$0.isEmpty }.text
            #expect(planned.contains("09:00–10:00"))

            try customer.open(link)
            try customer.click("#reschedule")
            let first = try customer.element("button.choice")
            let start = try #require(try customer.call(.get, "/element/\(first)/attribute/data-start") as? String)
            try customer.click("button.choice")
            try customer.waitForText("#outcome", within: 5) { $0.contains("moved") }
            // The board shows the move: the visit leaves today's timeline, or shows its new window.
            let shown = try desk.waitForText("#timeline", within: 5) { _ in
                let block = try? desk.execute(#"const b = document.querySelector('.track [data-job="J0001"]'); return b ? b.textContent : "gone";"#) as? String
                return block != nil && block != planned
            }
            print("board showed the rescheduled visit \(shown.seconds) s after the customer's tap")
            return start
        }
        let job = try #require(try fixture.store.job("J0001"))
        let window = try #require(job.promisedWindow)
        #expect(window != before)
        #expect(Fixtures.calendar.iso8601(window.start) == chosen)
        let email = try #require(try fixture.store.messages(jobID: "J0001").last { $0.channel == .email && $0.window == window },
                                 "the customer is sent the new window by email, with its calendar entry")
        let first = try #require(try fixture.store.messages(jobID: "J0001").first { $0.channel == .email && $0.kind == .confirmation })
        #expect(email.calendarSequence == (first.calendarSequence ?? -1) + 1, "the calendar entry is updated in place")
        #expect(email.window == window)
        let inbox = try fixture.store.inbox(includeHandled: true, jobID: "J0001")
        #expect(inbox.map(\.source) == [.web, .web], "both taps are in the customer's one thread")
    }

    @Test func theDispatcherHandsAVisitToASuggestedTechnicianFromTheBoard() async throws {
        let fixture = try await BrowserFixture()
        let result = try await blocking {
            let driver = try WebDriver()
            let desk = try driver.session(width: 1440, height: 900)
            defer { desk.close() }
            try fixture.signIn(desk, as: .dispatcher)
            try desk.click(#".track [data-job="J0003"]"#)
            #expect(try desk.text("#actions-title").contains("Ada Moss"))
            try desk.click("#suggest")
            try desk.click(#"button.give[data-technician="T03"]"#)
            return try desk.waitForText("#action-result", within: 10) { $0.hasPrefix("Given to") }.text
        }
        #expect(result.contains("T03"))
        let plan = try #require(try fixture.store.publishedPlan(on: Fixtures.day))
        #expect(plan.visits.first { $0.jobID == "J0003" }?.technicianID == "T03")
        #expect(plan.version > 0, "published as a new version")
    }

    @Test func aReportMadeWithoutSignalArrivesOnceWhenTheSignalIsBack() async throws {
        let fixture = try await BrowserFixture()
        let store = fixture.store
        let tapped = Moment()
        try await blocking {
            let driver = try WebDriver()
            let phone = try driver.session()
            defer { phone.close() }
            try fixture.signIn(phone, as: .technician("T02"))
            try phone.element(#"[data-job="J0002"] [data-action="en_route"]"#)
            try phone.setOffline(true)
            tapped.set(fixture.services.clock())
            try phone.click(#"[data-job="J0002"] [data-action="en_route"]"#)
            // Without signal the card moves on at the tap, so the next step can be reported too.
            try phone.click(#"[data-job="J0002"] [data-action="arrived"]"#)
            try phone.waitForText("#queue", within: 5) { $0.contains("2 reports waiting") }
            Thread.sleep(forTimeInterval: 4)  // the page retries every 3 s; nothing gets through
            #expect(try store.visitEvents(job: "J0002").isEmpty)
            try phone.setOffline(false)
            let deadline = ContinuousClock.now + .seconds(15)
            while try store.visitEvents(job: "J0002").count < 2, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.2) }
            Thread.sleep(forTimeInterval: 4)  // another retry round: nothing is sent twice
            #expect(try phone.execute("return localStorage.getItem('punctual.queue.T02')") as? String == "[]")
            #expect(try phone.text(#"[data-job="J0002"] .status"#).lowercased() == "arrived")
        }
        let events = try store.visitEvents(job: "J0002")
        #expect(events.map(\.kind) == [.enRoute, .arrived], "each report once, in order")
        // Stamped when it was made (by the server's clock, as the page keeps it), not when it got
        // through four seconds and more later.
        let event = try #require(events.first)
        let made = try #require(tapped.value)
        #expect(abs(event.at.timeIntervalSince(made)) < 2, "reported at \(event.at), tapped at \(made)")
        #expect(event.idempotencyKey != nil)
    }

    @Test func whileThePageIsOpenItPostsThePhonesPositionEveryThirtySeconds() async throws {
        let fixture = try await BrowserFixture()
        let clock = ContinuousClock()
        let (opened, firstStored) = try await blocking {
            let driver = try WebDriver()
            let phone = try driver.session()
            defer { phone.close() }
            try phone.setGeolocation(latitude: 46.8612, longitude: -114.0104, origin: fixture.base)
            try fixture.signIn(phone, as: .technician("T02"))
            try phone.element(".visit")
            let opened = clock.now
            var first: ContinuousClock.Instant?
            while try fixture.store.fixes(technician: "T02").count < 2, clock.now - opened < .seconds(45) {
                if first == nil, try !fixture.store.fixes(technician: "T02").isEmpty { first = clock.now }
                Thread.sleep(forTimeInterval: 0.25)
            }
            return (opened, first ?? clock.now)
        }
        let fixes = try fixture.store.fixes(technician: "T02")
        let fix = try #require(fixes.first, "no position within 45 s of opening the page")
        #expect(abs(fix.location.latitude - 46.8612) < 1e-6 && abs(fix.location.longitude + 114.0104) < 1e-6)
        #expect(firstStored - opened < .seconds(10), "the first position came \(firstStored - opened) after the page opened")
        #expect(fixes.count == 2, "a second position within 45 s")
        if fixes.count == 2 {
            let gap = fixes[1].at.timeIntervalSince(fixes[0].at)
            #expect((25...35).contains(gap), "positions \(gap) s apart")
        }
    }

    @Test func aTrackingLinkOpensItsOwnVisitOnlyAndNeverTheBoard() async throws {
        let fixture = try await BrowserFixture()
        let mine = try fixture.trackingLink("J0001")
        let theirs = try fixture.trackingLink("J0002")
        try await blocking {
            let driver = try WebDriver()
            let customer = try driver.session()
            defer { customer.close() }
            try customer.open(mine)
            let page = try customer.text("main")
            #expect(page.contains("1182 Scott St"))
            #expect(!page.contains("626 S 5th St W") && !page.contains("Wyatt"), "nothing of another customer")
            let status = try customer.execute("return fetch(arguments[0]).then(r => r.status)", [mine.replacingOccurrences(of: String(mine.suffix(32)), with: String(repeating: "0", count: 32))]) as? Int
            #expect(status == 404, "a guessed token opens nothing")
            for path in ["/board", "/app"] {
                try customer.open(fixture.base + path)
                #expect(try customer.text("h1") == "Punctual", "\(path) without a session is the signed-out page")
            }
            let board = try customer.execute("return fetch('/v1/board').then(r => r.status)") as? Int
            #expect(board == 401)
            let otherPage = try customer.execute("return fetch(arguments[0] + '/status').then(r => r.json()).then(j => j.address)", [theirs]) as? String
            #expect(otherPage == "626 S 5th St W, Missoula, MT 59801", "each token opens its own visit")
        }
        // A tracking token is no API token.
        let token = String(mine.suffix(32))
        #expect(try fixture.services.tokens.authenticate(token) == nil)
    }

    @Test func everyPageFitsAPhoneAndADeskAndIsPhotographedForTheREADME() async throws {
        let fixture = try await BrowserFixture(startingAt: 9, 20)
        let now = fixture.services.clock()
        try fixture.store.notify(jobID: "J0002", now: now) { Notifier().confirmation($0, now: now) }
        try await blocking {
            let driver = try WebDriver()
            let phone = try driver.session()
            let desk = try driver.session(width: 1440, height: 900)
            defer { phone.close(); desk.close() }
            try fixture.signIn(phone, as: .technician("T02"))
            try phone.click(#"[data-job="J0002"] [data-action="en_route"]"#)
            try phone.waitForText(#"[data-job="J0002"] .status"#, within: 10) { $0.lowercased() == "en route" }
            _ = try fixture.store.recordFixes([(technicianID: "T02", fixes: [PositionFix(at: fixture.services.clock(),
                location: GeoPoint(latitude: 46.8601, longitude: -114.0068))])], receivedAt: fixture.services.clock())
            try fixture.signIn(desk, as: .dispatcher)
            try desk.element(#".track [data-job="J0002"]"#)
            let pages: [(name: String, open: (WebDriver.Session) throws -> Void)] = [
                ("technician", { try $0.open(fixture.base + "/app"); try $0.element(".visit") }),
                ("tracking", { try $0.open(try fixture.trackingLink("J0002")); try $0.waitForText("#arrival", within: 5) { $0.hasPrefix("between") } }),
                ("board", { try $0.open(fixture.base + "/board"); try $0.element(#".track [data-job="J0002"]"#) }),
            ]
            for page in pages {
                for (session, size) in [(phone, "390x844"), (desk, "1440x900")] {
                    if page.name == "technician" && session === desk { continue }  // a phone page; the desk is signed in as the dispatcher
                    if page.name == "board" && session === phone { continue }
                    try page.open(session)
                    let overflow = try session.execute("return document.documentElement.scrollWidth - window.innerWidth") as? Int
                    #expect(overflow ?? 1 <= 0, "\(page.name) at \(size) is \(overflow ?? -1) px wider than the window")
                    if let folder = Self.screenshots {
                        try session.screenshot().write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(page.name)-\(size).png"))
                    }
                }
            }
            // The customer's page on a desk, and the board on a phone, for the README too.
            try desk.open(try fixture.trackingLink("J0002"))
            try phone.open(try fixture.signInLink(.dispatcher))
            try phone.click("#sign-in")
            try phone.element(#".track [data-job="J0002"]"#)
            let overflow = try phone.execute("return document.documentElement.scrollWidth - window.innerWidth") as? Int
            #expect(overflow ?? 1 <= 0, "the board at 390x844 is \(overflow ?? -1) px wider than the window")
            if let folder = Self.screenshots {
                try desk.screenshot().write(to: URL(fileURLWithPath: folder).appendingPathComponent("tracking-1440x900.png"))
                try phone.screenshot().write(to: URL(fileURLWithPath: folder).appendingPathComponent("board-390x844.png"))
            }
        }
    }
}

/// Whether this run drives the browser.
enum BrowserRun {
    static let enabled = ProcessInfo.processInfo.environment["PUNCTUAL_BROWSER_TESTS"] == "1"
}

/// An instant set on one thread and read on another.
final class Moment: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date?
    func set(_ value: Date) { lock.withLock { instant = value } }
    var value: Date? { lock.withLock { instant } }
}
