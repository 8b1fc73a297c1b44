import Foundation
import Glean
import Hummingbird

extension GleanServer {
    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Response.text(Workbench.page, contentType: "text/html; charset=utf-8") }
        router.get("/healthz") { _, _ in
            let served = self.store.current
            var json = JSONWriter()
            json.appendRaw("{\"status\":\"ok\",\"version\":")
            json.appendString(served.version)
            json.appendRaw("}\n")
            return Response.json(json.bytes)
        }
        router.get("/metrics") { _, _ in Response.text(self.metrics.text, contentType: "text/plain; version=0.0.4; charset=utf-8") }
        router.get("/openapi.json") { _, _ in Response.text(OpenAPI.document, contentType: "application/json; charset=utf-8") }
        router.post("/v1/extract") { request, _ in try await self.extract(request) }
        router.post("/v1/explain") { request, _ in try await self.explain(request) }
        router.post("/v1/consolidate") { request, _ in try await self.consolidate(request) }
        router.get("/v1/pack") { _, _ in self.packDescription() }
        router.post("/v1/check") { request, _ in try await self.check(request) }
        router.post("/v1/reload") { _, _ in await self.reloadResponse() }
        addWorkbenchRoutes(to: router)
    }

    /// The document of a JSON body: `text` (required), `id`, `lang`, `reference_date`, as one line of
    /// `--input-format jsonl`.
    func document(from body: JSONBody) throws(APIError) -> Document {
        let text = try body.string("text", required: true) ?? ""
        return Document(id: try body.identifier("id") ?? "text", text: text, language: try body.language("lang"), referenceDate: try body.date("reference_date"))
    }

    /// One document through the extraction pool, on the given pack.
    func extract(_ document: Document, on served: ServedPack) async -> ExtractionResult {
        await hooks.beforeExtract?(served)
        return await pool.run { served.withExtractor { $0.extract(document) } }
    }

    func extract(_ request: Request) async throws(APIError) -> Response {
        let bytes = try await body(of: request)
        let contentType = (request.headers[.contentType] ?? "").lowercased()
        if contentType.hasPrefix("application/x-ndjson") || contentType.hasPrefix("application/jsonl") || contentType.hasPrefix("application/jsonlines") {
            return try await extractLines(bytes, request: request)
        }
        let body = try JSONBody(bytes)
        let document = try document(from: body)
        let types = try body.names("types")
        let served = try await pack(overrides: try body.ruleOverrides("rules"))
        let result = await extract(document, on: served)
        let facts = types.map { wanted in result.facts.filter { wanted.contains($0.type) } } ?? result.facts
        metrics.extracted(facts, bytes: document.bytes.count)
        var json = JSONWriter()
        json.appendRaw("{\"facts\":")
        json.appendArray(facts) { json, fact in json.append(fact) }
        json.appendRaw(",\"warnings\":")
        json.appendArray(result.warnings) { json, warning in CheckReport.append(warning, to: &json) }
        json.appendRaw("}\n")
        var response = Response.json(json.bytes)
        response.headers[.init("Glean-Pack-Version")!] = served.version
        return response
    }

    /// `application/x-ndjson`: one document per line (as `glean extract --input-format jsonl`); the facts go back
    /// as JSON Lines, document after document, as they are extracted. Every line is checked before any work.
    func extractLines(_ bytes: [UInt8], request: Request) async throws(APIError) -> Response {
        var documents: [Document] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            let line = Array(bytes[start..<end])
            start = end + 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            // Read as --input-format jsonl reads a line; what the CLI would skip or warn about is a 400 here, so a
            // client never gets facts of a document read otherwise than it meant.
            let (document, problems) = DocumentSource.parseJSONLine(line, source: "body", line: lineNumber, language: nil, referenceDate: nil)
            if let problem = problems.first {
                let message = problem.message.replacingOccurrences(of: "; line skipped", with: "").replacingOccurrences(of: "; the document is extracted without it", with: "")
                throw APIError.badRequest(message + " (no document was extracted)", code: "bad-line", location: problem.location?.description)
            }
            if let document { documents.append(document) }
        }
        let types = request.uri.queryParameters.get("types").map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        let served = store.current
        let batch = max(1, configuration.jobs)
        let all = documents
        state.enter() // the body is written after the handler returns: it counts as in flight until done
        let body = ResponseBody { [self] writer in
            defer { state.leave() }
            var index = 0
            while index < all.count {
                let chunk = Array(all[index..<min(all.count, index + batch)])
                index += chunk.count
                // A few documents at once, written back in input order.
                let results = await withTaskGroup(of: (Int, ExtractionResult).self) { group in
                    for (offset, document) in chunk.enumerated() {
                        group.addTask { (offset, await self.extract(document, on: served)) }
                    }
                    var results: [(Int, ExtractionResult)] = []
                    for await result in group { results.append(result) }
                    return results.sorted { $0.0 < $1.0 }.map(\.1)
                }
                var json = JSONWriter()
                for (offset, result) in results.enumerated() {
                    let facts = types.map { wanted in result.facts.filter { wanted.contains($0.type) } } ?? result.facts
                    metrics.extracted(facts, bytes: chunk[offset].bytes.count)
                    for fact in facts {
                        json.append(fact)
                        json.bytes.append(UInt8(ascii: "\n"))
                    }
                }
                if !json.bytes.isEmpty { try await writer.write(ByteBuffer(bytes: json.bytes)) }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson", .init("Glean-Pack-Version")!: served.version], body: body)
    }

    func explain(_ request: Request) async throws(APIError) -> Response {
        let body = try JSONBody(try await self.body(of: request))
        let document = try document(from: body)
        let rule = try body.string("rule")
        let type = try body.string("type")
        let served = try await pack(overrides: try body.ruleOverrides("rules"))
        let html = request.uri.queryParameters.get("format") == "html"
        await hooks.beforeExtract?(served)
        let rendered: Result<[UInt8], ExplainError> = await pool.run {
            do throws(ExplainError) {
                let explanation = try Explainer(pack: served.pack).explain(document, ruleID: rule, type: type)
                return .success(html ? Array(ExplanationHTML().render(explanation).utf8) : ExplanationJSON().render(explanation))
            } catch {
                return .failure(error)
            }
        }
        switch rendered {
        case .success(let bytes):
            var response = html ? Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
                                : Response.json(bytes + [UInt8(ascii: "\n")])
            response.headers[.init("Glean-Pack-Version")!] = served.version
            return response
        case .failure(let error):
            throw APIError.badRequest(error.message, code: "explain")
        }
    }

    /// Facts as `glean extract` writes them — `{"facts": [...]}` (the answer of `/v1/extract`) or JSON Lines —
    /// grouped into records (docs/consolidation.md).
    func consolidate(_ request: Request) async throws(APIError) -> Response {
        let bytes = try await body(of: request)
        let contentType = (request.headers[.contentType] ?? "").lowercased()
        var lines: [UInt8]
        var language = Language.unknown
        if contentType.hasPrefix("application/x-ndjson") || contentType.hasPrefix("application/jsonl") {
            lines = bytes
        } else {
            let body = try JSONBody(bytes)
            language = try body.language("lang") ?? .unknown
            guard let facts = body.object["facts"] as? [Any] else { throw APIError.field("facts", "missing (an array of facts as /v1/extract returns them)") }
            lines = []
            for (index, fact) in facts.enumerated() {
                guard fact is [String: Any], let data = try? JSONSerialization.data(withJSONObject: fact, options: [.withoutEscapingSlashes]) else {
                    throw APIError.field("facts", "item \(index) is not a JSON object")
                }
                lines += [UInt8](data) + [UInt8(ascii: "\n")]
            }
        }
        let configPath = configuration.consolidationConfig ?? (configuration.rulesDirectory + "/consolidation.yaml")
        let config: ConsolidationConfig
        do { config = try ConsolidationConfig.load(path: configPath) } catch { throw APIError.ruleErrors(error.diagnostics) }
        // Facts name their document, not a file to read: the language comes from the facts or the body, never
        // from a path a client chose.
        let read = FactInput.readJSONLines(lines, source: "facts", languageOf: { _ in language })
        if let problem = read.diagnostics.first {
            throw APIError.badRequest(problem.message, code: "bad-fact", location: problem.location?.description)
        }
        let records = await pool.run { Consolidator(config: config).consolidate(read.facts) }
        var json = JSONWriter()
        json.appendRaw("{\"records\":")
        json.bytes += RecordWriter.jsonArray(records)
        while json.bytes.last == UInt8(ascii: "\n") { json.bytes.removeLast() }
        json.appendRaw("}\n")
        return Response.json(json.bytes)
    }

    /// The pack: version, rule files, phases, rules, fact types, gazetteer sizes, last reload error.
    func packDescription() -> Response {
        let served = store.current
        let pack = served.pack
        let relative = { (path: String) -> String in
            let diagnostic = Diagnostic(.note, "", code: "", at: SourceLocation(file: path, line: 1, column: 1))
            return self.relativeToRules([diagnostic])[0].location?.file ?? path
        }
        var json = JSONWriter()
        json.appendRaw("{\"version\":")
        json.appendString(served.version)
        json.appendRaw(",\"loaded_at\":")
        json.appendString(ISO8601DateFormatter().string(from: served.loadedAt))
        json.appendRaw(",\"rules_directory\":")
        json.appendString(configuration.rulesDirectory)
        json.appendRaw(",\"gazetteers_directory\":")
        json.appendString(configuration.gazetteerDirectory)
        let files = Array(Set(pack.rules.map { relative($0.location.file) })).sorted()
        json.appendRaw(",\"files\":")
        json.appendStrings(files)
        json.appendRaw(",\"phases\":")
        json.appendArray(pack.phases) { json, phase in
            json.appendRaw("{\"name\":")
            json.appendString(phase.name)
            json.appendRaw(",\"rules\":")
            json.appendInt(phase.rules.count)
            json.appendRaw("}")
        }
        json.appendRaw(",\"rules\":")
        json.appendArray(pack.rules) { json, rule in
            json.appendRaw("{\"id\":")
            json.appendString(rule.id)
            json.appendRaw(",\"type\":")
            json.appendString(rule.emitType)
            json.appendRaw(",\"emits\":")
            json.appendString(rule.emitsFact ? "fact" : "mark")
            json.appendRaw(",\"phase\":")
            json.appendString(pack.phases[rule.phase].name)
            json.appendRaw(",\"file\":")
            json.appendString(relative(rule.location.file))
            json.appendRaw(",\"line\":")
            json.appendInt(rule.location.line)
            json.appendRaw(",\"column\":")
            json.appendInt(rule.location.column)
            json.appendRaw(",\"examples\":")
            json.appendInt(rule.examples.count)
            json.appendRaw("}")
        }
        let types = Set(pack.rules.filter(\.emitsFact).map(\.emitType)).sorted()
        json.appendRaw(",\"types\":")
        json.appendStrings(types)
        var byFile: [String: Int] = [:]
        var byType: [String: Int] = [:]
        for entry in pack.gazetteer.entries {
            byFile[entry.location.file, default: 0] += 1
            byType[entry.type, default: 0] += 1
        }
        json.appendRaw(",\"gazetteer\":{\"entries\":")
        json.appendInt(pack.gazetteer.entries.count)
        json.appendRaw(",\"forms\":")
        json.appendInt(pack.gazetteer.forms.count)
        json.appendRaw(",\"files\":")
        json.appendCounts(byFile)
        json.appendRaw(",\"types\":")
        json.appendCounts(byType)
        json.appendRaw("},\"last_reload_errors\":")
        json.appendArray(relativeToRules(store.lastReloadError)) { json, diagnostic in
            CheckReport.append(diagnostic, to: &json)
        }
        json.appendRaw("}\n")
        return Response.json(json.bytes)
    }

    /// `{"text", "path"?, "rules"?, "strict"?}`: the pack checked as `glean check` checks it, with the rule file
    /// `path` (relative to the rules directory; a new file when no file has that path; default `posted.glean`)
    /// replaced by `text`. 200 with the report when there is no error, 422 with the same diagnostics otherwise.
    func check(_ request: Request) async throws(APIError) -> Response {
        let body = try JSONBody(try await self.body(of: request))
        let text = try body.string("text", required: true) ?? ""
        let path = try body.string("path") ?? "posted.glean"
        guard RulePath.isSafe(path) else { throw APIError.field("path", "'\(path)' is not a rule file path inside the rules directory (relative, ending in .glean, no '..')") }
        var overrides = try body.ruleOverrides("rules")
        overrides[path] = text
        var strict = false
        switch body.object["strict"] {
        case nil, is NSNull: break
        case let value as Bool: strict = value
        default: throw APIError.field("strict", "must be true or false")
        }
        let rules = configuration.rulesDirectory, gazetteers = configuration.gazetteerDirectory, limits = configuration.limits
        let edits = overrides
        let check = await pool.run { UncheckedBox(PackCheck(rulesDirectory: rules, gazetteerDirectory: gazetteers, limits: limits, overrides: edits)) }.value
        let diagnostics = relativeToRules(check.diagnostics)
        if check.errors > 0 {
            var error = APIError.ruleErrors(diagnostics)
            error.message = check.summary
            throw error
        }
        return Response.json(Array(CheckReport.json(diagnostics, summary: check.summary, failed: check.failed(strict: strict)).utf8) + [UInt8(ascii: "\n")])
    }

    func reloadResponse() async -> Response {
        switch await reload() {
        case .reloaded(let previous, let current):
            return Response.json(Array("{\"reloaded\":true,\"previous_version\":\"\(previous)\",\"version\":\"\(current.version)\",\"rules\":\(current.pack.rules.count)}\n".utf8))
        case .unchanged(let current):
            return Response.json(Array("{\"reloaded\":false,\"version\":\"\(current.version)\",\"rules\":\(current.pack.rules.count),\"message\":\"the pack files did not change\"}\n".utf8))
        case .failed(let diagnostics, let serving):
            var error = APIError.ruleErrors(relativeToRules(diagnostics))
            error.message = "the pack does not load; still serving version \(serving.version): " + error.message
            return error.response
        }
    }
}

/// Hands a value computed on an extraction thread back to the request; it is not shared after that.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
