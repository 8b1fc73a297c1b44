import Foundation
import Testing

@Suite("glean check")
struct CheckCommandTests {
    /// A folder with rule files and a one-entry gazetteer (so the shipped gazetteers' warnings stay out).
    func folder(_ files: [String: String]) throws -> URL {
        let folder = try CLI.temporaryDirectory()
        let all = files.merging(["gazetteer.yaml": "type: Country\nentries:\n  - id: MA\n    name: Morocco\n"]) { a, _ in a }
        for (name, text) in all { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    func pack(_ folder: URL) -> [String] { ["--rules", folder.path, "--gazetteers", folder.path] }

    @Test func theShippedPackChecks() throws {
        let outcome = try CLI.run(["check"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("ok: "))
        #expect(outcome.stdout.contains(" examples pass; "))
    }

    /// No shared-alias (or other) warning in the shipped pack: "second"/"seconde" are ordinals, not duration units
    /// (units.yaml keeps only their plurals), "cents" is a French number word, not a minor unit.
    @Test func theShippedPackChecksStrictly() throws {
        let outcome = try CLI.run(["check", "--strict"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(" 0 errors, 0 warnings"), "\(outcome.stdout)")
    }

    /// A regex rule from which no gate can be read (the rare word comes after an optional group with '\s+') is noted
    /// at its regex, with what to do; a gated one is not; `--strict` still passes (a note is no warning), and
    /// `glean bench rules` marks the ungated rule.
    @Test func aRegexRuleWithoutAGateIsNoted() throws {
        let rules = try folder([
            "main.glean": "rule gated {\n  regex: /(?<n>[0-9]+) %/\n  emit P { n: n }\n}\n\nrule ungated {\n  regex: /(?:le\\s+)?surlendemain/i\n  emit D { }\n}\n",
        ])
        defer { try? FileManager.default.removeItem(at: rules) }
        let outcome = try CLI.run(["check", "--strict"] + pack(rules))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("main.glean:7:11: note: regex rule 'ungated' is not gated"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("Put a literal or a narrow class every match holds first"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("'gated'"), "\(outcome.stderr)")
        let text = rules.appendingPathComponent("doc.txt")
        try "Le surlendemain, 12 % de plus.".write(to: text, atomically: true, encoding: .utf8)
        let bench = try CLI.run(["bench", "rules", "--input-format", "text", "--top", "0"] + pack(rules) + [text.path])
        #expect(bench.status == 0, "\(bench.stderr)")
        let lines = bench.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("ungated*\t") }, "\(bench.stdout)")
        #expect(lines.contains { $0.hasPrefix("gated\t") }, "\(bench.stdout)")
        #expect(lines.last?.hasPrefix("* regex rule without a gate") == true, "\(bench.stdout)")
    }

    @Test func aFormOfTwoVocabulariesIsASharedAliasWarning() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rule r {\n  pattern: gaz:Unit\n  emit X\n}\n".write(to: folder.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        try "type: Unit\nentries:\n  - id: unit-second\n    name: second\n    names:\n      en: [second]\n"
            .write(to: folder.appendingPathComponent("units.yaml"), atomically: true, encoding: .utf8)
        try "type: Ordinal\nentries:\n  - id: ordinal-2\n    name: second\n    names:\n      en: [second]\n"
            .write(to: folder.appendingPathComponent("ordinals.yaml"), atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["check", "--strict"] + pack(folder))
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("'second' is a form of Unit 'unit-second' and of Ordinal 'ordinal-2'"), "\(outcome.stderr)")
    }

    @Test func includeCycleIsAnErrorAtTheInclude() throws {
        let rules = try folder([
            "main.glean": "include \"a.glean\"\n",
            "a.glean": "# a includes b\ninclude \"b.glean\"\n",
            "b.glean": "include \"a.glean\"\nrule r {\n  pattern: \"x\"\n  emit X\n}\n",
        ])
        defer { try? FileManager.default.removeItem(at: rules) }
        let outcome = try CLI.run(["check"] + pack(rules))
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(rules.path)/b.glean:1:1: error: include cycle: a.glean -> b.glean -> a.glean\ninclude \"a.glean\"\n^"), "\(outcome.stderr)")
    }

    @Test func jsonFormatAndStrictWarnings() throws {
        let rules = try folder(["main.glean": "macro UNUSED = \"x\"\nrule r {\n  pattern: \"y\"\n  emit X\n  example: \"y\" => X\n}\n"])
        defer { try? FileManager.default.removeItem(at: rules) }
        let plain = try CLI.run(["check"] + pack(rules))
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("main.glean:1:7: warning: macro 'UNUSED' is never used"))

        let strict = try CLI.run(["check", "--strict"] + pack(rules))
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("(--strict: warnings fail)"))

        let json = try CLI.run(["check", "--format", "json"] + pack(rules))
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == true)
        #expect(object["errors"] as? Int == 0)
        #expect(object["warnings"] as? Int == 1)
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["severity"] as? String == "warning")
        #expect(diagnostic["code"] as? String == "unused-macro")
        #expect(diagnostic["message"] as? String == "macro 'UNUSED' is never used")
        #expect((diagnostic["file"] as? String)?.hasSuffix("main.glean") == true)
        #expect(diagnostic["line"] as? Int == 1)
        #expect(diagnostic["column"] as? Int == 7)
        #expect(diagnostic["source_line"] as? String == "macro UNUSED = \"x\"")
    }

    @Test func errorsAndFailingExamplesExitOne() throws {
        let rules = try folder(["main.glean": "rule r {\n  pattern: \"y\"\n  emit X\n  example: \"z\" => X\n}\n"])
        defer { try? FileManager.default.removeItem(at: rules) }
        let outcome = try CLI.run(["check", "--format", "json"] + pack(rules))
        #expect(outcome.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["code"] as? String == "example")
        #expect(diagnostic["line"] as? Int == 4)
        #expect(diagnostic["column"] as? Int == 3)

        let broken = try folder(["main.glean": "rule r {\n  regex: /a(b/\n  emit X\n}\n"])
        defer { try? FileManager.default.removeItem(at: broken) }
        let regex = try CLI.run(["check"] + pack(broken))
        #expect(regex.status == 1)
        #expect(regex.stderr.contains("main.glean:2:14: error: invalid regex: missing closing parenthesis"), "\(regex.stderr)")
        #expect(regex.stderr.contains("the rule pack does not load; 1 error, 0 warnings"))
    }
}
