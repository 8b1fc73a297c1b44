import ArgumentParser
import Foundation
import Glean

/// Hidden measuring commands used by `Benchmarks/run.sh`: not part of the documented interface.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measurements for Benchmarks/ (gazetteer matching alone, pack load time, the phrase list for peers).",
        shouldDisplay: false,
        subcommands: [BenchGazetteer.self, BenchLoad.self, BenchPhrases.self, BenchRules.self]
    )
}

/// Times gazetteer matching alone (normalise, tokenise, look up, one automaton pass per document) over
/// documents already in memory, so reading and parsing the input is not counted.
struct BenchGazetteer: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gazetteer", abstract: "MB/s of gazetteer matching alone, one core.")

    @Argument(help: "Files or directories of documents.")
    var paths: [String]

    @Option(name: .customLong("input-format"), help: "text or jsonl.")
    var inputFormat: InputFormat = .jsonl

    @Option(help: "Timed runs; the median is reported.")
    var runs: Int = 3

    @OptionGroup var pack: PackOptions

    func run() throws {
        let rulePack = try pack.loadPack()
        let (documents, bytes) = try documentsInMemory(paths, format: inputFormat)
        var seconds: [Double] = []
        var hits = 0
        for _ in 0..<max(1, runs) {
            hits = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for document in documents { hits += rulePack.gazetteerHits(in: document).count }
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let median = seconds.sorted()[seconds.count / 2]
        print(String(format: "gazetteer matching: %.1f MB/s (median of %d: %.3f s for %.1f MB, %d documents, %d hits; %d entries, %d forms)",
                     Double(bytes) / 1e6 / median, seconds.count, median, Double(bytes) / 1e6, documents.count, hits,
                     rulePack.gazetteer.entries.count, rulePack.gazetteer.forms.count))
    }
}

/// Times loading, checking and compiling the rule pack in process (no documents, no rule examples).
struct BenchLoad: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load", abstract: "Milliseconds to load and compile the pack.")

    @Option(help: "Timed runs; the median is reported.")
    var runs: Int = 5

    @OptionGroup var pack: PackOptions

    func run() throws {
        var milliseconds: [Double] = []
        var summary = ""
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            let rulePack = try pack.loadPack()
            milliseconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            summary = "\(rulePack.rules.count) rules, \(rulePack.gazetteer.entries.count) entries, \(rulePack.gazetteer.forms.count) forms"
        }
        let median = milliseconds.sorted()[milliseconds.count / 2]
        print(String(format: "load + compile: %.0f ms (median of %d; %@)", median, milliseconds.count, summary))
    }
}

/// Prints every distinct gazetteer surface form, one per line: the phrase list the peer tools match.
struct BenchPhrases: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "phrases", abstract: "The gazetteer's surface forms, one per line.")

    @OptionGroup var pack: PackOptions

    func run() throws {
        let rulePack = try pack.loadPack()
        var seen = Set<String>()
        var output = ""
        for form in rulePack.gazetteer.forms where !form.text.contains("\n") && seen.insert(form.text).inserted {
            output += form.text + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// Extracts documents already in memory on one core and prints what each rule cost (`RuleProfile`), most
/// expensive first: the table a rule author reads to find the rule that makes extraction slow.
struct BenchRules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "Time, starts and matching steps per rule, one core.")

    @Argument(help: "Files or directories of documents.")
    var paths: [String]

    @Option(name: .customLong("input-format"), help: "text or jsonl.")
    var inputFormat: InputFormat = .jsonl

    @Option(help: "Print only the N most expensive rules (0: all).")
    var top: Int = 25

    @OptionGroup var pack: PackOptions

    func run() throws {
        let rulePack = try pack.loadPack()
        let (documents, bytes) = try documentsInMemory(paths, format: inputFormat)
        let extractor = Extractor(pack: rulePack)
        let profile = RuleProfile(pack: rulePack)
        extractor.profile = profile
        let start = DispatchTime.now().uptimeNanoseconds
        for document in documents { _ = extractor.extract(document) }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let entries = profile.byCost
        let inRules = Double(entries.reduce(0) { $0 + $1.totalNanoseconds }) / 1e6
        print(String(format: "extraction: %.0f ms for %.2f MB, %d documents (%.1f MB/s); %.0f ms in rules, the rest in document analysis and output",
                     total, Double(bytes) / 1e6, documents.count, Double(bytes) / 1e6 / (total / 1e3), inRules))
        print("rule\tphase\tdocs\tstarts\tsteps\tcandidates\tkept\tmatch_ms\tfields_ms\tshare")
        // A whole-text regex rule without a gate is marked: its cost is a scan of every document, whatever it finds.
        let ungated = Set(rulePack.phases.flatMap(\.rules).filter(\.scansWholeText).map(\.id))
        // A rule with the pattern of an earlier rule of its phase takes that rule's matches: its starts and steps are
        // counted once, on the rule of the class that ran first in a document.
        let sharing = Set(rulePack.phases.flatMap(\.rules).filter { $0.sharesPatternWith != nil }.map(\.id))
        var marked = 0, shared = 0
        for entry in entries.prefix(top > 0 ? top : entries.count) {
            let share = inRules > 0 ? Double(entry.totalNanoseconds) / 1e6 / inRules * 100 : 0
            var mark = ungated.contains(entry.ruleID) ? "*" : ""
            if !mark.isEmpty { marked += 1 }
            if sharing.contains(entry.ruleID) { mark += "="; shared += 1 }
            print(entry.ruleID + mark + String(format: "\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f%%", entry.phase, entry.documents, entry.starts, entry.steps,
                         entry.candidates, entry.kept, Double(entry.matchNanoseconds) / 1e6, Double(entry.fieldNanoseconds) / 1e6, share))
        }
        if marked > 0 { print("* regex rule without a gate: it scans the whole text of every document (glean check notes it: ungated-regex)") }
        if shared > 0 { print("= the pattern of an earlier rule of its phase: a document matches it once, and its starts and steps are counted on the rule of the class that ran first") }
    }
}

/// The readable documents of `paths`, read before any timing starts so that reading and parsing the input is
/// not counted, and their total size in bytes.
/// Every document of `paths`; what cannot be read is reported, and reading nothing is an error: timing an empty
/// corpus (plain-text files read as JSON Lines, say) would print a table of zeros that looks like a result.
private func documentsInMemory(_ paths: [String], format: InputFormat) throws -> (documents: [Document], bytes: Int) {
    var documents: [Document] = []
    var problems = 0
    DocumentSource(paths: paths, format: format).forEach { input in
        switch input {
        case .success(let document): documents.append(document)
        case .failure(let diagnostic):
            problems += 1
            if problems <= 3 { Terminal.printError(diagnostic.rendered) }
        }
    }
    if problems > 3 { Terminal.printError("… and \(problems - 3) more inputs not read") }
    guard !documents.isEmpty else {
        throw CommandFailure("no document read from \(paths.joined(separator: " ")) as --input-format \(format.rawValue)"
            + (format == .jsonl ? "; plain-text files need --input-format text" : ""))
    }
    return (documents, documents.reduce(0) { $0 + $1.bytes.count })
}
