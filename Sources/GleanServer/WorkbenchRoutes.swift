import Foundation
import Glean
import Hummingbird

/// What the workbench page needs besides the API: the pack's rule files, the documents to pick from, saving an
/// edited file (inside `--rules` only), and the fixtures run on an edited pack.
extension GleanServer {
    func addWorkbenchRoutes(to router: Router<BasicRequestContext>) {
        router.get("/v1/workbench/files") { _, _ in
            var json = JSONWriter()
            json.appendRaw("{\"files\":")
            json.appendStrings(self.ruleFiles())
            json.appendRaw("}\n")
            return Response.json(json.bytes)
        }
        router.get("/v1/workbench/file") { request, _ in
            let path = request.uri.queryParameters.get("path") ?? ""
            guard RulePath.isSafe(path), self.ruleFiles().contains(path),
                  let data = FileManager.default.contents(atPath: self.configuration.rulesDirectory + "/" + path) else {
                throw APIError(status: .notFound, code: "not-found", message: "no rule file '\(path)' in the pack (GET /v1/workbench/files lists them)")
            }
            var json = JSONWriter()
            json.appendRaw("{\"path\":")
            json.appendString(path)
            json.appendRaw(",\"text\":")
            json.appendString(String(decoding: data, as: UTF8.self))
            json.appendRaw("}\n")
            return Response.json(json.bytes)
        }
        router.post("/v1/workbench/save") { request, _ in try await self.save(request) }
        router.get("/v1/workbench/documents") { _, _ in
            var json = JSONWriter()
            json.appendRaw("{\"documents\":")
            json.appendArray(self.workbenchDocuments()) { json, item in
                json.appendRaw("{\"name\":")
                json.appendString(item.name)
                json.appendRaw(",\"kind\":")
                json.appendString(item.kind)
                json.appendRaw("}")
            }
            json.appendRaw("}\n")
            return Response.json(json.bytes)
        }
        router.get("/v1/workbench/document") { request, _ in
            let name = request.uri.queryParameters.get("name") ?? ""
            // Only a document of the list: the name is looked up, never opened as a path.
            guard let item = self.workbenchDocuments().first(where: { $0.name == name }), let document = item.load() else {
                throw APIError(status: .notFound, code: "not-found", message: "no document '\(name)' (GET /v1/workbench/documents lists them)")
            }
            var json = JSONWriter()
            json.appendRaw("{\"name\":")
            json.appendString(name)
            json.appendRaw(",\"text\":")
            json.appendString(String(decoding: document.bytes, as: UTF8.self))
            json.appendRaw(",\"lang\":")
            json.appendString(document.language.map(\.rawValue) ?? "")
            json.appendRaw(",\"reference_date\":")
            json.appendString(document.referenceDate?.iso ?? "")
            json.appendRaw("}\n")
            return Response.json(json.bytes)
        }
        router.post("/v1/workbench/test") { request, _ in try await self.runFixtures(request) }
    }

    /// The `*.glean` files under `--rules`, relative to it.
    func ruleFiles() -> [String] {
        let root = configuration.rulesDirectory
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let name = walker.nextObject() as? String {
            if name.hasSuffix(".glean") && RulePath.isSafe(name) { files.append(name) }
        }
        return files.sorted()
    }

    struct WorkbenchDocument {
        var name: String
        var kind: String
        var path: String

        func load() -> Document? {
            if kind == "fixture" {
                guard case .success(let fixture) = FixtureLoader.load(path: path) else { return nil }
                return fixture.document
            }
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return Document(id: name, bytes: [UInt8](data))
        }
    }

    /// The fixtures (`--fixtures`) and the plain-text documents (`--documents`, the seeds) the page offers.
    func workbenchDocuments() -> [WorkbenchDocument] {
        var result: [WorkbenchDocument] = []
        let (fixtures, _) = FixtureLoader.files(in: configuration.fixtures)
        for path in fixtures { result.append(WorkbenchDocument(name: path, kind: "fixture", path: path)) }
        for folder in configuration.documents {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names { result.append(WorkbenchDocument(name: folder + "/" + name, kind: "text", path: folder + "/" + name)) }
        }
        return result
    }

    /// Writes an edited rule file, only inside `--rules` (no `..`, no symbolic link leading out), then reloads.
    func save(_ request: Request) async throws(APIError) -> Response {
        let body = try JSONBody(try await self.body(of: request))
        let path = try body.string("path", required: true) ?? ""
        let text = try body.string("text", required: true) ?? ""
        guard RulePath.isSafe(path) else {
            throw APIError(status: .forbidden, code: "outside-rules", message: "refusing to write '\(path)': only *.glean files inside the rules directory can be saved")
        }
        let root = URL(fileURLWithPath: configuration.rulesDirectory).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: root + "/" + path)
        let folder = target.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path
        let resolvedTarget = target.resolvingSymlinksInPath().standardizedFileURL.path
        guard folder == root || folder.hasPrefix(root + "/"), resolvedTarget.hasPrefix(root + "/") else {
            throw APIError(status: .forbidden, code: "outside-rules", message: "refusing to write '\(path)': it resolves outside the rules directory")
        }
        // A symbolic link (even a dangling one, which resolvingSymlinksInPath leaves alone) must point inside too.
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: target.path) {
            let pointed = URL(fileURLWithPath: destination, relativeTo: target.deletingLastPathComponent()).standardizedFileURL.path
            guard pointed.hasPrefix(root + "/") else {
                throw APIError(status: .forbidden, code: "outside-rules", message: "refusing to write '\(path)': it is a symbolic link out of the rules directory")
            }
        }
        guard FileManager.default.fileExists(atPath: folder) else {
            throw APIError(status: .forbidden, code: "outside-rules", message: "refusing to write '\(path)': its folder does not exist in the rules directory")
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: resolvedTarget), options: .atomic) } catch {
            throw APIError(status: .internalServerError, code: "io", message: "cannot write '\(path)': \(error.localizedDescription)")
        }
        log("saved \(path) from the workbench")
        return await reloadResponse()
    }

    /// `glean test` on the fixtures, with the pack edited by `rules`: passed/failed and the diff lines.
    func runFixtures(_ request: Request) async throws(APIError) -> Response {
        let body = try JSONBody(try await self.body(of: request))
        let served = try await pack(overrides: try body.ruleOverrides("rules"))
        let filter = try body.string("filter").map { [$0] } ?? []
        let roots = configuration.fixtures
        let result = await pool.run { FixtureSuite(pack: served.pack, filter: filter).run(paths: roots) }
        var json = JSONWriter()
        json.appendRaw("{\"passed\":")
        json.appendInt(result.passed)
        json.appendRaw(",\"failed\":")
        json.appendInt(result.failed)
        json.appendRaw(",\"summary\":")
        json.appendString(result.summaryLine)
        // Unreadable fixture files first, as failures whose lines are their diagnostics.
        let rows = result.unreadable.map { (path: $0.0, passed: false, lines: $0.1.map(\.rendered)) }
            + result.outcomes.map { (path: $0.fixture.path, passed: $0.passed,
                                     lines: $0.passed ? [] : FixtureReport.failureLines($0)) }
        json.appendRaw(",\"fixtures\":")
        json.appendArray(rows) { json, row in
            json.appendRaw("{\"path\":")
            json.appendString(row.path)
            json.appendRaw(",\"passed\":")
            json.appendBool(row.passed)
            json.appendRaw(",\"lines\":")
            json.appendStrings(row.lines)
            json.appendRaw("}")
        }
        json.appendRaw("}\n")
        return Response.json(json.bytes)
    }
}
