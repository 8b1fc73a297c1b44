import ArgumentParser
import Foundation
import Glean

struct Consolidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group facts that describe the same event, agreement or figure into one record with all its sources.",
        discussion: """
        PATH is a JSON Lines file of facts (as `glean extract` writes them), - for standard input (the default), or a \
        SQLite database written by `glean extract --format sqlite`. How facts are judged the same is in the \
        configuration file (default: the shipped Rules/consolidation.yaml); docs/consolidation.md explains it and the \
        record schema.
        Exit status: 0 on success, 1 when the configuration has errors or an input line is not a fact, 64 on bad usage.
        """
    )

    @Argument(help: "JSON Lines files of facts, SQLite databases, or - (standard input; the default).")
    var paths: [String] = []

    @Option(help: "The consolidation configuration (YAML). Default: the shipped Rules/consolidation.yaml.")
    var config: String?

    @Option(help: "Output format: jsonl, json or sqlite (sqlite needs --output FILE: the consolidated tables are written there).")
    var format: ConsolidateFormat = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Only facts of these types, comma-separated (e.g. Meeting,Agreement).")
    var types: String?

    @Flag(help: "Instead of the records, print every decision: which facts were compared, field by field, and why they were or were not merged.")
    var explain = false

    @Flag(name: .shortAndLong, help: "No summary on standard error.")
    var quiet = false

    func validate() throws {
        if format == .sqlite && (output == nil || output == "-") { throw ValidationError("--format sqlite needs --output FILE (the database)") }
        if explain && format == .sqlite { throw ValidationError("--explain prints text; use it without --format sqlite") }
        // Checked before the facts are read: consolidating a large file should not fail only at its end.
        if let output, output != "-" { try OutputSink.validate(output, database: format == .sqlite) }
    }

    func run() throws {
        let configuration = try ConsolidationSupport.loadConfig(config)
        var facts: [SourcedFact] = []
        var badLines = 0
        for path in paths.isEmpty ? ["-"] : paths {
            let bytes: [UInt8]
            if path == "-" {
                bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            } else {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CommandFailure("cannot read '\(path)' (check that it exists and is readable)")
                }
                bytes = [UInt8](data)
            }
            if bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) {
                do { facts += try SQLiteStore(path: path, packFingerprint: "").allFacts() } catch {
                    throw CommandFailure("cannot read the facts of the database '\(path)': \(error)")
                }
                continue
            }
            let read = FactInput.readJSONLines(bytes, source: path == "-" ? "<stdin>" : path, languageOf: FactInput.detectLanguage(ofFile:))
            for diagnostic in read.diagnostics { Terminal.printError(diagnostic.rendered) }
            badLines += read.diagnostics.count
            facts += read.facts
        }
        if let types {
            let wanted = Set(types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            facts = facts.filter { wanted.contains($0.fact.type) }
        }
        let consolidator = Consolidator(config: configuration)
        if explain {
            let sink = try OutputSink(path: output)
            let records = consolidator.consolidate(facts) { line in sink.write(Array((line + "\n").utf8)) }
            try sink.finish()
            if !quiet { Terminal.printError(ConsolidationSupport.summary(facts: facts.count, records: records)) }
        } else {
            let records = consolidator.consolidate(facts)
            try ConsolidationSupport.write(records, format: format, output: output)
            if !quiet { Terminal.printError(ConsolidationSupport.summary(facts: facts.count, records: records)) }
        }
        if badLines > 0 { throw CommandFailure("\(badLines) input line\(badLines == 1 ? " was" : "s were") not a fact (see above); the others were consolidated") }
    }
}

enum ConsolidateFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json, sqlite
}

/// What `glean consolidate` and `glean extract --consolidate` share.
enum ConsolidationSupport {
    static func loadConfig(_ path: String?) throws -> ConsolidationConfig {
        let file = try path ?? (ShippedPack.locate("Rules") + "/consolidation.yaml")
        do {
            return try ConsolidationConfig.load(path: file)
        } catch {
            for diagnostic in error.diagnostics { Terminal.printError(diagnostic.rendered) }
            let count = error.errors.count
            throw CommandFailure("\(count) error\(count == 1 ? "" : "s") in the consolidation configuration; nothing was consolidated")
        }
    }

    /// Records as JSON Lines or JSON to a file or standard output, or into a database's consolidated tables.
    static func write(_ records: [ConsolidatedRecord], format: ConsolidateFormat, output: String?) throws {
        switch format {
        case .sqlite:
            guard let output else { return }
            do { try SQLiteStore(path: output, packFingerprint: "").replaceConsolidated(records) } catch {
                throw CommandFailure("writing the consolidated records to '\(output)' failed: \(error)")
            }
        case .jsonl, .json:
            let sink = try OutputSink(path: output)
            sink.write(format == .json ? RecordWriter.jsonArray(records) : RecordWriter.jsonLines(records))
            try sink.finish()
        }
    }

    static func summary(facts: Int, records: [ConsolidatedRecord]) -> String {
        let merged = records.filter { $0.sources.count > 1 }.count
        let conflicts = records.filter(\.conflict).count
        let grouped = records.reduce(0) { $0 + $1.sources.count }
        return "read \(facts) facts; consolidated \(grouped) of them into \(records.count) records (\(merged) with several sources, \(conflicts) with conflicts)"
    }
}
