import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium driven over the W3C WebDriver protocol by Debian's `chromedriver`
/// (`chromium` and `chromium-driver` packages; `scripts/install-deps.sh browser`).
///
/// Starts its own chromedriver on a free port and one browser session with a private profile and
/// download folder. Errors say what failed — a browser that cannot start is an error, never a
/// silent skip.
public final class WebDriverSession {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A reference to an element of the page.
    public struct Element: Sendable {
        public var id: String
        var json: [String: String] { [WebDriverSession.elementKey: id] }
    }

    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    public let downloads: URL
    private let driver: Process
    private let port: UInt16
    private var sessionID: String = ""
    private let profile: URL

    /// Paths of the browser and its driver on Debian; override with `BLACKLINE_CHROMIUM` and
    /// `BLACKLINE_CHROMEDRIVER`.
    public static var browserPath: String { ProcessInfo.processInfo.environment["BLACKLINE_CHROMIUM"] ?? "/usr/bin/chromium" }
    public static var driverPath: String { ProcessInfo.processInfo.environment["BLACKLINE_CHROMEDRIVER"] ?? "/usr/bin/chromedriver" }

    /// Starts chromedriver and a headless browser whose downloads go to `downloads`.
    public init(downloads: URL, width: Int = 1400, height: Int = 1000) throws {
        for (path, package) in [(Self.browserPath, "chromium"), (Self.driverPath, "chromium-driver")]
        where !FileManager.default.isExecutableFile(atPath: path) {
            throw Failure(
                description: "\(path) is missing: install the Debian package \(package) (scripts/install-deps.sh browser, which make test runs)")
        }
        self.downloads = downloads
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("blackline-chromium-\(UUID().uuidString)")
        port = try LocalHTTPClient.freePort()
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: Self.driverPath)
        driver.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        do {
            try waitForDriver()
            try startSession(width: width, height: height)
        } catch {
            stopDriver()
            throw error
        }
    }

    deinit { quit() }

    /// Ends the session, the browser and the driver; removes the browser profile.
    public func quit() {
        if !sessionID.isEmpty {
            _ = try? LocalHTTPClient.send("DELETE", port: port, path: "/session/\(sessionID)", timeout: 20)
            sessionID = ""
        }
        stopDriver()
        try? FileManager.default.removeItem(at: profile)
    }

    /// Asks chromedriver to shut down (it ignores SIGTERM), then kills it if it has not.
    private func stopDriver() {
        guard driver.isRunning else { return }
        _ = try? LocalHTTPClient.send("GET", port: port, path: "/shutdown", timeout: 5)
        let deadline = Date().addingTimeInterval(3)
        while driver.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if driver.isRunning {
            kill(driver.processIdentifier, SIGKILL)
            driver.waitUntilExit()
        }
    }

    private func waitForDriver() throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let response = try? LocalHTTPClient.send("GET", port: port, path: "/status", timeout: 5), response.status == 200,
                let json = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
                let value = json["value"] as? [String: Any], value["ready"] as? Bool == true
            {
                return
            }
            guard driver.isRunning else { throw Failure(description: "chromedriver exited with status \(driver.terminationStatus)") }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "chromedriver did not answer on port \(port) within 30 s")
    }

    private func startSession(width: Int, height: Int) throws {
        let options: [String: Any] = [
            "binary": Self.browserPath,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--hide-scrollbars", "--window-size=\(width),\(height)",
                "--user-data-dir=\(profile.path)",
            ],
            "prefs": [
                "download.default_directory": downloads.path, "download.prompt_for_download": false,
                "download.directory_upgrade": true,
            ],
        ]
        let capabilities: [String: Any] = [
            "capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]
        ]
        let value = try command("POST", "/session", capabilities, session: false, timeout: 90)
        guard let object = value as? [String: Any], let id = object["sessionId"] as? String else {
            throw Failure(description: "chromedriver started no session: \(value)")
        }
        sessionID = id
        // Allow downloads into our folder without asking (headless Chromium needs to be told).
        _ = try command(
            "POST", "/goog/cdp/execute",
            ["cmd": "Browser.setDownloadBehavior", "params": ["behavior": "allow", "downloadPath": downloads.path]])
    }

    /// Sends a WebDriver command and returns its `value`; WebDriver errors become `Failure`s.
    @discardableResult
    public func command(_ method: String, _ path: String, _ body: Any? = nil, session: Bool = true, timeout: TimeInterval = 60) throws -> Any {
        let fullPath = session ? "/session/\(sessionID)\(path)" : path
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? (method == "POST" ? Data("{}".utf8) : nil)
        let response = try LocalHTTPClient.send(method, port: port, path: fullPath, body: data, timeout: timeout)
        let json = try JSONSerialization.jsonObject(with: response.body.isEmpty ? Data("{}".utf8) : response.body) as? [String: Any] ?? [:]
        let value = json["value"] ?? NSNull()
        if response.status != 200 {
            let detail = (value as? [String: Any]).map { "\($0["error"] ?? ""): \($0["message"] ?? "")" } ?? "\(value)"
            throw Failure(description: "WebDriver \(method) \(path): HTTP \(response.status) \(detail)")
        }
        return value
    }

    // MARK: Commands

    public func navigate(to url: URL) throws { try command("POST", "/url", ["url": url.absoluteString]) }

    /// Runs `script` (a function body; `arguments[0]`… are `args`) in the page and returns its result.
    @discardableResult
    public func execute(_ script: String, _ args: [Any] = []) throws -> Any {
        try command("POST", "/execute/sync", ["script": script, "args": args])
    }

    public func find(_ css: String) throws -> Element {
        let value = try command("POST", "/element", ["using": "css selector", "value": css])
        guard let object = value as? [String: Any], let id = object[Self.elementKey] as? String else {
            throw Failure(description: "no element for \(css)")
        }
        return Element(id: id)
    }

    public func click(_ element: Element) throws { try command("POST", "/element/\(element.id)/click") }

    /// Presses keys one after another (real key events).
    public func press(_ keys: [String]) throws {
        var actions: [[String: Any]] = []
        for key in keys { actions += [["type": "keyDown", "value": key], ["type": "keyUp", "value": key]] }
        try command("POST", "/actions", ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
        try command("DELETE", "/actions")
    }

    /// Drags the mouse from one viewport point to another (CSS pixels) with real pointer events.
    public func drag(from start: (x: Int, y: Int), to end: (x: Int, y: Int), steps: Int = 5) throws {
        var actions: [[String: Any]] = [
            ["type": "pointerMove", "duration": 0, "origin": "viewport", "x": start.x, "y": start.y],
            ["type": "pointerDown", "button": 0],
        ]
        for step in 1...steps {
            let x = start.x + (end.x - start.x) * step / steps
            let y = start.y + (end.y - start.y) * step / steps
            actions.append(["type": "pointerMove", "duration": 30, "origin": "viewport", "x": x, "y": y])
        }
        actions.append(["type": "pointerUp", "button": 0])
        try command(
            "POST", "/actions",
            ["actions": [["type": "pointer", "id": "mouse", "parameters": ["pointerType": "mouse"], "actions": actions]]])
        try command("DELETE", "/actions")
    }

    /// Resizes the browser window (CSS pixels).
    public func setWindowSize(width: Int, height: Int) throws {
        try command("POST", "/window/rect", ["width": width, "height": height])
    }

    /// A PNG screenshot of the viewport.
    public func screenshot() throws -> Data {
        guard let text = try command("GET", "/screenshot") as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// Polls `condition` (a script returning true when done) until it holds.
    public func wait(for condition: String, timeout: TimeInterval = 20, what: String) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try execute(condition) as? Bool == true { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out after \(Int(timeout)) s waiting for \(what)")
    }

    /// Waits for a finished download named `name` and returns its URL.
    public func waitForDownload(named name: String, timeout: TimeInterval = 20) throws -> URL {
        let url = downloads.appendingPathComponent(name)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let partial = (try? FileManager.default.contentsOfDirectory(atPath: downloads.path))?.contains { $0.hasSuffix(".crdownload") } ?? false
            if !partial, FileManager.default.fileExists(atPath: url.path) { return url }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: downloads.path)) ?? []
        throw Failure(description: "no download \(name) within \(Int(timeout)) s (folder holds: \(present))")
    }
}
