import Foundation
import Glean

/// How `glean serve` runs: where the pack is, where it listens, who may call it.
public struct ServerConfiguration: Sendable {
    public var rulesDirectory: String
    public var gazetteerDirectory: String
    public var host = "127.0.0.1"
    /// 0 picks a free port (tests); the bound port is reported by `GleanServer.run(onListening:)`.
    public var port = 8750
    /// Documents extracted at the same time, across all requests.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Required on every request when set; required to start on a non-loopback host.
    public var token: String?
    /// Request bodies larger than this are refused with 413.
    public var maxBody = 16 * 1024 * 1024
    /// Reload when a rule or gazetteer file changes (polled once a second).
    public var watch = false
    /// How long in-flight requests may take to finish after SIGINT/SIGTERM before the server stops anyway.
    public var drainTimeout: Duration = .seconds(10)
    /// Fixture files or folders for the workbench's document picker and Fixtures tab.
    public var fixtures: [String] = []
    /// Plain-text documents (*.txt) the workbench offers besides the fixtures (the seeds).
    public var documents: [String] = []
    /// The consolidation configuration for `POST /v1/consolidate` (default: consolidation.yaml beside the rules).
    public var consolidationConfig: String?
    /// Logs one line per request on standard error.
    public var logRequests = false
    /// What the pack may hold and where its files may be (docs/limits.md); edited rule files never include
    /// files outside the rules directory, whatever these allow.
    public var limits = PackLimits.standard

    public init(rulesDirectory: String, gazetteerDirectory: String) {
        self.rulesDirectory = rulesDirectory
        self.gazetteerDirectory = gazetteerDirectory
    }

    /// Loopback addresses need no token: only this machine can reach them.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        return lowered == "localhost" || lowered == "::1" || lowered == "[::1]" || lowered.hasPrefix("127.")
    }

    /// Refuses a configuration that would expose the API without a token, or that cannot work.
    public func validate() throws(ServerSetupError) {
        if !ServerConfiguration.isLoopback(host) && (token ?? "").isEmpty {
            throw ServerSetupError("--host \(host) is not a loopback address: a token is required (--token-file FILE or the GLEAN_TOKEN environment variable); refusing to start")
        }
        if let token, token.count < 16 {
            throw ServerSetupError("the token is \(token.count) characters long; use at least 16 (e.g. `openssl rand -hex 32`)")
        }
        if jobs < 1 { throw ServerSetupError("--jobs must be at least 1") }
        if maxBody < 1 { throw ServerSetupError("--max-body must be positive") }
        if !(0...65535).contains(port) { throw ServerSetupError("--port must be between 0 and 65535") }
    }
}

/// A reason the server does not start (bad flags, a pack that does not load).
public struct ServerSetupError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var diagnostics: [Diagnostic] = []
    public init(_ message: String, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.diagnostics = diagnostics
    }
    public var description: String { message }
}
