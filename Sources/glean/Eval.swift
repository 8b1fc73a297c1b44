import ArgumentParser
import Foundation
import Glean

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the rule pack on an annotated set: recall, precision and F1 per fact type, field accuracy, and the errors.",
        discussion: """
        GOLD is a JSON Lines file of annotated facts, one {"id", "type", "evidence", "fields"} per line: `id` names the
        document, `evidence` is the exact text of the document that states the fact. The documents are a folder of
        <id>.txt files (with an optional index.jsonl giving each id's "lang" and "reference_date") or a JSON Lines
        file of {"id", "text", "lang", "reference_date"}; by default the docs/ folder and index.jsonl beside GOLD.

        A produced fact matches a gold fact of its document and type when its span reaches to within --tolerance
        characters of the evidence and it agrees on a key field (Meeting and Agreement: kind; TradeFigure: indicator
        or amount); pairs are one to one, best first. Field accuracy is measured on matched pairs, over the fields the
        gold set annotates for the type. Details: docs/fixtures.md, "Measuring a pack: glean eval".
        Exit status: 0, or 1 when the set cannot be read or a score is under --min-recall / --min-precision.
        """
    )

    @Argument(help: "The gold facts (JSON Lines); several sets are measured as one, each document's id prefixed with its set's folder name (`--by-field set` scores each set).")
    var gold: [String]

    @Option(help: "The documents: a folder of <id>.txt files or a JSON Lines file. Default: docs/ beside GOLD.")
    var documents: String?

    @Option(help: "For a documents folder: JSON Lines with each document's id, lang and reference_date. Default: index.jsonl beside GOLD.")
    var index: String?

    @OptionGroup var pack: PackOptions

    @Option(help: "Only the documents whose id's number is odd or even (the development-set convention: write rules from odd ones, check on even ones).")
    var half: GoldSet.Half?

    @Option(help: "Only these fact types, comma-separated (default: the types the gold set has).")
    var types: String?

    @Option(help: "How far (in characters) a fact's span may lie from the gold evidence and still match it.")
    var tolerance: Int = 80

    @Flag(name: .customLong("by-language"), help: "Also give the scores per document language.")
    var byLanguage = false

    @Option(name: .customLong("by-field"), help: ArgumentHelp("Also give the scores per value of this key of the documents' records (index.jsonl or the documents' JSON Lines), e.g. source.", valueName: "key"))
    var byField: String?

    @Option(name: .customLong("by-value"), help: ArgumentHelp("Also give the scores per value of this field of the facts, e.g. kind: recall over the gold facts with the value, precision over the produced facts with it.", valueName: "field"))
    var byValue: String?

    @Flag(name: .customLong("by-rule"), help: "Also give, per rule, the facts it produced, how many matched a gold fact (its precision), and how many of those had a wrong field.")
    var byRule = false

    @Flag(name: .customLong("error-summary"), help: "Also count the errors by kind, without any text: missed facts by what the pack produced near them (another key value, a fact that matched another gold fact, the key elsewhere in the document, nothing), wrong fields by kind (one missing, one extra, none given, another year, visit as talks). Safe on a held-out set.")
    var errorSummary = false

    @Flag(name: .customLong("show-errors"), help: "List the missed gold facts, the spurious facts and the wrong fields, with their text.")
    var showErrors = false

    @Option(help: "Output: text or json.")
    var format: OutputKind = .text

    @Option(help: ArgumentHelp("Another annotator's gold file on the same documents, scored in place of the pack's facts: how far two readers of one guide agree (the first GOLD is the reference; the pack is not run).", valueName: "gold"))
    var against: String?

    @Option(help: "Documents extracted in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("min-recall"), help: "Exit with status 1 when a type's recall is under this (0-1 or a percentage).")
    var minRecall: Double?

    @Option(name: .customLong("min-precision"), help: "Exit with status 1 when a type's precision is under this (0-1 or a percentage).")
    var minPrecision: Double?

    enum OutputKind: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if gold.isEmpty { throw ValidationError("name a gold file (JSON Lines of annotated facts)") }
        if gold.count > 1, documents != nil || index != nil {
            throw ValidationError("--documents and --index name one set's documents: with several gold files, keep each set's docs/ and index.jsonl beside its gold file")
        }
        if against != nil, gold.count > 1 { throw ValidationError("--against compares two annotators of one set: give one gold file") }
        if tolerance < 0 { throw ValidationError("--tolerance must be 0 or more") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        for (name, value) in [("--min-recall", minRecall), ("--min-precision", minPrecision)] {
            if let value, value < 0 || value > 100 { throw ValidationError("\(name) must be between 0 and 1 (or a percentage up to 100)") }
        }
    }

    func run() throws {
        var sets: [(name: String, set: GoldSet)] = []
        for goldPath in gold {
            let layout = GoldSetLoader.defaultLayout(goldPath: goldPath)
            guard let documentsPath = documents ?? layout?.documents else {
                throw ValidationError("no documents: pass --documents (a folder of <id>.txt files or a JSON Lines file); there is no docs/ folder beside \(goldPath)")
            }
            let loaded = GoldSetLoader.load(goldPath: goldPath, documentsPath: documentsPath, indexPath: index ?? (documents == nil ? layout?.index : nil))
            sets.append((Self.setName(goldPath, among: gold), loaded))
        }
        let rulePack = try pack.loadPack()
        var set = GoldSet.union(sets)
        for diagnostic in set.diagnostics { Terminal.printError(diagnostic.rendered) }
        let errors = set.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            throw CommandFailure("\(errors) error\(errors == 1 ? "" : "s") in the gold set; fix them (or remove the lines) and run again")
        }
        if set.facts.isEmpty { throw CommandFailure("\(gold.joined(separator: ", ")): no gold facts") }
        if let half { set = set.restricted(to: half.contains) }

        var options = EvaluationOptions()
        options.tolerance = tolerance
        options.groupKey = byField
        options.valueField = byValue
        // Places compare through the pack's city gazetteer: two names of one city agree.
        options.placeNames = PlaceNameTable(gazetteer: rulePack.gazetteer)
        if let byField, !set.documents.contains(where: { set.attributes[$0.id]?[byField] != nil }) {
            Terminal.printError("warning: no document record has a \"\(byField)\" key (it is read from the index or the documents' JSON Lines); all are grouped under \"-\"")
        }
        if let types { options.types = Set(types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        let emitted = Set(rulePack.rules.filter(\.emitsFact).map(\.emitType))
        for type in (options.types ?? Set(set.facts.map(\.type))).sorted() where against == nil && !emitted.contains(type) {
            Terminal.printError("warning: no rule of the pack emits '\(type)': its recall is 0")
        }

        var facts: [String: [Fact]] = [:]
        var languages: [String: Language] = [:]
        if let against {
            let layout = GoldSetLoader.defaultLayout(goldPath: gold[0])
            let other = GoldSetLoader.load(goldPath: against, documentsPath: documents ?? layout?.documents ?? "",
                                           indexPath: index ?? (documents == nil ? layout?.index : nil))
            for diagnostic in other.diagnostics { Terminal.printError(diagnostic.rendered) }
            let otherErrors = other.diagnostics.filter { $0.severity == .error }.count
            if otherErrors > 0 {
                throw CommandFailure("\(otherErrors) error\(otherErrors == 1 ? "" : "s") in \(against); fix them (or remove the lines) and run again")
            }
            facts = other.asProducedFacts(annotator: URL(fileURLWithPath: against).deletingLastPathComponent().lastPathComponent)
        }
        let runner = ParallelRunner(pack: rulePack, jobs: jobs)
        let queue = against == nil ? set.documents : []
        runner.run(produce: { give in queue.forEach { give(.success($0)) } }) { item in
            switch item {
            case .result(let result, _, _):
                facts[result.document] = result.facts
                languages[result.document] = result.language
                for warning in result.warnings { Terminal.printError("\(result.document): \(warning.rendered)") }
            case .problem(let diagnostic):
                Terminal.printError(diagnostic.rendered)
            }
        }
        let evaluation = Evaluator.evaluate(set, facts: facts, languages: languages, options: options)

        switch format {
        case .json:
            print(EvaluationReport.json(evaluation, includeErrors: showErrors, byRule: byRule, errorSummary: errorSummary))
        case .text:
            if showErrors {
                let errors = EvaluationReport.errors(evaluation)
                if !errors.isEmpty { print(errors + "\n") }
            }
            let scope = half.map { " (\($0.rawValue) ids)" } ?? ""
            print("\(evaluation.documents) documents\(scope), \(evaluation.total.expected) gold facts, \(evaluation.total.actual) produced; tolerance \(tolerance) characters")
            print("")
            print(EvaluationReport.scoreTable(evaluation, byLanguage: byLanguage))
            print("")
            print(EvaluationReport.fieldTable(evaluation))
            let confusions = EvaluationReport.confusionTable(evaluation)
            if !confusions.isEmpty {
                print("")
                print(confusions)
            }
            if byRule {
                print("")
                print(EvaluationReport.ruleTable(evaluation))
            }
            if errorSummary {
                print("")
                print(EvaluationReport.errorSummaryTable(evaluation))
            }
        }

        let below = evaluation.types.filter { type in
            let counts = evaluation.byType[type] ?? ScoreCounts()
            return (minRecall.map { (counts.recall ?? 0) < fraction($0) } ?? false) || (minPrecision.map { (counts.precision ?? 0) < fraction($0) } ?? false)
        }
        if !below.isEmpty {
            Terminal.printError("under the required scores: \(below.joined(separator: ", "))")
            throw ExitCode(1)
        }
    }

    /// A set's name in a union: the folder of its gold file (`hold27` for `Evaluation/hold27/gold.jsonl`), or its
    /// whole path when two sets share a folder name.
    static func setName(_ goldPath: String, among all: [String]) -> String {
        let folder = { (path: String) in URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent }
        let name = folder(goldPath)
        let shared = all.filter { folder($0) == name }.count > 1
        return shared ? goldPath : name
    }

    /// `0.85` and `85` both mean 85%.
    private func fraction(_ value: Double) -> Double { value > 1 ? value / 100 : value }
}

extension GoldSet.Half: ExpressibleByArgument {}
