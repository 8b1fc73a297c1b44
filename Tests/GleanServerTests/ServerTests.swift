import Foundation
import Testing
@testable import Glean
@testable import GleanServer

/// `glean serve`: every endpoint, every error status, tokens, reloads, body limit and graceful drain, over real
/// loopback connections.
@Suite("glean serve", .serialized)
struct ServerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func withServer(_ pack: TemporaryPack, configure: (inout ServerConfiguration) -> Void = { _ in }, hooks: ServerHooks = ServerHooks(),
                    _ body: (TestServer) async throws -> Void) async throws {
        var configuration = ServerConfiguration(rulesDirectory: pack.rules, gazetteerDirectory: pack.gazetteers)
        configuration.jobs = 2
        configure(&configuration)
        let server = try await TestServer(configuration, hooks: hooks)
        do { try await body(server) } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    /// The facts the library's extraction and JSON writer give for a document: what `glean extract` writes.
    static func expectedLines(_ pack: RulePack, _ document: Document) -> [UInt8] {
        var bytes: [UInt8] = []
        var writer = FactWriter(format: .jsonl) { chunk in bytes += chunk; chunk.removeAll() }
        writer.write(Extractor(pack: pack).extract(document).facts)
        return bytes
    }

    @Test("POST /v1/extract gives the facts of glean extract; ndjson streams them as JSON Lines")
    func extract() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        try await withServer(pack) { server in
            let reply = try await server.json("POST", "/v1/extract", ["text": "A zebra met another zebra.", "id": "d1"])
            #expect(reply.status == 200)
            let facts = try #require(reply.object["facts"] as? [[String: Any]])
            #expect(facts.count == 2)
            let expected = Self.expectedLines(server.server.store.current.pack, Document(id: "d1", text: "A zebra met another zebra."))
            // The same bytes as glean extract's lines, joined into one array.
            let lines = String(decoding: expected, as: UTF8.self).split(separator: "\n").joined(separator: ",")
            #expect(reply.text.hasPrefix("{\"facts\":[" + lines + "],\"warnings\":["))
            #expect(reply.headers["glean-pack-version"] == server.server.store.current.version)

            let filtered = try await server.json("POST", "/v1/extract", ["text": "A zebra.", "types": ["Other"]])
            #expect((filtered.object["facts"] as? [Any])?.count == 0)

            let ndjson = "{\"id\":\"a\",\"text\":\"one zebra\"}\n\n{\"id\":\"b\",\"text\":\"no animal\"}\n{\"id\":7,\"text\":\"zebra zebra\",\"lang\":\"en\"}\n"
            let streamed = try await server.request("POST", "/v1/extract", body: ndjson, headers: ["Content-Type": "application/x-ndjson"])
            #expect(streamed.status == 200)
            #expect(streamed.headers["content-type"] == "application/x-ndjson")
            let current = server.server.store.current.pack
            let all = Self.expectedLines(current, Document(id: "a", text: "one zebra")) + Self.expectedLines(current, Document(id: "b", text: "no animal"))
                + Self.expectedLines(current, Document(id: "7", text: "zebra zebra", language: .en))
            #expect(streamed.body == all)
        }
    }

    @Test("the shipped pack: /v1/extract equals the library's extraction of a seed article")
    func shippedPack() async throws {
        var configuration = ServerConfiguration(rulesDirectory: Self.root.appendingPathComponent("Rules").path, gazetteerDirectory: Self.root.appendingPathComponent("Gazetteers").path)
        configuration.jobs = 2
        let server = try await TestServer(configuration)
        let seed = try String(contentsOf: Self.root.appendingPathComponent("seeds/000_1cf44a80c6329f07.txt"), encoding: .utf8)
        let reply = try await server.json("POST", "/v1/extract", ["text": seed, "id": "seed0"])
        try await server.stop()
        #expect(reply.status == 200)
        let expected = Self.expectedLines(server.server.store.current.pack, Document(id: "seed0", text: seed))
        #expect(!expected.isEmpty)
        let lines = String(decoding: expected, as: UTF8.self).split(separator: "\n").joined(separator: ",")
        #expect(reply.text.hasPrefix("{\"facts\":[" + lines + "],"))
    }

    @Test("POST /v1/explain as JSON and as HTML")
    func explain() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        try await withServer(pack) { server in
            let reply = try await server.json("POST", "/v1/explain", ["text": "A zebra."])
            #expect(reply.status == 200)
            let facts = try #require(reply.object["facts"] as? [[String: Any]])
            #expect(facts.count == 1)
            #expect(facts.first?["phase"] as? String == "things")
            #expect(((facts.first?["fact"] as? [String: Any])?["rule"] as? String) == "things.zebra")
            #expect((reply.object["sentences"] as? [Any])?.isEmpty == false)
            let html = try await server.json("POST", "/v1/explain?format=html", ["text": "A zebra."])
            #expect(html.status == 200)
            #expect(html.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(html.text.contains("data-type=\"Animal\""))
            let unknown = try await server.json("POST", "/v1/explain", ["text": "A zebra.", "rule": "no.such.rule"])
            #expect(unknown.status == 400)
        }
    }

    @Test("POST /v1/consolidate gives the records of the posted facts")
    func consolidate() async throws {
        var configuration = ServerConfiguration(rulesDirectory: Self.root.appendingPathComponent("Rules").path, gazetteerDirectory: Self.root.appendingPathComponent("Gazetteers").path)
        configuration.jobs = 2
        let server = try await TestServer(configuration)
        let text = "Kazakhstan and Morocco signed an agreement on trade on 5 May 2024. Exports grew by 70 % to 274 million dollars."
        let extracted = try await server.json("POST", "/v1/extract", ["text": text, "id": "k"])
        let facts = try #require(extracted.object["facts"] as? [Any])
        let reply = try await server.json("POST", "/v1/consolidate", ["facts": facts])
        let lines = try await server.request("POST", "/v1/consolidate", body: String(decoding: Self.expectedLines(server.server.store.current.pack, Document(id: "k", text: text)), as: UTF8.self),
                                             headers: ["Content-Type": "application/x-ndjson"])
        let bad = try await server.json("POST", "/v1/consolidate", ["facts": [["type": "X"]]])
        let missing = try await server.json("POST", "/v1/consolidate", ["nothing": 1])
        try await server.stop()
        #expect(reply.status == 200)
        let records = try #require(reply.object["records"] as? [[String: Any]])
        #expect(!records.isEmpty)
        #expect(lines.status == 200)
        #expect((lines.object["records"] as? [Any])?.count == records.count)
        #expect(bad.status == 400)
        #expect(bad.errorCode == "bad-fact")
        #expect(missing.status == 400)
        #expect(missing.errorMessage.contains("\"facts\""))
    }

    @Test("GET /v1/pack, /healthz, /metrics, /openapi.json and the workbench page")
    func readEndpoints() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        try await withServer(pack) { server in
            _ = try await server.json("POST", "/v1/extract", ["text": "zebra"])
            let description = try await server.request("GET", "/v1/pack")
            #expect(description.status == 200)
            #expect(description.object["version"] as? String == server.server.store.current.version)
            #expect((description.object["version"] as? String)?.isEmpty == false)
            #expect(description.object["files"] as? [String] == ["main.glean"])
            #expect(description.object["types"] as? [String] == ["Animal"])
            let rules = try #require(description.object["rules"] as? [[String: Any]])
            #expect(rules.first?["id"] as? String == "things.zebra")
            #expect(rules.first?["line"] as? Int == 4)
            #expect((description.object["gazetteer"] as? [String: Any])?["entries"] as? Int == 0)

            let health = try await server.request("GET", "/healthz")
            #expect(health.status == 200 && health.object["status"] as? String == "ok")

            let metrics = try await server.request("GET", "/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.text.contains("glean_requests_total{route=\"/v1/extract\",status=\"200\"} 1"))
            #expect(metrics.text.contains("glean_facts_total{type=\"Animal\"} 1"))
            #expect(metrics.text.contains("glean_documents_total 1"))
            #expect(metrics.text.contains("glean_request_duration_seconds_bucket"))

            let openapi = try await server.request("GET", "/openapi.json")
            #expect(openapi.status == 200)
            let paths = try #require(openapi.object["paths"] as? [String: Any])
            for path in ["/v1/extract", "/v1/explain", "/v1/consolidate", "/v1/pack", "/v1/check", "/v1/reload", "/healthz", "/metrics"] {
                #expect(paths[path] != nil, "\(path) is not in the OpenAPI description")
            }
            let page = try await server.request("GET", "/")
            #expect(page.status == 200)
            #expect(page.text.contains("Glean workbench"))
            #expect(!page.text.contains("http://") && !page.text.contains("https://"), "the page must not load anything from the network")
        }
    }

    @Test("POST /v1/check: clean text gives the report, bad text 422 with line:column, includes stay in the pack")
    func check() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        try await withServer(pack) { server in
            let clean = try await server.json("POST", "/v1/check", ["path": "main.glean", "text": TemporaryPack.animals])
            #expect(clean.status == 200)
            #expect(clean.object["ok"] as? Bool == true)
            let broken = TemporaryPack.animals.replacingOccurrences(of: "emit Animal { name: \"zebra\" }", with: "emit Animal { name: \"zebra\"")
            let bad = try await server.json("POST", "/v1/check", ["path": "main.glean", "text": broken])
            #expect(bad.status == 422)
            #expect(bad.errorCode == "rule-errors")
            let diagnostics = try #require(bad.object["diagnostics"] as? [[String: Any]])
            let first = try #require(diagnostics.first { $0["severity"] as? String == "error" })
            #expect(first["file"] as? String == "main.glean")
            #expect((first["line"] as? Int ?? 0) >= 6)
            #expect((bad.errorMessage).contains("error"))
            #expect((bad.object["error"] as? [String: Any])?["location"] as? String == "main.glean:\(first["line"]!):\(first["column"]!)")
            // A new file of the pack, checked with the others.
            let added = try await server.json("POST", "/v1/check", ["text": "rule extra.lion {\n  pattern: \"lion\"\n  emit Animal { name: \"lion\" }\n}\n", "path": "extra.glean"])
            #expect(added.status == 200)
            #expect((added.object["summary"] as? String)?.hasPrefix("2 rules") == true)
            // Text from a client cannot read files outside the pack.
            let escape = try await server.json("POST", "/v1/check", ["path": "main.glean", "text": "include \"../../../../../../etc/passwd\"\n" + TemporaryPack.animals])
            #expect(escape.status == 422)
            #expect((escape.object["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "outside-pack")
            #expect(!escape.text.contains("root:"))
            // Edited text stays in the pack even when the files on disk may include outside it.
            try Data("phase other\n".utf8).write(to: pack.root.appendingPathComponent("outside.glean"))
            var permissive = ServerConfiguration(rulesDirectory: pack.rules, gazetteerDirectory: pack.gazetteers)
            permissive.limits.allowsOutsideIncludes = true
            let lenient = try await TestServer(permissive)
            let viaEdit = try await lenient.json("POST", "/v1/check", ["path": "main.glean", "text": "include \"../outside.glean\"\n" + TemporaryPack.animals])
            try await lenient.stop()
            #expect(viaEdit.status == 422)
            #expect((viaEdit.object["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "outside-pack")
            let outside = try await server.json("POST", "/v1/check", ["path": "../x.glean", "text": "phase a\n"])
            #expect(outside.status == 400)
            #expect(outside.errorMessage.contains("\"path\""))
        }
    }

    @Test("errors: 400 malformed JSON and bad fields (named), 404, 413 over --max-body")
    func errors() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        try await withServer(pack, configure: { $0.maxBody = 1000 }) { server in
            let malformed = try await server.request("POST", "/v1/extract", body: "{\"text\": ", headers: ["Content-Type": "application/json"])
            #expect(malformed.status == 400)
            #expect(malformed.errorCode == "malformed-json")
            let notObject = try await server.request("POST", "/v1/extract", body: "[1]", headers: ["Content-Type": "application/json"])
            #expect(notObject.status == 400)
            let missing = try await server.json("POST", "/v1/extract", ["txt": "zebra"])
            #expect(missing.status == 400)
            #expect(missing.errorCode == "bad-field")
            #expect(missing.errorMessage.contains("\"text\""))
            let wrongType = try await server.json("POST", "/v1/extract", ["text": 5])
            #expect(wrongType.status == 400 && wrongType.errorMessage.contains("\"text\""))
            let lang = try await server.json("POST", "/v1/extract", ["text": "zebra", "lang": "de"])
            #expect(lang.status == 400 && lang.errorMessage.contains("\"lang\""))
            let date = try await server.json("POST", "/v1/extract", ["text": "zebra", "reference_date": "May 5"])
            #expect(date.status == 400 && date.errorMessage.contains("\"reference_date\""))
            let types = try await server.json("POST", "/v1/extract", ["text": "zebra", "types": [1]])
            #expect(types.status == 400 && types.errorMessage.contains("\"types\""))
            let badLine = try await server.request("POST", "/v1/extract", body: "{\"text\":\"zebra\"}\nnot json\n", headers: ["Content-Type": "application/x-ndjson"])
            #expect(badLine.status == 400)
            #expect((badLine.object["error"] as? [String: Any])?["location"] as? String == "body:2:1")
            let notFound = try await server.request("GET", "/v1/nothing")
            #expect(notFound.status == 404 && notFound.errorCode == "not-found")
            let large = try await server.json("POST", "/v1/extract", ["text": String(repeating: "zebra ", count: 400)])
            #expect(large.status == 413)
            #expect(large.errorCode == "body-too-large")
            let fits = try await server.json("POST", "/v1/extract", ["text": String(repeating: "zebra ", count: 100)])
            #expect(fits.status == 200)
        }
    }

    @Test("a non-loopback bind needs a token, and checks it on every request (401, 403)")
    func token() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        var open = ServerConfiguration(rulesDirectory: pack.rules, gazetteerDirectory: pack.gazetteers)
        open.host = "0.0.0.0"
        #expect(throws: ServerSetupError.self) { try open.validate() }
        #expect(throws: ServerSetupError.self) { _ = try GleanServer(configuration: open) }
        let token = "0123456789abcdef0123456789abcdef"
        try await withServer(pack, configure: { $0.host = "0.0.0.0"; $0.token = token }) { server in
            for path in ["/healthz", "/v1/pack", "/metrics", "/"] {
                let none = try await server.request("GET", path)
                #expect(none.status == 401, "\(path) without a token")
                #expect(none.headers["www-authenticate"] == "Bearer")
                let wrong = try await server.request("GET", path, headers: ["Authorization": "Bearer 0123456789abcdef0123456789abcdeX"])
                #expect(wrong.status == 403, "\(path) with a wrong token")
                let right = try await server.request("GET", path, headers: ["Authorization": "Bearer \(token)"])
                #expect(right.status == 200, "\(path) with the token")
            }
            let extract = try await server.json("POST", "/v1/extract", ["text": "zebra"])
            #expect(extract.status == 401)
            let page = try await server.request("GET", "/?token=\(token)")
            #expect(page.status == 200)
            #expect(page.headers["set-cookie"]?.hasPrefix("glean_token=\(token);") == true)
            let withCookie = try await server.request("GET", "/v1/pack", headers: ["Cookie": "glean_token=\(token)"])
            #expect(withCookie.status == 200)
        }
    }

    @Test("a reload swaps the pack while a request is in flight: that request finishes on the old pack")
    func reloadInFlight() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        let gate = Gate()
        let hooks = ServerHooks(beforeExtract: { served in if served.overrides.isEmpty && served.pack.rules.count == 1 { await gate.wait() } })
        try await withServer(pack, hooks: hooks) { server in
            let old = server.server.store.current.version
            async let held = server.json("POST", "/v1/extract", ["text": "a zebra and a lion"])
            try await gate.waitForArrivals(1)
            try pack.write("main.glean", TemporaryPack.animals + "rule things.lion {\n  pattern: \"lion\"\n  emit Animal { name: \"lion\" }\n}\n")
            let reload = try await server.request("POST", "/v1/reload")
            #expect(reload.status == 200)
            #expect(reload.object["reloaded"] as? Bool == true)
            #expect(reload.object["previous_version"] as? String == old)
            let new = try #require(reload.object["version"] as? String)
            #expect(new != old)
            let fresh = try await server.json("POST", "/v1/extract", ["text": "a zebra and a lion"])
            #expect((fresh.object["facts"] as? [Any])?.count == 2)
            #expect(fresh.headers["glean-pack-version"] == new)
            gate.release()
            let finished = try await held
            #expect(finished.status == 200)
            #expect((finished.object["facts"] as? [Any])?.count == 1)
            #expect(finished.headers["glean-pack-version"] == old)
            let again = try await server.request("POST", "/v1/reload")
            #expect(again.object["reloaded"] as? Bool == false)
        }
    }

    @Test("a broken reload is reported and the old pack keeps serving")
    func brokenReload() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        try await withServer(pack) { server in
            let old = server.server.store.current.version
            try pack.write("main.glean", "phase things\nrule things.broken {\n  pattern: (\"zebra\"\n  emit Animal\n}\n")
            let reload = try await server.request("POST", "/v1/reload")
            #expect(reload.status == 422)
            #expect(reload.errorCode == "rule-errors")
            #expect(reload.errorMessage.contains(old))
            #expect((reload.object["error"] as? [String: Any])?["location"] as? String != nil)
            let description = try await server.request("GET", "/v1/pack")
            #expect(description.object["version"] as? String == old)
            #expect((description.object["last_reload_errors"] as? [Any])?.isEmpty == false)
            let extract = try await server.json("POST", "/v1/extract", ["text": "zebra"])
            #expect(extract.status == 200)
            #expect((extract.object["facts"] as? [Any])?.count == 1)
        }
    }

    @Test("SIGHUP-free reload through --watch picks up a changed file")
    func watch() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        try await withServer(pack, configure: { $0.watch = true }) { server in
            let old = server.server.store.current.version
            try await Task.sleep(for: .milliseconds(1100))
            try pack.write("main.glean", TemporaryPack.animals + "# changed\n")
            var version = old
            for _ in 0..<100 where version == old {
                try await Task.sleep(for: .milliseconds(100))
                version = server.server.store.current.version
            }
            #expect(version != old)
        }
    }

    @Test("graceful shutdown: new requests get 503 while the one in flight finishes, then the server stops")
    func drain() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        let gate = Gate()
        var configuration = ServerConfiguration(rulesDirectory: pack.rules, gazetteerDirectory: pack.gazetteers)
        configuration.drainTimeout = .seconds(20)
        let server = try await TestServer(configuration, hooks: ServerHooks(beforeExtract: { _ in await gate.wait() }))
        async let held = server.json("POST", "/v1/extract", ["text": "zebra"])
        try await gate.waitForArrivals(1)
        await server.server.shutdown()
        try await Task.sleep(for: .milliseconds(100))
        let refused = try await server.request("GET", "/healthz")
        #expect(refused.status == 503)
        #expect(refused.errorCode == "draining")
        gate.release()
        let finished = try await held
        #expect(finished.status == 200)
        #expect((finished.object["facts"] as? [Any])?.count == 1)
        try await server.task.value
        await #expect(throws: (any Error).self) { _ = try await server.request("GET", "/healthz") }
    }

    @Test("workbench: edited rules in memory, documents by name only, Save writes inside --rules only, fixtures run")
    func workbench() async throws {
        let pack = try TemporaryPack()
        defer { pack.remove() }
        let fixtures = pack.root.appendingPathComponent("fixtures").path
        try FileManager.default.createDirectory(atPath: fixtures, withIntermediateDirectories: true)
        try Data("text: \"A zebra.\"\nfacts:\n  - type: Animal\n    text: \"zebra\"\n".utf8).write(to: URL(fileURLWithPath: fixtures + "/zebra.fixture.yaml"))
        try await withServer(pack, configure: { $0.fixtures = [fixtures] }) { server in
            let files = try await server.request("GET", "/v1/workbench/files")
            #expect(files.object["files"] as? [String] == ["main.glean"])
            let file = try await server.request("GET", "/v1/workbench/file?path=main.glean")
            #expect(file.object["text"] as? String == TemporaryPack.animals)
            let notThere = try await server.request("GET", "/v1/workbench/file?path=../../etc/passwd")
            #expect(notThere.status == 404)

            let documents = try await server.request("GET", "/v1/workbench/documents")
            let names = (documents.object["documents"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            #expect(names == [fixtures + "/zebra.fixture.yaml"])
            let document = try await server.request("GET", "/v1/workbench/document?name=" + (names.first ?? ""))
            #expect(document.object["text"] as? String == "A zebra.")
            let arbitrary = try await server.request("GET", "/v1/workbench/document?name=/etc/passwd")
            #expect(arbitrary.status == 404)

            // An edited pack, in memory: a lion rule gives a fact the served pack does not.
            let edited = TemporaryPack.animals.replacingOccurrences(of: "\"zebra\"", with: "\"lion\"")
            let withEdit = try await server.json("POST", "/v1/extract", ["text": "a lion", "rules": ["main.glean": edited]])
            #expect((withEdit.object["facts"] as? [Any])?.count == 1)
            let served = try await server.json("POST", "/v1/extract", ["text": "a lion"])
            #expect((served.object["facts"] as? [Any])?.count == 0)
            let broken = try await server.json("POST", "/v1/explain?format=html", ["text": "a lion", "rules": ["main.glean": "rule x {\n"]])
            #expect(broken.status == 422)
            let badPath = try await server.json("POST", "/v1/extract", ["text": "a lion", "rules": ["/etc/x.glean": "phase a\n"]])
            #expect(badPath.status == 400 && badPath.errorMessage.contains("\"rules\""))

            let tests = try await server.json("POST", "/v1/workbench/test", [String: Any]())
            #expect(tests.object["passed"] as? Int == 1)
            let failing = try await server.json("POST", "/v1/workbench/test", ["rules": ["main.glean": edited]])
            #expect(failing.object["failed"] as? Int == 1)
            let lines = ((failing.object["fixtures"] as? [[String: Any]])?.first?["lines"] as? [String]) ?? []
            #expect(!lines.isEmpty)

            for path in ["../outside.glean", "/tmp/outside.glean", "sub/../../outside.glean", "notes.txt"] {
                let refused = try await server.json("POST", "/v1/workbench/save", ["path": path, "text": "phase a\n"])
                #expect(refused.status == 403, "\(path)")
            }
            #expect(!FileManager.default.fileExists(atPath: pack.root.appendingPathComponent("outside.glean").path))
            try FileManager.default.createSymbolicLink(atPath: pack.rules + "/link.glean", withDestinationPath: pack.root.appendingPathComponent("outside.glean").path)
            let viaLink = try await server.json("POST", "/v1/workbench/save", ["path": "link.glean", "text": "phase a\n"])
            #expect(viaLink.status == 403)
            #expect(!FileManager.default.fileExists(atPath: pack.root.appendingPathComponent("outside.glean").path))
            try FileManager.default.removeItem(atPath: pack.rules + "/link.glean")

            let old = server.server.store.current.version
            let saved = try await server.json("POST", "/v1/workbench/save", ["path": "main.glean", "text": edited])
            #expect(saved.status == 200)
            #expect(try String(contentsOfFile: pack.rules + "/main.glean", encoding: .utf8) == edited)
            #expect(server.server.store.current.version != old)
        }
    }
}
