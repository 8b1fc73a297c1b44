import Foundation
import Testing

@Suite("glean explain")
struct ExplainTests {
    @Test func explainsTokensHitsPhasesAndFieldSources() throws {
        let outcome = try CLI.run(["explain", "--lang", "en", "--text", "Moroccan Foreign Minister Nasser Bourita held a telephone conversation with his Japanese counterpart."])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = outcome.stdout
        #expect(text.contains("sentences (1)"))
        #expect(text.contains("Moroccan/word Foreign/word Minister/word"))
        #expect(text.contains("gazetteer hits"))
        #expect(text.contains("\"Nasser Bourita\" Official nasser_bourita (name, officials.yaml:"))
        #expect(text.contains("phase entities"))
        #expect(text.contains("1:27 official.listed_with_title \"Nasser Bourita\" → accepted: Official fact"))
        #expect(text.contains("Meeting \"telephone conversation\" by meeting.mention"))
        // The country of the term in force, read from the gazetteer entry (Rules/entities.glean, official.listed_with_title).
        #expect(text.contains("country = \"MA\"  ← first(prefer(select(filter(p.terms"), "\(text)")
        #expect(text.contains("with p ← \"Nasser Bourita\" = gazetteer Official nasser_bourita (officials.yaml:"), "\(text)")
    }

    @Test func conflictsNameTheWinnerAndWhy() throws {
        let outcome = try CLI.run(["explain", "--lang", "en", "--type", "Date", "--no-tokens", "--text", "The deal was signed on 12 March 2024 in Rabat."])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("1:27 date.month_year \"March 2024\" → dropped: lost to date.day_month_year on \"12 March 2024\" at 1:24: longer match (13 bytes > 10)"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("value    = \"2024-03-12\"  ← from date(day: d, month: m.number, year: y, tense: nearest_before_in_sentence(\"Tense\", \"direction\")) with d ← \"12\", m ← \"March\" = gazetteer Month month-03"), "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("phase entities"))
    }

    @Test func aRuleThatDoesNotFireSaysWhichElementFailed() throws {
        let outcome = try CLI.run(["explain", "--lang", "en", "--rule", "money.amount_currency", "--text", "Trade between Morocco and Japan reached 130 million in 2023."])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("rule money.amount_currency (Rules/values.glean:"))
        #expect(outcome.stdout.contains("closest: from 1:41 the pattern matched \"130 million\""), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("then failed at \"in\" (1:53): the pattern needed one of \"de\", \"d'\", \"of\", \"-\", gaz:Currency"))

        let first = try CLI.run(["explain", "--lang", "en", "--rule", "agreement.verb_kind", "--text", "Trade rose to 130 million in 2023."])
        #expect(first.stdout.contains("no match anywhere: the first element gaz:AgreementVerb(status!=negated) matches no token of the document"))

        let unknown = try CLI.run(["explain", "--rule", "money.amount_curency", "--text", "x"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no rule has the id 'money.amount_curency' (did you mean 'money.amount_currency'?)"))
    }

    @Test func explainsOneDocumentOfAJSONLinesInput() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("docs.jsonl")
        try """
        {"id": "a", "text": "Japan.", "lang": "en"}
        {"id": "b", "text": "Le Maroc a signé un accord avec le Japon.", "lang": "fr"}
        """.write(to: input, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["explain", "--input-format", "jsonl", "--id", "b", "--no-tokens", input.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("document b: language fr"))
        #expect(outcome.stdout.contains("Agreement \"a signé un accord\""))
        let missing = try CLI.run(["explain", "--input-format", "jsonl", "--id", "zz", input.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no document with id 'zz' in \(input.path) (ids there: a, b)"))
    }

    @Test func htmlPageHighlightsEveryFactAndNeedsNoNetwork() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("seed.html")
        let seed = "seeds/000_1cf44a80c6329f07.txt"
        let outcome = try CLI.run(["explain", seed, "--html", page.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        let facts = try CLI.facts(try CLI.run(["extract", "-q", seed]))
        #expect(!facts.isEmpty)

        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        // Self-contained: no external scripts, styles, images or fonts.
        for external in ["src=", "href=", "@import", "url(", "http://", "https://"] { #expect(!html.contains(external), "\(external)") }
        // One details section per fact, and every fact has at least one highlighted piece with its type.
        let sections = html.components(separatedBy: "<section class=\"d\" id=\"details-").count - 1
        #expect(sections == facts.count)
        for index in 0..<facts.count { #expect(html.contains("<mark class=\"f s") && html.contains("data-fact=\"\(index)\" data-type=")) }
        // Marks are balanced (nested, never crossing), and labels close each fact.
        #expect(html.components(separatedBy: "<mark ").count == html.components(separatedBy: "</mark>").count)
        var depth = 0
        var scanner = html[...]
        while let open = scanner.range(of: "<mark "), let close = scanner.range(of: "</mark>") {
            if open.lowerBound < close.lowerBound { depth += 1; scanner = scanner[open.upperBound...] } else { depth -= 1; scanner = scanner[close.upperBound...] }
            #expect(depth >= 0)
        }
        // A legend entry per type, with its count.
        let types = Set(facts.compactMap { $0["type"] as? String })
        for type in types {
            let count = facts.filter { $0["type"] as? String == type }.count
            #expect(html.contains("data-type=\"\(type)\""))
            #expect(html.contains("\(type) <small>\(count)</small></button>"))
        }
        // The document text is all there, in order, once the tags are removed.
        let stripped = html.components(separatedBy: "<article id=\"doc\">")[1].components(separatedBy: "</article>")[0]
            .replacingOccurrences(of: "<span class=\"l\">[A-Za-z]+</span>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        let original = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent(seed), encoding: .utf8)
        #expect(stripped == original)
    }
}
