import Foundation
import Testing
@testable import Glean

/// Rules that misbehave: each is a warning or an error with a location, never a crash or a hang.
@Suite("Robustness: rules that misbehave")
struct MisbehavingRuleTests {
    let goodRule = "rule good.country {\n  pattern: c:gaz:Country\n  emit Country { id: c.id }\n}\n"

    func warnings(_ result: ExtractionResult, code: String) -> [Diagnostic] { result.warnings.filter { $0.code == code } }

    @Test func catastrophicRegexHitsTheMatchLimitAndTheOtherRulesRun() throws {
        let rules = "rule bad.backtracking {\n  regex: /(\\w+\\s?)+[;:]/\n  emit Thing { }\n}\n" + goodRule
        let compiled = try pack(rules)
        let text = "Morocco and Japan " + String(repeating: "word ", count: 40)
        let result = Extractor(pack: compiled, matchLimit: 100_000).extract(Document(id: "doc-1", text: text))
        let limit = warnings(result, code: "match-limit")
        #expect(limit.count == 1)
        #expect(limit.first?.message.hasPrefix("doc-1: rule 'bad.backtracking' skipped: match limit exceeded (the regex backtracks too much") == true)
        #expect(limit.first?.location?.description == "test.glean:1:6")
        #expect(result.facts.map { $0.field("id")?.stringValue } == ["MA", "JP"])
    }

    @Test func jitStackLimitIsAWarningToo() throws {
        let rules = "rule bad.jit_stack {\n  regex: /(?:(\\w)|\\s)+[!?]/\n  emit Thing { }\n}\n" + goodRule
        let compiled = try pack(rules)
        let text = "! Morocco " + String(repeating: "x", count: 300_000) + " Japan"
        let result = Extractor(pack: compiled).extract(Document(id: "long", text: text))
        let limit = warnings(result, code: "match-limit")
        #expect(limit.count == 1)
        #expect(limit.first?.message.contains("rule 'bad.jit_stack' skipped: JIT stack limit reached") == true)
        #expect(result.facts.map { $0.field("id")?.stringValue } == ["MA", "JP"])
    }

    @Test func ambiguousTokenPatternStopsAtTheStepBudget() throws {
        // Every token can be taken by either branch: 2^n ways to fail on a sentence without "zzz".
        let rules = "rule bad.ambiguous {\n  pattern: (_ | #word)* (_ | #word)* (_ | #word)* \"zzz\" \"zzz\"\n  emit Thing { }\n}\n" + goodRule
        let compiled = try pack(rules)
        let extractor = Extractor(pack: compiled)
        extractor.stepBudgetPerRule = 10_000
        extractor.stepBudgetPerToken = 0
        // "zzz" ends the long sentence (so the rule is started there: a rule is not started in a sentence that lacks
        // an element every match needs) but only once, where the pattern needs it twice.
        let text = "Morocco " + String(repeating: "and more words ", count: 20) + "Japan zzz."
        let result = extractor.extract(Document(id: "doc-2", text: text))
        let limit = warnings(result, code: "step-limit")
        #expect(limit.count == 1)
        #expect(limit.first?.message.hasPrefix("doc-2: rule 'bad.ambiguous' stopped after 10000 matching steps") == true)
        #expect(result.facts.map { $0.field("id")?.stringValue } == ["MA", "JP"])
    }

    @Test func stepBudgetGrowsWithTheDocument() throws {
        // An ordinary rule takes a step or two at every token: on a long document a fixed budget would stop it
        // half-way and lose the matches at the end; the per-token part keeps the budget linear in the document.
        // A token regex, not a word: a required word one token ahead would let the prefilter's reach (PrefilterReach)
        // admit only the start just before it, and the rule would take two steps in all. Ten possible lengths before
        // it, not one: a start anchored on the regex (`StartNode.anchored`, at most eight offsets) would do the same.
        let rules = "rule place.last {\n  pattern: _{1,10} /^Finis$/\n  emit Place { }\n}\n" + goodRule
        let compiled = try pack(rules)
        // No punctuation: sentences are capped at 400 tokens (SentenceSplitter.maximumTokens) and the matcher runs
        // at every start of every sentence (the regex is no prefilter element), a few steps each.
        let text = "Morocco " + String(repeating: "and more words ", count: 2_100) + "Japan then Finis."
        let fixed = Extractor(pack: compiled)
        fixed.stepBudgetPerRule = 100
        fixed.stepBudgetPerToken = 0
        #expect(warnings(fixed.extract(Document(id: "doc-3", text: text)), code: "step-limit").count >= 1)
        let growing = Extractor(pack: compiled)
        growing.stepBudgetPerRule = 100
        let result = growing.extract(Document(id: "doc-3", text: text))
        #expect(warnings(result, code: "step-limit").isEmpty)
        #expect(result.facts.filter { $0.type == "Place" }.count == 1)
        #expect(result.facts.compactMap { $0.field("id")?.stringValue } == ["MA", "JP"])
    }

    @Test func tenThousandDeepNestingIsAnError() {
        let deep = String(repeating: "(", count: 10_000) + "\"x\"" + String(repeating: ")", count: 10_000)
        #expect(firstError("rule a {\n  pattern: \(deep)\n  emit X\n}\n") == "test.glean:2:212: the pattern is nested more than 200 levels deep")
        let list = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(firstError("rule a {\n  pattern: \"x\"\n  emit X { v: \(list) }\n}\n").hasSuffix("the value is nested more than 200 levels deep"))
        let calls = String(repeating: "f(", count: 10_000) + String(repeating: ")", count: 10_000)
        #expect(firstError("rule a {\n  pattern: \"x\"\n  emit X { v: \(calls) }\n}\n").hasSuffix("the value is nested more than 200 levels deep"))
        let captures = String(repeating: "a:", count: 10_000) + "\"x\""
        #expect(firstError("rule a {\n  pattern: \(captures)\n  emit X\n}\n").contains("nested more than 200 levels deep"))
    }

    @Test func hugeNumbersAndRepeatCountsAreErrors() {
        #expect(firstError("rule a {\n  priority: 1000000000000000000000000\n  pattern: \"x\"\n  emit X\n}\n") == "test.glean:2:13: the priority must be a whole number from -1000000 to 1000000")
        #expect(firstError("rule a {\n  pattern: \"x\"{1000000000000000000000000}\n  emit X\n}\n").hasSuffix("a count in {m,n} must be a whole number from 0 to 100"))
        #expect(firstError("rule a {\n  pattern: \"x\"??????????\n  emit X\n}\n").hasSuffix("more than 8 quantifiers in a row on one element"))
        // Nested repeats multiply when unrolled.
        #expect(firstError("rule a {\n  pattern: ((\"x\"{100}){100}){100}\n  emit X\n}\n").hasPrefix("test.glean:1:6: the pattern unrolls to more than 200000 matching steps"))
    }

    @Test func macroCyclesAndExponentialMacrosAreErrors() {
        let cycle = firstError("macro A = \"a\" $B\nmacro B = $C\nmacro C = $A\nrule r {\n  pattern: $A\n  emit X\n}\n")
        #expect(cycle.contains("macro cycle: "), "\(cycle)")
        // Each macro uses the previous one twice: 2^40 elements once expanded.
        var bomb = "macro M0 = \"x\"\n"
        for level in 1...40 { bomb += "macro M\(level) = $M\(level - 1) $M\(level - 1)\n" }
        bomb += "rule r {\n  pattern: $M40\n  emit X\n}\n"
        #expect(firstError(bomb).contains("with its macros expanded, the pattern has more than 50000 elements"))
        // A chain of macros each adding a level of nesting.
        var chain = "macro N0 = \"x\"\n"
        for level in 1...1000 { chain += "macro N\(level) = ($N\(level - 1))\n" }
        chain += "rule r {\n  pattern: $N1000\n  emit X\n}\n"
        #expect(firstError(chain).contains("with its macros expanded, the pattern is nested more than 400 levels deep"))
    }

    @Test func includeCyclesAreErrorsWithTheirLocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-include-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "include \"a.glean\"\n".write(to: folder.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        try "include \"b.glean\"\n".write(to: folder.appendingPathComponent("a.glean"), atomically: true, encoding: .utf8)
        try "\ninclude \"a.glean\"\n".write(to: folder.appendingPathComponent("b.glean"), atomically: true, encoding: .utf8)
        let gazetteers = folder.appendingPathComponent("gaz")
        try FileManager.default.createDirectory(at: gazetteers, withIntermediateDirectories: true)
        try testGazetteer.write(to: gazetteers.appendingPathComponent("countries.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticList.self) { try RulePack.load(rulesDirectory: folder.path, gazetteerDirectory: gazetteers.path) }
        do {
            _ = try RulePack.load(rulesDirectory: folder.path, gazetteerDirectory: gazetteers.path)
        } catch {
            let diagnostic = try #require(error.errors.first)
            #expect(diagnostic.message == "include cycle: a.glean -> b.glean -> a.glean")
            #expect(diagnostic.location?.line == 2 && diagnostic.location?.file.hasSuffix("b.glean") == true)
        }
    }

    @Test func aRuleFileMainDoesNotIncludeIsAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-unincluded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "include \"a.glean\"\n".write(to: folder.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        try "rule a {\n  pattern: \"x\"\n  emit X\n}\n".write(to: folder.appendingPathComponent("a.glean"), atomically: true, encoding: .utf8)
        try "rule forgotten {\n  pattern: \"y\"\n  emit Y\n}\n".write(to: folder.appendingPathComponent("forgotten.glean"), atomically: true, encoding: .utf8)
        let gazetteers = folder.appendingPathComponent("gaz")
        try FileManager.default.createDirectory(at: gazetteers, withIntermediateDirectories: true)
        try testGazetteer.write(to: gazetteers.appendingPathComponent("countries.yaml"), atomically: true, encoding: .utf8)
        let pack = try RulePack.load(rulesDirectory: folder.path, gazetteerDirectory: gazetteers.path)
        let warning = try #require(pack.warnings.first { $0.code == "unincluded-rule-file" })
        #expect(warning.message.hasPrefix("rule file 'forgotten.glean' is not included by main.glean"))
        #expect(warning.location?.file.hasSuffix("forgotten.glean") == true && warning.location?.line == 1)
        #expect(pack.warnings.filter { $0.code == "unincluded-rule-file" }.count == 1)
        #expect(pack.rules.map(\.id) == ["a"])
    }

    @Test func fiftyMegabyteRuleFileIsAnError() {
        let rule = "rule r {\n  pattern: \"x\"\n  emit X\n}\n"
        let huge = String(repeating: rule, count: 50 * 1024 * 1024 / rule.utf8.count + 1)
        #expect(firstError(huge).hasPrefix("test.glean:1:1: the rule file is \(huge.utf8.count) bytes, more than the limit of 16777216 (16 MiB)"))
    }
}

@Suite("Robustness: inputs that misbehave")
struct MisbehavingInputTests {
    let rules = "rule good.country {\n  pattern: c:gaz:Country\n  emit Country { id: c.id }\n}\n"

    @Test func longDocumentWithoutNewlineIsExtracted() throws {
        let compiled = try pack(rules)
        // 4 MB in one line: the same code path as 200 MB (scripts/hostile-inputs.sh runs that size).
        var text = "Morocco "
        text += String(repeating: "and some words without any line break ", count: 4 * 1024 * 1024 / 39)
        text += " Japan"
        let result = Extractor(pack: compiled).extract(Document(id: "long", text: text))
        #expect(result.facts.map { $0.field("id")?.stringValue } == ["MA", "JP"])
    }

    @Test func invalidUTF8IsReplacedAndWarnedWithItsOffset() throws {
        let compiled = try pack(rules)
        let bytes = Array("Morocco ".utf8) + [0xC3, 0x28, 0xFF] + Array(" Japan".utf8)
        let result = Extractor(pack: compiled).extract(Document(id: "bad.txt", bytes: bytes))
        #expect(result.warnings.map(\.message) == ["bad.txt: byte 8: invalid UTF-8 byte 0xC3; replaced with U+FFFD",
                                                   "bad.txt: byte 10: invalid UTF-8 byte 0xFF; replaced with U+FFFD"])
        #expect(result.facts.map { $0.field("id")?.stringValue } == ["MA", "JP"])
    }

    @Test func emptyAndNULDocuments() throws {
        let compiled = try pack(rules)
        #expect(Extractor(pack: compiled).extract(Document(id: "empty", bytes: [])).facts.isEmpty)
        #expect(Extractor(pack: compiled).extract(Document(id: "nul", bytes: [0, 0, 0] + Array("Japan".utf8) + [0])).facts.count == 1)
        guard case .failure = DocumentSource.decodeText([0x4D, 0x00, 0x5A]) else { Issue.record("NUL bytes not refused"); return }
    }
}

@Suite("Robustness: HTML input")
struct HTMLInputTests {
    let page = """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>Morocco news</title>
    <style>p::before { content: "Japan"; }</style>
    <script>var text = "<p>Japan</p>"; if (a < b) {}</script></head>
    <body><!-- Japan --><p>RABAT &ndash; Morocco and <b>Jap</b>an met.</p>
    <p>Le minist&egrave;re, &#x4A;apan &amp; Bourita.</p><pre>a
    b</pre></body></html>
    """

    @Test func markupIsNotTextAndEntitiesAreDecoded() {
        let stripped = HTMLText.strip(Array(page.utf8))
        let text = String(decoding: stripped.text, as: UTF8.self)
        #expect(!text.contains("<") && !text.contains("content") && !text.contains("var text"))
        #expect(text.contains("Morocco news"))
        #expect(text.contains("RABAT – Morocco and Japan met."))
        #expect(text.contains("Le ministère, Japan & Bourita."))
        #expect(text.contains("a\nb"), "line breaks are kept inside <pre>")
        #expect(!text.contains("Japan --"))
    }

    @Test func spansIndexTheOriginalPage() throws {
        let compiled = try pack("rule c {\n  pattern: c:gaz:Country\n  emit Country { id: c.id, name: c.text }\n}\nrule o {\n  pattern: o:gaz:Official\n  emit Official { id: o.id }\n}\n")
        let result = Extractor(pack: compiled).extract(Document(id: "page.html", text: page, markup: .html))
        let scalars = Array(page.unicodeScalars)
        #expect(result.facts.map { $0.field("id")?.stringValue } == ["MA", "MA", "JP", "JP", "bourita"])
        for fact in result.facts {
            // Python's text[start:end], in code points of the page.
            let slice = String(String.UnicodeScalarView(scalars[fact.span.start..<fact.span.end]))
            #expect(slice == fact.text)
        }
        // A match across markup: the span covers the tags inside it, the field value is the visible text.
        let split = try #require(result.facts.first { $0.text.contains("</b>") })
        #expect(split.text == "Jap</b>an")
        #expect(split.field("name")?.stringValue == "Japan")
        let entity = try #require(result.facts.last { $0.field("id")?.stringValue == "JP" })
        #expect(entity.text == "&#x4A;apan")
    }

    @Test func detectedByNameOrDoctype() {
        #expect(DocumentSource.looksLikeHTML(name: "a/page.HTM", Array("hello".utf8)))
        #expect(DocumentSource.looksLikeHTML(name: "page.txt", Array("\n  <!doctype html><p>x".utf8)))
        #expect(!DocumentSource.looksLikeHTML(name: "page.txt", Array("Prices < 5 <html>".utf8)))
    }

    @Test func brokenMarkupNeverCrashes() {
        for text in ["<", "<p", "<!--", "<![CDATA[x", "&#", "&#x;", "&#99999999;", "&#0;", "<script>never closed", "<a href=\"unterminated>x", "</", "<?", "&amp", "x&nbspy"] {
            let result = HTMLText.strip(Array(text.utf8))
            #expect(result.text.count <= text.utf8.count + 8)
            _ = PreparedText(bytes: Array(text.utf8), markup: .html).originalSpan(ofNormalized: ByteSpan(start: 0, end: result.text.count))
        }
    }
}
