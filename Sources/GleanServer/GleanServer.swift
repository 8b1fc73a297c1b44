import Foundation
import Glean
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle

/// `glean serve`: the HTTP API (docs/serve.md) and the workbench page, over one pack that reloads without
/// downtime.
public final class GleanServer: Sendable {
    public let configuration: ServerConfiguration
    public let store: PackStore
    let pool: ExtractionPool
    let metrics = ServerMetrics()
    let state = ServerState()
    let hooks: ServerHooks
    private let group = NIOLockedValueBox<ServiceGroup?>(nil)

    /// Loads the pack (errors stop the start) after checking the configuration.
    public convenience init(configuration: ServerConfiguration) throws(ServerSetupError) {
        try self.init(configuration: configuration, hooks: ServerHooks())
    }

    init(configuration: ServerConfiguration, hooks: ServerHooks) throws(ServerSetupError) {
        try configuration.validate()
        self.configuration = configuration
        self.hooks = hooks
        store = try PackStore(rulesDirectory: configuration.rulesDirectory, gazetteerDirectory: configuration.gazetteerDirectory, limits: configuration.limits)
        pool = ExtractionPool(jobs: configuration.jobs)
    }

    /// Serves until SIGINT/SIGTERM (with `handleSignals`) or `shutdown()`: then stops taking work (503), lets
    /// the requests in flight finish (at most `drainTimeout`) and returns. SIGHUP reloads the pack.
    /// - Parameter onListening: called with the bound port once the server accepts connections.
    public func run(handleSignals: Bool = true, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "glean.serve")
        logger.logLevel = configuration.logRequests ? .info : .warning
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ServeMiddleware(server: self))
        addRoutes(to: router)
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "glean"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: app),
            .init(service: DrainService(server: self), successTerminationBehavior: .gracefullyShutdownGroup),
        ]
        services.append(.init(service: ReloadTriggerService(server: self, sighup: handleSignals), successTerminationBehavior: .gracefullyShutdownGroup))
        var groupConfiguration = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [], logger: logger)
        // Past the drain bound, the server stops anyway (and what is left is cancelled).
        groupConfiguration.maximumGracefulShutdownDuration = configuration.drainTimeout + .seconds(5)
        let serviceGroup = ServiceGroup(configuration: groupConfiguration)
        group.withLockedValue { $0 = serviceGroup }
        try await serviceGroup.run()
    }

    /// What SIGTERM does: stop taking work, drain, stop.
    public func shutdown() async {
        await group.withLockedValue { $0 }?.triggerGracefulShutdown()
    }

    /// Reloads the pack (`POST /v1/reload`, SIGHUP, `--watch`) and counts the outcome.
    func reload() async -> ReloadOutcome {
        let outcome = await store.reload()
        switch outcome {
        case .reloaded(let previous, let current):
            metrics.reload("reloaded")
            log("reloaded the pack: \(previous.prefix(12)) -> \(current.version.prefix(12))")
        case .unchanged: metrics.reload("unchanged")
        case .failed(let diagnostics, let serving):
            metrics.reload("failed")
            log("reload failed; still serving \(serving.version.prefix(12)):\n" + diagnostics.filter { $0.severity == .error }.map(\.rendered).joined(separator: "\n"))
        }
        return outcome
    }

    func log(_ line: String) {
        FileHandle.standardError.write(Data(("glean serve: " + line + "\n").utf8))
    }

    /// The request body, at most `--max-body` bytes (413 past it, before reading it when the length is declared).
    func body(of request: Request) async throws(APIError) -> [UInt8] {
        let tooLarge = APIError(status: .contentTooLarge, code: "body-too-large", message: "the body is larger than --max-body (\(configuration.maxBody) bytes)")
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > configuration.maxBody { throw tooLarge }
        do {
            var buffer = try await request.body.collect(upTo: configuration.maxBody)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch is NIOTooManyBytesError {
            throw tooLarge
        } catch {
            throw APIError.badRequest("the body could not be read: \(error)")
        }
    }

    /// The served pack, or the served pack with the edited rule files of `overrides` (422 when they have errors).
    func pack(overrides: [String: String]) async throws(APIError) -> ServedPack {
        do { return try await store.edited(overrides: overrides) } catch { throw APIError.ruleErrors(relativeToRules(error.diagnostics)) }
    }

    /// Diagnostics name rule files relative to the rules directory (as the workbench and `rules` objects do).
    func relativeToRules(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let root = URL(fileURLWithPath: configuration.rulesDirectory).standardizedFileURL.path + "/"
        return diagnostics.map { diagnostic in
            guard var location = diagnostic.location else { return diagnostic }
            let path = URL(fileURLWithPath: location.file).standardizedFileURL.path
            guard path.hasPrefix(root) else { return diagnostic }
            location.file = String(path.dropFirst(root.count))
            var copy = diagnostic
            copy.location = location
            return copy
        }
    }
}

/// Test seams: code that runs at fixed points of a request (to hold a request in flight while the test reloads
/// or shuts down).
struct ServerHooks: Sendable {
    var beforeExtract: (@Sendable (ServedPack) async -> Void)?
}

/// Requests in flight and whether the server is draining.
final class ServerState: Sendable {
    private let box = NIOLockedValueBox((inFlight: 0, draining: false))
    var draining: Bool { box.withLockedValue { $0.draining } }
    var inFlight: Int { box.withLockedValue { $0.inFlight } }
    func startDraining() { box.withLockedValue { $0.draining = true } }
    func enter() { box.withLockedValue { $0.inFlight += 1 } }
    func leave() { box.withLockedValue { $0.inFlight -= 1 } }
}

/// On graceful shutdown: new requests get 503 while those in flight finish, for at most `drainTimeout`; then
/// the HTTP server (registered before this service, so shut down after it) stops.
struct DrainService: Service {
    let server: GleanServer

    func run() async throws {
        try? await gracefulShutdown()
        server.state.startDraining()
        let deadline = ContinuousClock.now + server.configuration.drainTimeout
        while server.state.inFlight > 0 && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        if server.state.inFlight > 0 { server.log("drain timeout: \(server.state.inFlight) request(s) still running; stopping") }
    }
}

/// SIGHUP and `--watch` reload the pack.
struct ReloadTriggerService: Service {
    let server: GleanServer
    let sighup: Bool

    func run() async throws {
        let (triggers, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        var source: DispatchSourceSignal? = nil
        if sighup {
            signal(SIGHUP, SIG_IGN)
            let signalSource = DispatchSource.makeSignalSource(signal: SIGHUP)
            signalSource.setEventHandler { continuation.yield("SIGHUP") }
            signalSource.resume()
            source = signalSource
        }
        let watcher: Task<Void, Never>? = server.configuration.watch ? Task { [server] in
            var seen = server.store.watchedFiles()
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                let now = server.store.watchedFiles()
                if now != seen { seen = now; continuation.yield("a file changed") }
            }
        } : nil
        await cancelWhenGracefulShutdown {
            for await reason in triggers {
                server.log("\(reason): reloading")
                _ = await server.reload()
            }
        }
        watcher?.cancel()
        source?.cancel()
        continuation.finish()
    }
}

/// Times and counts every request, refuses work while draining (503), checks the token (401/403) and turns
/// errors into JSON.
struct ServeMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let server: GleanServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let route = ServeMiddleware.route(request.uri.path)
        server.state.enter()
        defer { server.state.leave() }
        var response: Response
        do {
            if server.state.draining {
                throw APIError(status: .serviceUnavailable, code: "draining", message: "the server is shutting down; retry on another instance or later")
            }
            let fromQuery = try authorize(request)
            response = try await next(request, context)
            if fromQuery, let token = server.configuration.token {
                // The workbench page cannot send a header when the browser opens it: `/?token=…` sets a cookie
                // its own requests then carry.
                response.headers[.setCookie] = "glean_token=\(token); Path=/; HttpOnly; SameSite=Strict"
            }
        } catch let error as APIError {
            response = error.response
        } catch let error as HTTPResponseError {
            response = APIError(status: error.status, code: error.status == .notFound ? "not-found" : "http", message: error.status == .notFound ? "no such endpoint: \(request.method) \(request.uri.path) (see /openapi.json)" : "\(error)").response
        } catch {
            response = APIError(status: .internalServerError, code: "internal", message: "\(error)").response
        }
        if server.state.draining { response.headers[.connection] = "close" }
        let duration = ContinuousClock.now - started
        server.metrics.request(route: route, status: response.status.code, duration: duration)
        if server.configuration.logRequests {
            server.log("\(request.method) \(request.uri.path) \(response.status.code) \(duration)")
        }
        return response
    }

    /// With a token, every request carries it: `Authorization: Bearer TOKEN`, or the workbench's cookie (set by
    /// opening `/?token=TOKEN`). Returns whether the token came from that query.
    func authorize(_ request: Request) throws(APIError) -> Bool {
        guard let token = server.configuration.token else { return false }
        var fromQuery = false
        var offered: String? = nil
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer ") else {
                throw APIError(status: .unauthorized, code: "unauthorized", message: "the Authorization header must be `Bearer TOKEN`")
            }
            offered = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        } else if let cookies = request.headers[.cookie] {
            for cookie in cookies.split(separator: ";") {
                let parts = cookie.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2 && parts[0] == "glean_token" { offered = String(parts[1]) }
            }
        }
        if offered == nil, request.uri.path == "/", let query = request.uri.queryParameters.get("token") {
            offered = query
            fromQuery = true
        }
        guard let offered else {
            throw APIError(status: .unauthorized, code: "unauthorized", message: "this server needs a token: send `Authorization: Bearer TOKEN`")
        }
        guard ServeMiddleware.constantTimeEqual(Array(offered.utf8), Array(token.utf8)) else {
            throw APIError(status: .forbidden, code: "forbidden", message: "the token is not the server's token")
        }
        return fromQuery
    }

    /// Compares without stopping at the first difference, so timing does not tell how much of a guess was right.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }

    static let routes: Set<String> = ["/", "/healthz", "/metrics", "/openapi.json", "/v1/extract", "/v1/explain", "/v1/consolidate", "/v1/pack",
                                      "/v1/check", "/v1/reload", "/v1/workbench/files", "/v1/workbench/file", "/v1/workbench/save",
                                      "/v1/workbench/documents", "/v1/workbench/document", "/v1/workbench/test"]

    static func route(_ path: String) -> String { routes.contains(path) ? path : "other" }
}
