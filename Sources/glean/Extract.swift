import ArgumentParser
import Foundation
import Glean

extension Language: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract facts from documents and write them as JSON Lines (or JSON, CSV).",
        discussion: """
        PATH is a file, a directory (walked recursively for files matching --glob) or - for standard input.
        Exit status: 0 on success, 1 when the rule pack has errors or an input could not be read, 64 on bad usage.
        """
    )

    @Argument(help: "Files, directories or - (standard input).")
    var paths: [String] = []

    @Option(help: "Extract from this text instead of files (its document id is \"text\").")
    var text: String?

    @OptionGroup var pack: PackOptions

    @Option(name: .customLong("input-format"), help: "text (one document per file) or jsonl (one {\"id\",\"text\",\"lang\",\"reference_date\"} object per line).")
    var inputFormat: InputFormat = .text

    @Option(help: "Files to read in directories (shell pattern).")
    var glob: String = "*.txt"

    @Option(help: "Document language (en or fr) instead of detecting it.")
    var lang: Language?

    @Option(name: .customLong("reference-date"), help: "The date relative expressions resolve against (YYYY-MM-DD).")
    var referenceDate: String?

    @Option(help: "Only these fact types, comma-separated (e.g. Date,Money).")
    var types: String?

    @Option(help: "Output format: jsonl, json or csv.")
    var format: OutputFormat = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if paths.isEmpty && text == nil { throw ValidationError("give at least one PATH (a file, a directory or - for standard input), or --text") }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' is not a date in the form YYYY-MM-DD")
        }
        if lang == .unknown { throw ValidationError("--lang must be en or fr") }
    }

    func run() throws {
        let rulePack = try pack.loadPack()
        let extractor = Extractor(pack: rulePack)
        let wantedTypes = types.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        let sink = try OutputSink(path: output)
        var writer = FactWriter(format: format) { bytes in sink.write(bytes) }
        writer.begin()
        var inputErrors = 0
        let source = DocumentSource(paths: paths, format: inputFormat, glob: glob, language: lang,
                                    referenceDate: referenceDate.flatMap(CalendarDate.init(iso:)))
        let documents: (((Result<Document, Diagnostic>) -> Void) -> Void)
        if let text {
            documents = { body in body(.success(Document(id: "text", text: text, language: lang, referenceDate: referenceDate.flatMap(CalendarDate.init(iso:))))) }
        } else {
            documents = source.forEach
        }
        documents { item in
            switch item {
            case .failure(let diagnostic):
                inputErrors += 1
                Terminal.printError(diagnostic.rendered)
            case .success(let document):
                let result = extractor.extract(document)
                for warning in result.warnings { Terminal.printError(warning.rendered) }
                let facts = wantedTypes.map { wanted in result.facts.filter { wanted.contains($0.type) } } ?? result.facts
                writer.write(facts)
            }
        }
        writer.end()
        try sink.finish()
        if inputErrors > 0 { throw CommandFailure("\(inputErrors) input\(inputErrors == 1 ? "" : "s") could not be read; the facts of the others were written") }
    }
}

/// Standard output, or a file written under a temporary name and renamed when complete, so an interrupted run
/// never leaves a half-written file under the final name.
final class OutputSink {
    private let handle: FileHandle
    private let finalPath: String?
    private let temporaryPath: String?

    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            finalPath = nil
            temporaryPath = nil
            return
        }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let file = FileHandle(forWritingAtPath: temporary) else {
            throw CommandFailure("cannot write '\(path)' (check the folder exists and is writable)")
        }
        handle = file
        finalPath = path
        temporaryPath = temporary
    }

    func write(_ bytes: [UInt8]) {
        handle.write(Data(bytes))
    }

    func finish() throws {
        guard let finalPath, let temporaryPath else { return }
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: finalPath)
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
    }
}
