import Foundation
import Testing

@Suite("glean extract on the seeds", .serialized)
struct ExtractSeedsTests {
    static let seedFiles: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: CLI.repositoryRoot.appendingPathComponent("seeds").path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    func seedFacts() throws -> (CLI.Outcome, [[String: Any]]) {
        let outcome = try CLI.run(["extract", "seeds/"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return (outcome, try CLI.facts(outcome))
    }

    /// The committed expected output. A change in output fails here with a diff; to accept it, run
    /// `.build/debug/glean extract seeds/ > Tests/GleanCLITests/Expected/seeds.jsonl` and review `git diff`.
    @Test func outputMatchesTheCommittedExpectation() throws {
        let (outcome, _) = try seedFacts()
        let expectedURL = CLI.repositoryRoot.appendingPathComponent("Tests/GleanCLITests/Expected/seeds.jsonl")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let actualLines = Set(outcome.lines), expectedLines = Set(expected.split(separator: "\n").map(String.init))
        let missing = expectedLines.subtracting(actualLines).sorted(), unexpected = actualLines.subtracting(expectedLines).sorted()
        #expect(missing.isEmpty && unexpected.isEmpty,
                "output differs from Expected/seeds.jsonl\nmissing:\n\(missing.joined(separator: "\n"))\nunexpected:\n\(unexpected.joined(separator: "\n"))")
        #expect(outcome.stdout == expected, "same facts but a different order")
    }

    @Test func everySpanPointsAtItsTextInTheOriginalFile() throws {
        let (_, facts) = try seedFacts()
        #expect(!facts.isEmpty)
        var texts: [String: [Unicode.Scalar]] = [:]
        for fact in facts {
            let doc = fact["doc"] as! String
            if texts[doc] == nil {
                let data = try Data(contentsOf: CLI.repositoryRoot.appendingPathComponent(doc))
                texts[doc] = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
            }
            let span = fact["span"] as! [String: Int]
            let scalars = texts[doc]![span["start"]!..<span["end"]!]
            #expect(String(String.UnicodeScalarView(scalars)) == fact["text"] as? String)
        }
    }

    @Test func everyFactValidatesAgainstTheSchema() throws {
        let (_, facts) = try seedFacts()
        let schemaData = try Data(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/facts.schema.json"))
        let schema = try JSONSerialization.jsonObject(with: schemaData) as! [String: Any]
        for fact in facts {
            let errors = validate(fact, against: schema)
            #expect(errors.isEmpty, "\(fact["type"]!) \(fact["text"]!): \(errors)")
        }
    }

    func ids(_ facts: [[String: Any]], type: String) -> Set<String> {
        Set(facts.filter { $0["type"] as? String == type }.compactMap { ($0["fields"] as? [String: Any])?["id"] as? String })
    }

    @Test func findsTheEntitiesOfTheSeeds() throws {
        let (_, facts) = try seedFacts()
        #expect(ids(facts, type: "Country").isSuperset(of: ["MA", "JP", "KZ"]))
        #expect(ids(facts, type: "Organization").isSuperset(of: ["TICAD", "IOFS", "OIC", "UN", "AU", "SCO", "CICA", "INTERPOL"]))
        #expect(ids(facts, type: "Official").isSuperset(of: ["nasser_bourita", "kamikawa_yoko", "murat_nurtleu", "alibek_bakaev"]))
        let texts = Set(facts.filter { $0["type"] as? String == "Country" }.compactMap { ($0["text"] as? String)?.lowercased() })
        #expect(texts.isSuperset(of: ["marocaine", "nippone", "kazakh", "maroc", "japon", "morocco", "japan", "kazakhstan"]))
        let orgTexts = Set(facts.filter { $0["type"] as? String == "Organization" }.compactMap { $0["text"] as? String })
        #expect(orgTexts.isSuperset(of: ["OISA", "OCI", "ONU", "OCS", "IOFS", "TICAD", "CICA", "Interpol"]))
        for official in facts where official["type"] as? String == "Official" {
            let fields = official["fields"] as! [String: Any]
            #expect(fields["role"] != nil && fields["country"] != nil, "\(fields)")
        }
    }

    @Test func findsMoneyAndPercentButNoPriceInPageFurniture() throws {
        let (_, facts) = try seedFacts()
        let money = facts.filter { $0["type"] as? String == "Money" }.map { $0["fields"] as! [String: Any] }
        #expect(money.contains { $0["amount"] as? Int == 274_000_000 && $0["currency"] as? String == "USD" })
        #expect(money.contains { $0["amount"] as? Int == 130_000_000 && $0["currency"] as? String == "USD" })
        #expect(facts.contains { $0["type"] as? String == "Percent" && ($0["fields"] as! [String: Any])["value"] as? Int == 70 })
        #expect(!facts.contains { $0["type"] as? String == "Money" && ($0["doc"] as! String).contains("001_") })
        #expect(facts.contains { $0["type"] as? String == "TradeFigure" })
    }

    @Test func jsonLinesOnStandardInputGivesTheSameFactsWithTheGivenIDs() throws {
        let (_, fileFacts) = try seedFacts()
        var input = ""
        for name in Self.seedFiles {
            let text = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("seeds/" + name), encoding: .utf8)
            let line = try JSONSerialization.data(withJSONObject: ["id": "id-" + name, "text": text])
            input += String(decoding: line, as: UTF8.self) + "\n"
        }
        let outcome = try CLI.run(["extract", "--input-format", "jsonl", "-"], stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let stdinFacts = try CLI.facts(outcome)
        #expect(stdinFacts.count == fileFacts.count)
        for (fromFile, fromStdin) in zip(fileFacts, stdinFacts) {
            let doc = fromFile["doc"] as! String
            #expect(fromStdin["doc"] as? String == "id-" + (doc as NSString).lastPathComponent)
            #expect(NSDictionary(dictionary: fromFile.filter { $0.key != "doc" }).isEqual(to: fromStdin.filter { $0.key != "doc" }))
        }
    }

    @Test func malformedJSONLinesAreReportedAndTheRestProcessed() throws {
        let input = "{\"id\": \"a\", \"text\": \"Morocco and Japan.\"}\nnot json\n{\"id\": \"b\", \"text\": \"Le Maroc.\", \"lang\": \"fr\"}\n"
        let outcome = try CLI.run(["extract", "--input-format", "jsonl", "--types", "Country", "-"], stdin: input)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("-:2:1: error: not a JSON object; line skipped"))
        let docs = try CLI.facts(outcome).map { $0["doc"] as! String }
        #expect(docs == ["a", "a", "b"])
    }

    @Test func typesFilterAndOtherFormats() throws {
        let money = try CLI.run(["extract", "--types", "Money", "seeds/"])
        #expect(try CLI.facts(money).allSatisfy { $0["type"] as? String == "Money" })
        let json = try CLI.run(["extract", "--format", "json", "--types", "Money,Percent", "seeds/"])
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 3)
        let csv = try CLI.run(["extract", "--format", "csv", "--types", "Percent", "seeds/"])
        #expect(csv.lines.first == "doc,type,rule,start,end,zone,text,fields")
        #expect(csv.lines.count == 2)
    }
}

@Suite("glean extract with broken rule files")
struct BrokenRulesTests {
    func runWith(rule: String) throws -> CLI.Outcome {
        let folder = try CLI.temporaryDirectory()
        try rule.write(to: folder.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        return try CLI.run(["extract", "--rules", folder.path, "seeds/"])
    }

    @Test func syntaxError() throws {
        let outcome = try runWith(rule: "rule a {\n  pattern: \"x\" )\n  emit X\n}\n")
        #expect(outcome.status != 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("main.glean:2:16: error: unexpected ')' after 'pattern'; expected the end of the line\n  pattern: \"x\" )\n               ^"))
    }

    @Test func unknownGazetteerType() throws {
        let outcome = try runWith(rule: "rule a {\n  pattern: c:gaz:Contry\n  emit X { id: c.id }\n}\n")
        #expect(outcome.status != 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("main.glean:2:14: error: unknown gazetteer type 'Contry'"))
        #expect(outcome.stderr.contains("  pattern: c:gaz:Contry\n             ^"))
    }

    @Test func badRegex() throws {
        let outcome = try runWith(rule: "rule a {\n  regex: /[0-9]+(?<n>x/\n  emit X\n}\n")
        #expect(outcome.status != 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("main.glean:2:23: error: invalid regex: missing closing parenthesis"))
        #expect(outcome.stderr.contains("  regex: /[0-9]+(?<n>x/\n                      ^"))
    }

    @Test func missingInputIsAnErrorButOtherInputsAreProcessed() throws {
        let outcome = try CLI.run(["extract", "--types", "Percent", "no-such-file.txt", "seeds/"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no-such-file.txt: no such file or directory"))
        #expect(outcome.lines.count == 1)
    }
}
