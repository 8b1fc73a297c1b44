import Foundation
import NIOConcurrencyHelpers
@testable import Glean
@testable import GleanServer
#if canImport(Glibc)
import Glibc
#endif

/// A small pack in a temporary folder, so tests can change it and reload.
struct TemporaryPack {
    let root: URL
    var rules: String { root.appendingPathComponent("rules").path }
    var gazetteers: String { root.appendingPathComponent("gazetteers").path }

    static let animals = """
    phase things

    # "a zebra", "the zebra"
    rule things.zebra {
      pattern: "zebra"
      emit Animal { name: "zebra" }
      example: "a zebra" => Animal { name: "zebra" }
    }

    """

    init(rules text: String = TemporaryPack.animals) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glean-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root.appendingPathComponent("rules").path, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.appendingPathComponent("gazetteers").path, withIntermediateDirectories: true)
        try write("main.glean", text)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: rules + "/" + name))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A server on a free loopback port, run in the test process.
final class TestServer: @unchecked Sendable {
    let server: GleanServer
    let port: Int
    let task: Task<Void, Error>

    init(_ configuration: ServerConfiguration, hooks: ServerHooks = ServerHooks()) async throws {
        var configuration = configuration
        configuration.port = 0
        let server = try GleanServer(configuration: configuration, hooks: hooks)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { try await server.run(handleSignals: false) { port in continuation.yield(port) } }
        var bound = 0
        for await port in ports { bound = port; break }
        self.server = server
        self.port = bound
    }

    /// Shuts the server down and waits for `run` to return.
    func stop() async throws {
        await server.shutdown()
        try await task.value
    }

    func request(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) async throws -> HTTPReply {
        try await HTTPClient.send(port: port, method: method, path: path, body: body.map { Array($0.utf8) }, headers: headers)
    }

    func json(_ method: String, _ path: String, _ object: Any, headers: [String: String] = [:]) async throws -> HTTPReply {
        let data = try JSONSerialization.data(withJSONObject: object)
        var all = headers
        all["Content-Type"] = "application/json"
        return try await HTTPClient.send(port: port, method: method, path: path, body: [UInt8](data), headers: all)
    }
}

struct HTTPReply {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    var object: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]) ?? [:] }
    var errorCode: String? { (object["error"] as? [String: Any])?["code"] as? String }
    var errorMessage: String { ((object["error"] as? [String: Any])?["message"] as? String) ?? "" }
}

struct HTTPClientError: Error, CustomStringConvertible { var description: String }

/// A plain HTTP/1.1 client on a blocking socket (one request per connection), run on a Dispatch thread so the
/// server's tasks keep the cooperative pool.
enum HTTPClient {
    static func send(port: Int, method: String, path: String, body: [UInt8]?, headers: [String: String]) async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do { continuation.resume(returning: try sendBlocking(port: port, method: method, path: path, body: body, headers: headers)) } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    static func sendBlocking(port: Int, method: String, path: String, body: [UInt8]?, headers: [String: String]) throws -> HTTPReply {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw HTTPClientError(description: "socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw HTTPClientError(description: "connect failed: \(String(cString: strerror(errno)))") }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        var request = Array(head.utf8) + (body ?? [])
        var offset = 0
        while offset < request.count {
            let written = request.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            // The server may answer (413) and close before the whole body is sent: read what it said.
            if written <= 0 { break }
            offset += written
        }
        request.removeAll()
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        return try parse(response)
    }

    static func parse(_ bytes: [UInt8]) throws -> HTTPReply {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw HTTPClientError(description: "no HTTP head in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw HTTPClientError(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            var lineEnd = index
            while lineEnd + 1 < bytes.count && !(bytes[lineEnd] == 13 && bytes[lineEnd + 1] == 10) { lineEnd += 1 }
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = lineEnd + 2
            result += bytes[start..<min(bytes.count, start + size)]
            index = start + size + 2
        }
        return result
    }
}

/// Holds requests at a hook until the test opens it.
final class Gate: @unchecked Sendable {
    private let lock = NIOLock()
    private var open = false
    private var arrived = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let proceed: Bool = lock.withLock {
                arrived += 1
                if open { return true }
                waiters.append(continuation)
                return false
            }
            if proceed { continuation.resume() }
        }
    }

    var arrivals: Int { lock.withLock { arrived } }

    func release() {
        let all: [CheckedContinuation<Void, Never>] = lock.withLock {
            open = true
            defer { waiters.removeAll() }
            return waiters
        }
        for waiter in all { waiter.resume() }
    }

    /// Waits until `count` requests reached the gate.
    func waitForArrivals(_ count: Int) async throws {
        for _ in 0..<2000 {
            if arrivals >= count { return }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw HTTPClientError(description: "no request reached the gate")
    }
}
