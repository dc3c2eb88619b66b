import Curl
import Foundation
import PunctualTestSupport

/// A small W3C WebDriver client: Debian's chromedriver driving headless Chromium, spoken to over
/// HTTP with the project's own curl client. Calls block, so the tests make them through
/// `blocking` (off the cooperative threads the server under test answers on).
final class WebDriver: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// One browser window (a WebDriver session).
    final class Session: @unchecked Sendable {
        let driver: WebDriver
        let id: String

        init(driver: WebDriver, id: String) {
            self.driver = driver
            self.id = id
        }

        @discardableResult
        func call(_ method: CurlHTTPClient.Method, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
            try driver.call(method, "/session/\(id)\(path)", body)
        }

        func open(_ url: String) throws { try call(.post, "/url", ["url": url]) }

        /// The element `css` matches, waiting up to `timeout` seconds for it.
        @discardableResult
        func element(_ css: String, within timeout: Double = 10) throws -> String {
            let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
            while true {
                if let found = try? call(.post, "/element", ["using": "css selector", "value": css]) as? [String: Any],
                   let id = found.values.first as? String {
                    return id
                }
                if ContinuousClock.now > deadline { throw Failure(description: "no element '\(css)' within \(timeout) s on \(try url())") }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }

        /// Clicks what `css` matches; found again if the page redrew it meanwhile (the board redraws
        /// on every live update).
        func click(_ css: String) throws {
            for attempt in 1...3 {
                do {
                    try call(.post, "/element/\(try element(css))/click", [:])
                    return
                } catch let failure as Failure where failure.description.contains("stale element") && attempt < 3 {
                    Thread.sleep(forTimeInterval: 0.2)
                }
            }
        }

        func type(_ css: String, _ text: String) throws {
            let id = try element(css)
            try call(.post, "/element/\(id)/value", ["text": text])
        }

        /// The element's rendered text; found again if the page was replaced under it (a form's
        /// answer, a live page reloading).
        func text(_ css: String) throws -> String {
            for attempt in 1...3 {
                do {
                    return (try call(.get, "/element/\(try element(css))/text") as? String) ?? ""
                } catch let failure as Failure where failure.description.contains("stale element") && attempt < 3 {
                    Thread.sleep(forTimeInterval: 0.2)
                }
            }
            return ""
        }

        func url() throws -> String { (try call(.get, "/url") as? String) ?? "" }

        /// Waits until `css`'s text satisfies `condition`; returns it and how long it took, seconds.
        @discardableResult
        func waitForText(_ css: String, within timeout: Double, _ condition: (String) -> Bool) throws -> (text: String, seconds: Double) {
            let clock = ContinuousClock()
            let start = clock.now
            var last = ""
            while clock.now - start < .milliseconds(Int(timeout * 1000)) {
                if let text = try? text(css) {
                    last = text
                    if condition(text) { return (text, Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)) }
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            throw Failure(description: "'\(css)' still reads '\(last)' after \(timeout) s")
        }

        @discardableResult
        func execute(_ script: String, _ arguments: [Any] = []) throws -> Any? {
            try call(.post, "/execute/sync", ["script": script, "args": arguments])
        }

        /// Answers a prompt or alert, if one is open within a second.
        func answerPrompt(_ text: String? = nil) throws {
            for _ in 0..<20 {
                if (try? call(.get, "/alert/text")) != nil {
                    if let text { try call(.post, "/alert/text", ["text": text]) }
                    try call(.post, "/alert/accept", [:])
                    return
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            throw Failure(description: "no prompt opened")
        }

        /// Cuts the network (Chromium's emulation: every request fails as it does with no signal) or restores it.
        func setOffline(_ offline: Bool) throws {
            try call(.post, "/chromium/network_conditions", ["network_conditions": [
                "offline": offline, "latency": 0, "download_throughput": -1, "upload_throughput": -1,
            ]])
        }

        /// Where the browser says it is (the phone's GPS), with the page allowed to ask.
        func setGeolocation(latitude: Double, longitude: Double, origin: String) throws {
            try call(.post, "/goog/cdp/execute", ["cmd": "Browser.grantPermissions", "params": ["permissions": ["geolocation"], "origin": origin]])
            try call(.post, "/goog/cdp/execute", ["cmd": "Emulation.setGeolocationOverride",
                                                  "params": ["latitude": latitude, "longitude": longitude, "accuracy": 8]])
        }

        func resize(width: Int, height: Int) throws {
            try call(.post, "/window/rect", ["width": width, "height": height])
        }

        /// A PNG of the page at the window's size.
        func screenshot() throws -> Data {
            guard let base64 = try call(.get, "/screenshot") as? String, let data = Data(base64Encoded: base64) else {
                throw Failure(description: "no screenshot")
            }
            return data
        }

        func close() { _ = try? driver.call(.delete, "/session/\(id)", nil) }
    }

    let process: Process
    let port: Int
    let client = CurlHTTPClient()

    /// Starts chromedriver on a free loopback port; fails naming what is missing.
    init() throws {
        guard let chromedriver = Self.executable("chromedriver"), Self.browser() != nil else {
            throw Failure(description: "chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver; scripts/browser-test installs them)")
        }
        port = try closedLoopbackPort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: chromedriver)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(20)
        while ((try? call(.get, "/status", nil)) as? [String: Any])?["ready"] as? Bool != true {
            if ContinuousClock.now > deadline { throw Failure(description: "chromedriver did not start on port \(port)") }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    deinit {
        process.terminate()
        // Not waitUntilExit: it waits on a run loop, which a test's thread does not run.
        for _ in 0..<50 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
    }

    /// A new headless browser window of `width`×`height` CSS pixels.
    func session(width: Int = 390, height: Int = 844) throws -> Session {
        // The viewport is exactly width×height CSS pixels (a window's size would include its frame);
        // a narrow one is a phone: touch, and the mobile layout viewport.
        let phone = width < 800
        let options: [String: Any] = [
            "binary": Self.browser()!,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--window-size=\(width),\(height + 200)", "--hide-scrollbars"],
            "mobileEmulation": ["deviceMetrics": ["width": width, "height": height, "pixelRatio": 1, "mobile": phone, "touch": phone]],
        ]
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome", "goog:chromeOptions": options, "unhandledPromptBehavior": "ignore",
        ]]]
        guard let answer = try call(.post, "/session", capabilities) as? [String: Any], let id = answer["sessionId"] as? String else {
            throw Failure(description: "chromedriver gave no session")
        }
        return Session(driver: self, id: id)
    }

    @discardableResult
    func call(_ method: CurlHTTPClient.Method, _ path: String, _ body: [String: Any]?) throws -> Any? {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? (method == .post ? Data("{}".utf8) : nil)
        let request = CurlHTTPClient.Request(method: method, url: URL(string: "http://127.0.0.1:\(port)\(path)")!,
                                             headers: [.init(name: "Content-Type", value: "application/json")], body: data,
                                             timeouts: CurlTimeouts(connect: .seconds(5), total: .seconds(60)))
        let response = try client.perform(request)
        let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        let value = object?["value"]
        if response.status >= 300 {
            let error = (value as? [String: Any]).map { "\($0["error"] ?? ""): \($0["message"] ?? "")" } ?? "HTTP \(response.status)"
            throw Failure(description: "WebDriver \(method.rawValue) \(path): \(error)")
        }
        return value is NSNull ? nil : value
    }

    static func executable(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func browser() -> String? { executable("chromium") ?? executable("chromium-browser") ?? executable("google-chrome") }
}
