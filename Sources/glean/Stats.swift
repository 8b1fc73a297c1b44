import ArgumentParser
import Foundation
import Glean

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the rules over a corpus and report how often each rule fired, facts per type, and the rules that never fired.",
        discussion: """
        PATH is a file, a directory (walked recursively for files matching --glob) or - for standard input, as for
        glean extract. Marks count as firings of their rule. Exit status: 0, or 1 when the rule pack has errors or
        no document could be read.
        """
    )

    @Argument(help: "Files, directories or - (standard input).")
    var paths: [String]

    @OptionGroup var pack: PackOptions

    @Option(name: .customLong("input-format"), help: "text (one document per file) or jsonl (one {\"id\",\"text\",\"lang\",\"reference_date\"} object per line).")
    var inputFormat: InputFormat = .text

    @Option(help: "Files to read in directories (shell pattern).")
    var glob: String = "*.txt"

    @Option(help: "Document language (en or fr) instead of detecting it.")
    var lang: Language?

    @Option(help: "Documents processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one PATH (a file, a directory or -)") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if lang == .unknown { throw ValidationError("--lang must be en or fr") }
    }

    func run() throws {
        let rulePack = try pack.loadPack()
        let source = DocumentSource(paths: paths, format: inputFormat, glob: glob, language: lang)
        var statistics = RuleStatistics()
        var problems = 0
        let runner = ParallelRunner(pack: rulePack, jobs: jobs)
        runner.includesMarks = true
        runner.run(produce: source.forEach, emit: { item in
            switch item {
            case .problem(let diagnostic):
                problems += 1
                Terminal.printError(diagnostic.rendered)
            case .result(let result, let bytes, _):
                statistics.add(result, bytes: bytes, pack: rulePack)
            }
        })
        if statistics.documents == 0 {
            throw CommandFailure("no document could be read from \(paths.joined(separator: ", "))\(problems > 0 ? " (see above)" : "")")
        }
        print(statistics.rendered(pack: rulePack))
    }
}
