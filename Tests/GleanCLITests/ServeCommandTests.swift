import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `glean serve` as a process: it starts, answers with the facts `glean extract` gives, refuses a non-loopback
/// bind without a token, and exits 0 on SIGTERM after draining.
@Suite("glean serve command")
struct ServeCommandTests {
    /// Starts `glean serve --port 0` and returns the process, the port it printed, and its stderr file.
    static func start(_ arguments: [String] = []) throws -> (Process, Int, URL) {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = CLI.repositoryRoot
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("glean-serve-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        for _ in 0..<600 {
            let text = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            if let range = text.range(of: "listening on http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return (process, port, errURL) }
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        throw CLIError("glean serve did not start: \((try? String(contentsOf: errURL, encoding: .utf8)) ?? "")")
    }

    static func post(_ port: Int, _ path: String, _ body: String) throws -> (Int, Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, Data) = (0, Data())
        URLSession.shared.dataTask(with: request) { data, response, _ in
            result = ((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data())
            done.signal()
        }.resume()
        done.wait()
        return result
    }

    @Test("serves the facts of glean extract and exits 0 on SIGTERM")
    func servesAndStops() throws {
        let text = "Kazakhstan and Morocco signed an agreement on trade on 5 May 2024."
        let expected = try CLI.run(["extract", "--text", text, "--quiet"])
        #expect(expected.status == 0)
        let (process, port, errURL) = try Self.start(["--jobs", "1"])
        defer { try? FileManager.default.removeItem(at: errURL) }
        let (status, data) = try Self.post(port, "/v1/extract", "{\"text\": \"\(text)\"}")
        process.terminate() // SIGTERM
        process.waitUntilExit()
        #expect(status == 200)
        let served = String(decoding: data, as: UTF8.self)
        #expect(served.hasPrefix("{\"facts\":[" + expected.lines.joined(separator: ",") + "],"))
        #expect(process.terminationStatus == 0)
        #expect(process.terminationReason == .exit)
    }

    @Test("refuses to start on a non-loopback host without a token")
    func needsToken() throws {
        let outcome = try CLI.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("token is required"))
    }
}
