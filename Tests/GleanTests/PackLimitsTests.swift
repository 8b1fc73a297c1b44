import Foundation
import Testing
@testable import Glean

/// Rule packs from elsewhere (docs/limits.md, "Untrusted packs"): files stay inside the pack's folders, and every
/// size has a limit, in the library API that `glean serve` uses as well as in the CLI.
@Suite("Pack confinement and limits")
struct PackLimitsTests {
    let rule = "rule country {\n  pattern: c:gaz:Country\n  emit Country { id: c.id }\n}\n"

    /// A pack folder `rules/` and `gaz/` (with the test gazetteer) in a fresh temporary folder.
    func packFolder(main: String, files: [String: String] = [:]) throws -> (root: URL, rules: String, gazetteers: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glean-pack-\(UUID().uuidString)")
        let rules = root.appendingPathComponent("rules"), gazetteers = root.appendingPathComponent("gaz")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: gazetteers, withIntermediateDirectories: true)
        try main.write(to: rules.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try testGazetteer.write(to: gazetteers.appendingPathComponent("countries.yaml"), atomically: true, encoding: .utf8)
        return (root, rules.path, gazetteers.path)
    }

    func loadErrors(_ rules: String, _ gazetteers: String, _ limits: PackLimits = .standard) -> [Diagnostic] {
        do {
            _ = try RulePack.load(rulesDirectory: rules, gazetteerDirectory: gazetteers, limits: limits)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func includesThatLeaveThePackAreRefusedAtTheIncludeLine() throws {
        for target in ["../../etc/passwd", "/etc/hostname", "../outside.glean", "sub/../../outside.glean"] {
            let pack = try packFolder(main: "\n  include \"\(target)\"\n", files: ["outside.glean": rule])
            defer { try? FileManager.default.removeItem(at: pack.root) }
            let errors = loadErrors(pack.rules, pack.gazetteers)
            let error = try #require(errors.first, "\(target) was accepted")
            #expect(error.code == "outside-pack", "\(target)")
            #expect(error.location?.file.hasSuffix("main.glean") == true && error.location?.line == 2 && error.location?.column == 3, "\(target)")
        }
    }

    @Test func aSymbolicLinkOutOfThePackIsRefusedAndAllowedByTheFlag() throws {
        let pack = try packFolder(main: "include \"linked.glean\"\n", files: ["outside.glean": rule])
        defer { try? FileManager.default.removeItem(at: pack.root) }
        try FileManager.default.createSymbolicLink(atPath: pack.rules + "/linked.glean", withDestinationPath: pack.root.appendingPathComponent("outside.glean").path)
        let errors = loadErrors(pack.rules, pack.gazetteers)
        #expect(errors.first?.code == "outside-pack")
        #expect(errors.first?.message.contains("resolves to") == true)
        var trusting = PackLimits()
        trusting.allowsOutsideIncludes = true
        let loaded = try RulePack.load(rulesDirectory: pack.rules, gazetteerDirectory: pack.gazetteers, limits: trusting)
        #expect(loaded.rules.map(\.id) == ["country"])
    }

    @Test func aSymbolicLinkInsideThePackIsFine() throws {
        let pack = try packFolder(main: "include \"linked.glean\"\n", files: ["rules/real/country.glean": rule])
        defer { try? FileManager.default.removeItem(at: pack.root) }
        try FileManager.default.createSymbolicLink(atPath: pack.rules + "/linked.glean", withDestinationPath: "real/country.glean")
        let loaded = try RulePack.load(rulesDirectory: pack.rules, gazetteerDirectory: pack.gazetteers)
        #expect(loaded.rules.map(\.id) == ["country"])
    }

    @Test func aGazetteerFileLinkedFromOutsideIsRefused() throws {
        let pack = try packFolder(main: rule, files: ["elsewhere/more.yaml": "type: City\nentries:\n  - id: rabat\n    name: Rabat\n    names:\n      en: [Rabat]\n"])
        defer { try? FileManager.default.removeItem(at: pack.root) }
        try FileManager.default.createSymbolicLink(atPath: pack.gazetteers + "/more.yaml", withDestinationPath: pack.root.appendingPathComponent("elsewhere/more.yaml").path)
        let error = try #require(loadErrors(pack.rules, pack.gazetteers).first)
        #expect(error.code == "outside-pack")
        #expect(error.location?.file.hasSuffix("more.yaml") == true && error.location?.line == 1)
        var trusting = PackLimits()
        trusting.allowsOutsideIncludes = true
        #expect(loadErrors(pack.rules, pack.gazetteers, trusting).isEmpty)
    }

    @Test func aFIFOInThePackIsRefusedWithoutBlocking() throws {
        let pack = try packFolder(main: "include \"pipe.glean\"\n")
        defer { try? FileManager.default.removeItem(at: pack.root) }
        #expect(mkfifo(pack.rules + "/pipe.glean", 0o644) == 0)
        let error = try #require(loadErrors(pack.rules, pack.gazetteers).first)
        #expect(error.message.contains("not a regular file"))
    }

    @Test func fileAndByteLimits() throws {
        let pack = try packFolder(main: "include \"a.glean\"\n", files: ["rules/a.glean": rule])
        defer { try? FileManager.default.removeItem(at: pack.root) }
        #expect(loadErrors(pack.rules, pack.gazetteers).isEmpty)
        var limits = PackLimits()
        limits.maximumFiles = 2 // the gazetteer file and main.glean; a.glean is one too many
        let tooMany = try #require(loadErrors(pack.rules, pack.gazetteers, limits).first)
        #expect(tooMany.code == "pack-limit" && tooMany.message.contains("more than 2 files") && tooMany.message.contains("--max-pack-files"))
        #expect(tooMany.location?.file.hasSuffix("main.glean") == true && tooMany.location?.line == 1 && tooMany.location?.column == 1)
        limits = PackLimits()
        limits.maximumBytes = testGazetteer.utf8.count + 10
        let tooLarge = try #require(loadErrors(pack.rules, pack.gazetteers, limits).first)
        #expect(tooLarge.code == "pack-limit" && tooLarge.message.contains("--max-pack-bytes"))
        limits.maximumBytes = 10
        let gazetteerTooLarge = try #require(loadErrors(pack.rules, pack.gazetteers, limits).first)
        #expect(gazetteerTooLarge.location?.file.hasSuffix("countries.yaml") == true)
    }

    @Test func ruleRegexAndEntryLimitsInMemoryPacks() throws {
        let rules = rule + "\nrule year {\n  regex: /(?<y>(19|20)\\d\\d)/\n  emit Year { value: y.text }\n}\n"
        #expect(throws: Never.self) { try RulePack.build(rules: [("r.glean", rules)], gazetteers: [("g.yaml", testGazetteer)]) }
        func errors(_ limits: PackLimits) -> [Diagnostic] {
            do { _ = try RulePack.build(rules: [("r.glean", rules)], gazetteers: [("g.yaml", testGazetteer)], limits: limits); return [] } catch { return error.errors }
        }
        var limits = PackLimits()
        limits.maximumRules = 1
        let tooManyRules = try #require(errors(limits).first)
        #expect(tooManyRules.message.contains("more than 1 rules") && tooManyRules.message.contains("--max-rules"))
        #expect(tooManyRules.location?.line == 6 && tooManyRules.location?.column == 6, "\(tooManyRules)")
        limits = PackLimits()
        limits.maximumRegexLength = 8
        let longRegex = try #require(errors(limits).first)
        #expect(longRegex.message.contains("the regex is 17 bytes long") && longRegex.message.contains("--max-regex-length"))
        #expect(longRegex.location?.line == 7 && longRegex.location?.column == 11)
        limits = PackLimits()
        limits.maximumGazetteerEntries = 1
        let entries = try #require(errors(limits).first)
        #expect(entries.message.contains("more than 1 gazetteer entries") && entries.location?.file == "g.yaml" && entries.location?.line == 8, "\(entries)")
        limits = PackLimits()
        limits.maximumBytes = 100
        #expect(errors(limits).first?.message.contains("--max-pack-bytes") == true)
    }

    @Test func tokenRegexesInMacrosAreMeasuredToo() throws {
        let rules = "macro Y = /^\\d{4}$/\nrule y {\n  pattern: y:$Y\n  emit Year { value: y.text }\n}\n"
        var limits = PackLimits()
        limits.maximumRegexLength = 4
        do {
            _ = try RulePack.build(rules: [("r.glean", rules)], gazetteers: [("g.yaml", testGazetteer)], limits: limits)
            Issue.record("the long regex was accepted")
        } catch {
            #expect(error.errors.first?.location?.line == 1 && error.errors.first?.location?.column == 12)
        }
    }
}
