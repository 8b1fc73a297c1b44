import ArgumentParser
import Foundation
import Glean

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show why a document gives the facts it gives: tokens, sentences, gazetteer hits, rule matches per phase, conflicts, facts and their fields' sources.",
        discussion: """
        Explain one document: a text file, --text "…", or one document of a JSON Lines file (--input-format jsonl
        with --id ID; the first document without --id). --rule ID also says where that rule came closest to
        matching and which pattern element failed. --html FILE writes a self-contained page with the facts
        highlighted (open it in any browser; see docs/rules.md, "Explaining a document").
        """
    )

    @Argument(help: "The document (a text file, or a JSON Lines file with --input-format jsonl).")
    var path: String?

    @Option(help: "Explain this text instead of a file.")
    var text: String?

    @Option(name: .customLong("input-format"), help: "text (the file is the document) or jsonl (one {\"id\",\"text\",…} object per line).")
    var inputFormat: InputFormat = .text

    @Option(help: "With --input-format jsonl: the id of the document to explain.")
    var id: String?

    @Option(help: "Explain this rule only, and where it came closest to matching.")
    var rule: String?

    @Option(help: "Explain only the rules of this fact type (e.g. TradeFigure).")
    var type: String?

    @Option(help: "Write a self-contained HTML page with every fact highlighted to this file.")
    var html: String?

    @Option(help: "Document language (en or fr) instead of detecting it.")
    var lang: Language?

    @Option(name: .customLong("reference-date"), help: "The date relative expressions resolve against (YYYY-MM-DD).")
    var referenceDate: String?

    @OptionGroup var dateReading: DateReadingOptions

    @Flag(name: .customLong("no-tokens"), help: "Do not list the tokens of each sentence.")
    var noTokens = false

    @OptionGroup var pack: PackOptions

    func validate() throws {
        if (path == nil) == (text == nil) { throw ValidationError("give a document: a PATH or --text \"…\" (one of them)") }
        if id != nil && inputFormat != .jsonl { throw ValidationError("--id selects a document of a JSON Lines input; add --input-format jsonl") }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' is not a date in the form YYYY-MM-DD")
        }
        if lang == .unknown { throw ValidationError("--lang must be en or fr") }
    }

    func run() throws {
        let rulePack = try pack.loadPack()
        var document = try loadDocument()
        document.dateReading = document.dateReading.filled(from: dateReading.reading)
        let explanation: Explanation
        do {
            explanation = try Explainer(pack: rulePack).explain(document, ruleID: rule, type: type)
        } catch {
            throw CommandFailure(error.message)
        }
        if let html {
            do {
                try Data(ExplanationHTML().render(explanation).utf8).write(to: URL(fileURLWithPath: html), options: .atomic)
            } catch {
                throw CommandFailure("cannot write '\(html)': \(error.localizedDescription)")
            }
            Terminal.printError("wrote \(html): \(explanation.facts.count) facts highlighted")
            return
        }
        print(ExplanationText(colour: isatty(1) == 1, showTokens: !noTokens).render(explanation))
    }

    private func loadDocument() throws -> Document {
        let date = referenceDate.flatMap(CalendarDate.init(iso:))
        if let text { return Document(id: "text", text: text, language: lang, referenceDate: date) }
        guard let path else { throw CommandFailure("no document") }
        var found: Document? = nil
        var problems: [Diagnostic] = []
        var ids: [String] = []
        DocumentSource(paths: [path], format: inputFormat, language: lang, referenceDate: date).forEach { item in
            guard found == nil else { return }
            switch item {
            case .success(let document):
                ids.append(document.id)
                if id == nil || document.id == id { found = document }
            case .failure(let problem):
                problems.append(problem)
            }
        }
        if let found { return found }
        for problem in problems { Terminal.printError(problem.rendered) }
        if let id {
            let known = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
            throw CommandFailure("no document with id '\(id)' in \(path)\(ids.isEmpty ? "" : " (ids there: \(known))")")
        }
        throw CommandFailure("no document could be read from \(path)")
    }
}
