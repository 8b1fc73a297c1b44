import ArgumentParser
import Foundation
import Glean
import GleanServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the rule pack over HTTP (JSON API) with a rule-authoring workbench at /.",
        discussion: """
        Listens on 127.0.0.1:8750 by default. On any other host a token is required (--token-file FILE or the \
        GLEAN_TOKEN environment variable) and every request must send `Authorization: Bearer TOKEN`.

        POST /v1/reload, SIGHUP and --watch reload the pack without downtime; a pack with errors is reported and \
        the old one keeps serving. SIGINT/SIGTERM stop taking work, let requests in flight finish and exit 0.

        The API and the workbench are described in docs/serve.md (OpenAPI at /openapi.json).
        """
    )

    @OptionGroup var pack: PackOptions

    @Option(help: "Address to listen on. Anything but a loopback address needs a token.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port, printed at start).")
    var port = 8750

    @Option(help: "Documents extracted at the same time across all requests (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("token-file"), help: "File holding the token clients must send (Authorization: Bearer). Default: $GLEAN_TOKEN.")
    var tokenFile: String?

    @Option(name: .customLong("max-body"), help: "Largest request body in bytes (larger ones get 413).")
    var maxBody: Int = 16 * 1024 * 1024

    @Flag(help: "Reload the pack when a rule or gazetteer file changes.")
    var watch = false

    @Option(name: .customLong("drain-timeout"), help: "Seconds in-flight requests may take to finish at shutdown.")
    var drainTimeout: Double = 10

    @Option(help: "Fixture files or folders for the workbench's documents and Fixtures tab (default: Tests/Fixtures if present). Repeatable.")
    var fixtures: [String] = []

    @Option(help: "Folders of *.txt documents the workbench offers (default: seeds/ if present). Repeatable.")
    var documents: [String] = []

    @Flag(name: .customLong("log-requests"), help: "Log one line per request on standard error.")
    var logRequests = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBody < 1 { throw ValidationError("--max-body must be positive") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if drainTimeout < 0 { throw ValidationError("--drain-timeout must be 0 or more") }
    }

    func run() async throws {
        let rulesDirectory = try pack.rules ?? ShippedPack.locate("Rules")
        let gazetteerDirectory = try pack.gazetteers ?? ShippedPack.locate("Gazetteers")
        var configuration = ServerConfiguration(rulesDirectory: rulesDirectory, gazetteerDirectory: gazetteerDirectory)
        configuration.host = host
        configuration.port = port
        configuration.jobs = jobs
        configuration.maxBody = maxBody
        configuration.watch = watch
        configuration.drainTimeout = .milliseconds(Int(drainTimeout * 1000))
        configuration.logRequests = logRequests
        configuration.limits = pack.limits
        configuration.token = try readToken()
        let home = URL(fileURLWithPath: rulesDirectory).deletingLastPathComponent().path
        configuration.fixtures = fixtures.isEmpty ? existing([home + "/Tests/Fixtures"]) : fixtures
        configuration.documents = documents.isEmpty ? existing([home + "/seeds"]) : documents

        let started = Date()
        let server: GleanServer
        do {
            server = try GleanServer(configuration: configuration)
        } catch {
            for diagnostic in error.diagnostics { Terminal.printError(diagnostic.rendered) }
            throw CommandFailure(error.message)
        }
        for warning in server.store.current.pack.warnings where warning.severity == .warning { Terminal.printError(warning.rendered) }
        let loaded = Date().timeIntervalSince(started)
        let rules = server.store.current.pack.rules.count
        try await server.run(handleSignals: true) { port in
            Terminal.printError(String(format: "glean serve: %d rules loaded in %.0f ms; listening on http://%@:%d (workbench at /, API in docs/serve.md)", rules, loaded * 1000, host.contains(":") ? "[\(host)]" : host, port))
        }
        Terminal.printError("glean serve: stopped")
    }

    /// The token from --token-file (its first line) or GLEAN_TOKEN.
    private func readToken() throws -> String? {
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw CommandFailure("cannot read the token file '\(tokenFile)'")
            }
            let token = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if token.isEmpty { throw CommandFailure("the token file '\(tokenFile)' is empty") }
            return token
        }
        if let token = ProcessInfo.processInfo.environment["GLEAN_TOKEN"], !token.isEmpty { return token }
        return nil
    }

    private func existing(_ paths: [String]) -> [String] { paths.filter { FileManager.default.fileExists(atPath: $0) } }
}
